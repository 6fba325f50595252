package org.wbsmodeler.diagram.columns;

import java.time.LocalDateTime;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.format.PlanDates;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.model.util.WbsCodes;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The text of every cell of a plan's table, in one place for the Plan page, the Gantt page's table and an exported
 * Gantt chart: dates from a schedule (the editor's live one, or one the CLI computed), summaries' figures from its
 * roll-up, durations and dates in the product's one form ({@link Durations}, {@link PlanDates}). Predecessors and
 * resources are written the way they are typed ("3FS+2 d; 1.2", "Anna[50%]; Ben"), so a cell reads back as it shows.
 */
public final class CellTexts {

	/** How dates show: with the time of day (the Plan), or the day alone (a table beside a chart, which shows the hours). */
	public enum Dates {
		DAY_AND_TIME, DAY
	}

	/** MS Project's words for the task modes, as shown and as typed. */
	public static final String MANUAL = "Manual";
	public static final String AUTO = "Auto";
	/** MS Project's word for an actual date not there yet. */
	public static final String NOT_YET = "NA";

	private final Function<WbsElement, Totals> totals;
	private final Dates dates;
	/** The last risk run's criticality index (0..1) per task, or null where there is none (no run yet). */
	private Function<WbsElement, Double> criticality = element -> null;

	public CellTexts(Function<WbsElement, Totals> totals, Dates dates) {
		this.totals = totals;
		this.dates = dates;
	}

	/** Where the Criticality column reads its values (a risk run's): until set, the column is empty. */
	public CellTexts withCriticality(Function<WbsElement, Double> index) {
		this.criticality = index;
		return this;
	}

	/** The cell's text, with the element's code from the caller (an outline index knows it without a walk). */
	public String text(WbsElement element, String code, PlanColumn column) {
		boolean summary = element.isSummary();
		return switch (column) {
		case CODE -> code;
		case NAME -> element.getName() == null ? "" : element.getName();
		case KIND -> ModelLabels.kindOf(element);
		case TASK_MODE -> summary ? "" : element.getTaskMode() == TaskMode.MANUAL ? MANUAL : AUTO;
		case DURATION -> {
			Totals t = summary ? totals.apply(element) : null;
			yield Durations.days(t != null ? t.durationDays() : element.getDuration());
		}
		case START -> scheduled(element, true);
		case FINISH -> scheduled(element, false);
		case ACTUAL_START -> summary ? "" : actual(element.getActualStart());
		case ACTUAL_FINISH -> summary ? "" : actual(element.getActualFinish());
		case TOTAL_FLOAT -> {
			Totals t = totals.apply(element);
			yield t == null || t.start() == null || !Double.isFinite(t.totalFloatDays()) ? "" : Durations.days(t.totalFloatDays());
		}
		case PREDECESSORS -> predecessors(element);
		case RESOURCES -> summary ? "" : resources(element);
		case PERCENT_COMPLETE -> {
			Totals t = summary ? totals.apply(element) : null;
			yield summary && t == null ? "" : percent(t != null ? t.percentComplete() : element.getPercentComplete());
		}
		case COST -> {
			// a summary's cost is its roll-up (with its own fixed cost), as every export writes it
			Totals t = summary ? totals.apply(element) : null;
			yield String.format(Locale.ROOT, "%,.2f", t != null ? t.cost() : Costs.cost(element));
		}
		case OPTIMISTIC_DURATION, MOST_LIKELY_DURATION, PESSIMISTIC_DURATION -> threePoint(element, column);
		case CRITICALITY -> criticality(criticality.apply(element));
		};
	}

	/** A point of an activity's three-point estimate in working days, or nothing when it is not set. */
	private static String threePoint(WbsElement element, PlanColumn column) {
		if (!(element instanceof Activity activity) || element.isSummary()) {
			return "";
		}
		return switch (column) {
		case OPTIMISTIC_DURATION -> activity.isSetOptimisticDuration() ? Durations.days(activity.getOptimisticDuration()) : "";
		case MOST_LIKELY_DURATION -> activity.isSetMostLikelyDuration() ? Durations.days(activity.getMostLikelyDuration()) : "";
		default -> activity.isSetPessimisticDuration() ? Durations.days(activity.getPessimisticDuration()) : "";
		};
	}

	/** The cell's text, the element's code worked out from its position. */
	public String text(WbsElement element, PlanColumn column) {
		return text(element, column == PlanColumn.CODE ? WbsCodes.codeOf(element) : null, column);
	}

	/** Whether the row is on the critical path (drawn red). */
	public boolean critical(WbsElement element) {
		Totals t = totals.apply(element);
		return t != null && t.critical();
	}

	private String scheduled(WbsElement element, boolean start) {
		Totals t = totals.apply(element);
		return date(t == null ? null : start ? t.start() : t.finish());
	}

	private String actual(LocalDateTime date) {
		return date == null ? NOT_YET : date(date);
	}

	private String date(LocalDateTime date) {
		return dates == Dates.DAY ? PlanDates.isoDay(date) : PlanDates.dateTime(date);
	}

	/** "3FS+2 d; 1.2": by code, the type when not FS or with a lag, the lag in working days. */
	public static String predecessors(WbsElement element) {
		return element.getPredecessors().stream().filter(d -> d.getPredecessor() != null).map(CellTexts::link).collect(Collectors.joining("; "));
	}

	private static String link(Dependency link) {
		StringBuilder text = new StringBuilder(WbsCodes.codeOf(link.getPredecessor()));
		boolean lag = link.getLag() != 0;
		if (lag || link.getType() != DependencyType.FS) {
			text.append(link.getType().getLiteral());
		}
		if (lag) {
			text.append(link.getLag() > 0 ? "+" : "-").append(Durations.days(Math.abs(link.getLag())));
		}
		return text.toString();
	}

	/** "Anna; Ben[50%]": the resources on a task, units other than 100% in brackets. */
	public static String resources(WbsElement element) {
		return element.getAssignments().stream().filter(a -> a.getResource() != null).map(CellTexts::assignment).collect(Collectors.joining("; "));
	}

	private static String assignment(Assignment assignment) {
		String name = assignment.getResource().getName();
		double percent = assignment.getUnits() * 100;
		return Math.abs(percent - 100) < 1e-9 ? name : name + "[" + Durations.number(percent) + "%]";
	}

	/** A criticality index (0..1) as the Plan, the Gantt table and the CSV export show it, "37.5%"; empty for none. */
	public static String criticality(Double index) {
		return index == null ? "" : Durations.number(Math.round(index * 1000) / 10.0) + "%";
	}

	private static String percent(double value) {
		return Durations.number(Math.round(value * 10) / 10.0) + "%";
	}
}
