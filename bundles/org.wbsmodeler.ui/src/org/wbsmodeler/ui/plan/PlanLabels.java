package org.wbsmodeler.ui.plan;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.ui.edit.DateFormats;
import org.wbsmodeler.ui.schedule.LiveSchedule;
import org.wbsmodeler.ui.schedule.ScheduledSpan;

/**
 * The text of each Plan cell. Everything is read when a row is painted: codes from positions, dates from the live
 * schedule; only summary costs, which walk a subtree, are kept until the next command.
 */
public final class PlanLabels {

	private final Project project;
	private final LiveSchedule schedule;
	private final Map<WbsElement, Double> summaryCosts = new IdentityHashMap<>();

	public PlanLabels(Project project, LiveSchedule schedule) {
		this.project = project;
		this.schedule = schedule;
	}

	/** Forgets cached roll-ups; called once per command, undo or redo. */
	void modelChanged() {
		summaryCosts.clear();
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
			ScheduledSpan span = isSummary(element) ? schedule.span(element) : null;
			yield DurationText.format(span != null ? span.durationDays() : element.getDuration(), hoursPerDay());
		}
		case START -> dates(element, true);
		case FINISH -> dates(element, false);
		case TOTAL_FLOAT -> {
			ScheduledSpan span = schedule.span(element);
			yield span == null ? "" : DurationText.format(span.totalFloat(), hoursPerDay());
		}
		case PREDECESSORS -> PredecessorText.format(element, hoursPerDay());
		case RESOURCES -> AssignmentText.format(element);
		case PERCENT_COMPLETE -> isSummary(element) ? "" : percent(element.getPercentComplete());
		case COST -> String.format(Locale.ROOT, "%,.2f", cost(element));
		};
	}

	/** Whether the row is on the critical path (painted red). */
	public boolean isCritical(WbsElement element) {
		ScheduledSpan span = schedule.span(element);
		return span != null && span.critical();
	}

	static boolean isSummary(EObject element) {
		return element instanceof WbsElement e && e.isSummary();
	}

	private String dates(WbsElement element, boolean start) {
		ScheduledSpan span = schedule.span(element);
		return span == null ? "" : DateFormats.dateTime(start ? span.start() : span.finish());
	}

	private static String percent(double value) {
		return (Math.abs(value - Math.rint(value)) < 1e-9 ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value)) + "%";
	}

	private double cost(WbsElement element) {
		if (!isSummary(element)) {
			return Costs.cost(element);
		}
		return summaryCosts.computeIfAbsent(element, summary -> {
			double total = 0;
			for (var it = summary.eAllContents(); it.hasNext();) {
				EObject next = it.next();
				if (next instanceof WbsElement leaf) {
					total += isSummary(leaf) ? 0 : Costs.cost(leaf);
				} else {
					it.prune();
				}
			}
			return total;
		});
	}
}
