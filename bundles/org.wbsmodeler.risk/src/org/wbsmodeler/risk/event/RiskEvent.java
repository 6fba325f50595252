package org.wbsmodeler.risk.event;

import java.util.List;

import org.wbsmodeler.model.WbsElement;

/**
 * Something that may happen during the project: in each iteration of a risk analysis it occurs with its
 * probability, and then delays the elements it hits (working days added to their durations; on a summary, to each
 * of its activities) and adds its cost.
 *
 * @param name        what it is, for messages and the driver list
 * @param probability 0..1
 * @param impacts     the elements it hits
 */
public record RiskEvent(String name, double probability, List<Impact> impacts) {

	public RiskEvent {
		impacts = List.copyOf(impacts);
	}

	/**
	 * @param element   the element hit
	 * @param delayDays working days added to its duration when the event occurs (on a summary: to each activity under it)
	 * @param cost      added to the project's cost when the event occurs
	 */
	public record Impact(WbsElement element, double delayDays, double cost) {
	}
}
