package org.wbsmodeler.ui.plan;

import java.time.LocalDateTime;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.ui.edit.DateFormats;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The text of each Plan cell. Everything is read when a row is painted: codes from positions, dates from the live
 * schedule, summaries' figures from its roll-up (one pass per command, on the first summary painted).
 */
public final class PlanLabels {

	private final Project project;
	private final LiveSchedule schedule;

	public PlanLabels(Project project, LiveSchedule schedule) {
		this.project = project;
		this.schedule = schedule;
	}

	double hoursPerDay() {
		return project.getDefaultCalendar() == null || project.getDefaultCalendar().getHoursPerDay() <= 0 ? 8
				: project.getDefaultCalendar().getHoursPerDay();
	}

	public String text(WbsElement element, PlanColumn column) {
		return switch (column) {
		case CODE -> Codes.of(element);
		case NAME -> element.getName() == null ? "" : element.getName();
		case KIND -> ModelLabels.kindOf(element);
		case DURATION -> {
			Totals totals = isSummary(element) ? schedule.totals(element) : null;
			yield DurationText.format(totals != null ? totals.durationDays() : element.getDuration(), hoursPerDay());
		}
		case START -> dates(element, true);
		case FINISH -> dates(element, false);
		case TOTAL_FLOAT -> {
			Totals totals = schedule.totals(element);
			yield totals == null || totals.start() == null ? "" : DurationText.format(totals.totalFloatDays(), hoursPerDay());
		}
		case PREDECESSORS -> PredecessorText.format(element, hoursPerDay());
		case RESOURCES -> AssignmentText.format(element);
		case PERCENT_COMPLETE -> isSummary(element) ? "" : percent(element.getPercentComplete());
		case COST -> String.format(Locale.ROOT, "%,.2f", cost(element));
		case TASK_MODE -> isSummary(element) ? "" : element.getTaskMode() == TaskMode.MANUAL ? MANUAL : AUTO;
		case ACTUAL_START -> isSummary(element) ? "" : actual(element.getActualStart());
		case ACTUAL_FINISH -> isSummary(element) ? "" : actual(element.getActualFinish());
		};
	}

	/** MS Project's words for the task modes, as shown and as typed. */
	static final String MANUAL = "Manual";
	static final String AUTO = "Auto";

	/** An actual date, or MS Project's "NA" for none yet. */
	private static String actual(LocalDateTime date) {
		return date == null ? "NA" : DateFormats.dateTime(date);
	}

	/** The start the live schedule gives the element now (where a task switched to manual stays); null if unscheduled. */
	LocalDateTime scheduledStart(WbsElement element) {
		Totals totals = schedule.totals(element);
		return totals == null ? null : totals.start();
	}

	/** Whether the row is on the critical path (painted red). */
	public boolean isCritical(WbsElement element) {
		Totals totals = schedule.totals(element);
		return totals != null && totals.critical();
	}

	static boolean isSummary(EObject element) {
		return element instanceof WbsElement e && e.isSummary();
	}

	private String dates(WbsElement element, boolean start) {
		Totals totals = schedule.totals(element);
		LocalDateTime date = totals == null ? null : start ? totals.start() : totals.finish();
		return date == null ? "" : DateFormats.dateTime(date);
	}

	private static String percent(double value) {
		return (Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value)) + "%";
	}

	/** A summary's cost is its roll-up (with its own fixed cost), as every export writes it. */
	private double cost(WbsElement element) {
		Totals totals = isSummary(element) ? schedule.totals(element) : null;
		return totals != null ? totals.cost() : Costs.cost(element);
	}
}
