package org.wbsmodeler.ui.diagram.gantt;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.format.PlanDates;

/** The tooltip of a chart row: its dates, duration and float from the live schedule, its constraint, what can be dragged. */
final class RowTooltip {

	private RowTooltip() {
	}

	static String text(WbsElement element, Totals t) {
		StringBuilder text = new StringBuilder(ModelLabels.describe(element));
		if (t == null || t.start() == null) {
			return text.append("\nnot scheduled").toString();
		}
		text.append("\nStart ").append(PlanDates.dateTime(t.start())).append(", finish ").append(PlanDates.dateTime(t.finish()));
		text.append("\nDuration ").append(Durations.days(t.durationDays())).append(", total float ")
				.append(Double.isFinite(t.totalFloatDays()) ? Durations.days(t.totalFloatDays()) : "\u2013");
		if (PlanRows.constrained(element)) {
			text.append("\n").append(element.getConstraintType().getName()).append(' ').append(PlanDates.dayOrTime(element.getConstraintDate()));
		}
		if (!element.isSummary()) {
			text.append("\n(drag the bar to move it, its right end to change the duration, onto another bar to link)");
		}
		return text.toString();
	}
}
