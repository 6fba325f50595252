package org.wbsmodeler.ui.diagram.page;

import org.wbsmodeler.diagram.build.WbsFigures;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The WBS chart's figures from the editor's live schedule: a summary's duration spans its tasks on the calendar and
 * its cost is the roll-up every export writes; an element the schedule does not know yet (no schedule: a cycle)
 * shows what the model holds.
 */
public final class LiveFigures implements WbsFigures {

	private final LiveSchedule schedule;

	public LiveFigures(LiveSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public double durationDays(WbsElement element) {
		Totals totals = schedule.totals(element);
		return totals != null ? totals.durationDays() : WbsFigures.standard().durationDays(element);
	}

	@Override
	public double cost(WbsElement element) {
		Totals totals = schedule.totals(element);
		return totals != null ? totals.cost() : WbsFigures.standard().cost(element);
	}
}
