package org.wbsmodeler.schedule.model;

import java.util.List;

import org.wbsmodeler.model.WbsElement;

/**
 * The model cannot be scheduled: a dependency cycle (its elements in link order) or data the engine cannot use
 * (no project start, a calendar without working days). Nothing was written to the model.
 */
public class ScheduleModelException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<WbsElement> cycle;

	public ScheduleModelException(String message, List<WbsElement> cycle) {
		super(message);
		this.cycle = List.copyOf(cycle);
	}

	/** The elements of the dependency cycle in link order, or empty for other problems. */
	public List<WbsElement> cycle() {
		return cycle;
	}
}
