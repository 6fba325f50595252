package org.wbsmodeler.schedule.rollup;

import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelDates;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.model.CalendarCompiler;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/**
 * The one roll-up of the breakdown, used by the schedule, the report and the exports: every summary (phase,
 * deliverable, work package) and the project get the sums of effort and cost below them (plus their own fixed cost),
 * the span of their scheduled dates, the smallest float, whether anything under them is critical, and a
 * duration-weighted percent complete. Reads the scheduled values stored on the leaves, so schedule first
 * ({@link ProjectSchedule#writeToModel()} does and returns the roll-up). Each figure is worked out when first asked
 * for and kept: an editor painting fifty rows of a 100,000-element plan rolls up only what is under those rows.
 */
public final class RollUp {

	/** Working days between two instants, from the project calendar (the scheduler supplies it). */
	@FunctionalInterface
	public interface WorkingDays {
		double between(LocalDateTime start, LocalDateTime finish);
	}

	private final OutlineIndex outline;
	private final WorkingDays workingDays;
	private final Function<WbsElement, Totals> leaves;
	/** Figures worked out so far: each element's once, when it or a summary above it is first asked for. */
	private final Map<WbsElement, Totals> totals = new IdentityHashMap<>();
	private Totals project;

	private RollUp(OutlineIndex outline, WorkingDays workingDays, Function<WbsElement, Totals> leaves) {
		this.outline = outline;
		this.workingDays = workingDays;
		this.leaves = leaves;
	}

	/** Rolls up with durations in working days of the scheduler's calendar. */
	public static RollUp of(Project project, WorkingDays workingDays) {
		return new RollUp(OutlineIndex.build(project), workingDays, RollUp::stored);
	}

	/**
	 * Rolls up the leaves' figures that {@code leaves} gives instead of those stored on them: the editor's live
	 * schedule keeps its dates out of the model. {@code outline} is the project's current outline.
	 */
	public static RollUp of(Project project, OutlineIndex outline, WorkingDays workingDays, Function<WbsElement, Totals> leaves) {
		return new RollUp(outline, workingDays, leaves);
	}

	/** Rolls up with durations in working days of the project's default calendar (the standard one without it). */
	public static RollUp of(Project project) {
		WorkCalendar calendar = WorkCalendar.standard();
		Calendar standard = project.getDefaultCalendar();
		if (standard != null) {
			try {
				calendar = CalendarCompiler.compile(standard);
			} catch (IllegalArgumentException e) {
				// a calendar without working days cannot be scheduled; sums and spans do not need it
			}
		}
		return of(project, ProjectSchedule.workingDays(calendar, calendar.minutesPerDay()));
	}

	/** The figures of an element of the project; null for an element outside it. */
	public Totals of(WbsElement element) {
		Totals known = totals.get(element);
		if (known != null || !outline.contains(element)) {
			return known;
		}
		// a summary is worked out from its children, on demand: the editor asks only for the rows it paints
		Totals computed = outline.isSummary(element) ? roll((WbsContainer) element) : leaves.apply(element);
		totals.put(element, computed);
		return computed;
	}

	/** The figures of the whole project. */
	public Totals project() {
		if (project == null) {
			project = roll(outline.root());
		}
		return project;
	}

	/** The outline the roll-up walked: codes, levels, summaries and leaves in outline order. */
	public OutlineIndex outline() {
		return outline;
	}

	/** The elements with something under them, in outline order. */
	public List<WbsElement> summaries() {
		return outline.summaries();
	}

	private Totals roll(WbsContainer container) {
		LocalDateTime start = null;
		LocalDateTime finish = null;
		LocalDateTime lateStart = null;
		LocalDateTime lateFinish = null;
		double totalFloat = Double.POSITIVE_INFINITY;
		double freeFloat = Double.POSITIVE_INFINITY;
		boolean critical = false;
		double effort = 0;
		// a summary may carry a fixed cost of its own (a licence for the whole phase), as in MS Project
		double cost = container instanceof WbsElement summary ? summary.getFixedCost() : 0;
		double actual = 0;
		double weighted = 0;
		double weights = 0;
		double plainPercent = 0;
		int children = 0;
		for (WbsElement child : container.getChildren()) {
			Totals t = of(child);
			start = ModelDates.earlier(start, t.start());
			finish = ModelDates.later(finish, t.finish());
			lateStart = ModelDates.earlier(lateStart, t.lateStart());
			lateFinish = ModelDates.later(lateFinish, t.lateFinish());
			totalFloat = Math.min(totalFloat, t.totalFloatDays());
			freeFloat = Math.min(freeFloat, t.freeFloatDays());
			critical |= t.critical();
			effort += t.effortHours();
			cost += t.cost();
			actual += t.actualCost();
			weighted += t.durationDays() * t.percentComplete();
			weights += t.durationDays();
			plainPercent += t.percentComplete();
			children++;
		}
		double percent = weights > 0 ? weighted / weights : children > 0 ? plainPercent / children : 0;
		double duration = start != null && finish != null ? workingDays.between(start, finish) : 0;
		if (children == 0) {
			totalFloat = 0;
			freeFloat = 0;
		}
		return new Totals(start, finish, duration, effort, cost, actual, percent, lateStart, lateFinish, totalFloat, freeFloat, critical);
	}

	/** A leaf's own figures as stored on it by the last schedule written to the model. */
	public static Totals stored(WbsElement leaf) {
		return new Totals(leaf.getEarlyStart(), leaf.getEarlyFinish(), leaf.getDuration(), Costs.effort(leaf), Costs.cost(leaf),
				leaf.getActualCost(), leaf.getPercentComplete(), leaf.getLateStart(), leaf.getLateFinish(), leaf.getTotalFloat(),
				leaf.getFreeFloat(), leaf.isCritical());
	}
}
