package org.wbsmodeler.ui.diagram.gantt;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.ui.edit.DateFormats;

/** The tooltip of a chart row: its dates, duration and float from the live schedule, its constraint, what can be dragged. */
final class RowTooltip {

	private RowTooltip() {
	}

	static String text(WbsElement element, Totals t) {
		StringBuilder text = new StringBuilder(ModelLabels.describe(element));
		if (t == null || t.start() == null) {
			return text.append("\nnot scheduled").toString();
		}
		text.append("\nStart ").append(DateFormats.dateTime(t.start())).append(", finish ").append(DateFormats.dateTime(t.finish()));
		text.append("\nDuration ").append(GanttEdits.days(t.durationDays())).append(", total float ")
				.append(Double.isFinite(t.totalFloatDays()) ? GanttEdits.days(Math.round(t.totalFloatDays() * 100) / 100.0) : "\u2013");
		if (PlanRows.constrained(element)) {
			text.append("\n").append(element.getConstraintType().getName()).append(' ').append(DateFormats.format(element.getConstraintDate()));
		}
		if (!element.isSummary()) {
			text.append("\n(drag the bar to move it, its right end to change the duration, onto another bar to link)");
		}
		return text.toString();
	}
}
