package org.wbsmodeler.schedule.rollup;

import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.Map;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelDates;

/**
 * Rolls estimates and progress up the breakdown: every summary (phase, deliverable, work package) gets the sums of
 * effort and cost below it (plus its own fixed cost), the span of their scheduled dates and a duration-weighted percent complete. Reads the
 * scheduled dates stored on the elements (earlyStart/earlyFinish), so run the scheduler first.
 */
public final class RollUp {

	/** Working days between two instants, from the project calendar (the scheduler supplies it). */
	@FunctionalInterface
	public interface WorkingDays {
		double between(LocalDateTime start, LocalDateTime finish);
	}

	private final Map<WbsElement, Totals> totals = new IdentityHashMap<>();
	private final Totals project;

	private RollUp(Project source, WorkingDays workingDays) {
		this.project = roll(source, workingDays);
	}

	public static RollUp of(Project project, WorkingDays workingDays) {
		return new RollUp(project, workingDays);
	}

	public Totals of(WbsElement element) {
		return totals.get(element);
	}

	public Totals project() {
		return project;
	}

	private Totals roll(WbsContainer container, WorkingDays workingDays) {
		LocalDateTime start = null;
		LocalDateTime finish = null;
		double effort = 0;
		// a summary may carry a fixed cost of its own (a licence for the whole phase), as in MS Project
		double cost = container instanceof WbsElement summary ? summary.getFixedCost() : 0;
		double actual = 0;
		double weighted = 0;
		double weights = 0;
		double plainPercent = 0;
		int leaves = 0;
		for (WbsElement child : container.getChildren()) {
			Totals t = child instanceof WbsContainer sub && !sub.getChildren().isEmpty()
					? roll(sub, workingDays)
					: leaf(child);
			totals.put(child, t);
			start = ModelDates.earlier(start, t.start());
			finish = ModelDates.later(finish, t.finish());
			effort += t.effortHours();
			cost += t.cost();
			actual += t.actualCost();
			weighted += t.durationDays() * t.percentComplete();
			weights += t.durationDays();
			plainPercent += t.percentComplete();
			leaves++;
		}
		double percent = weights > 0 ? weighted / weights : leaves > 0 ? plainPercent / leaves : 0;
		double duration = start != null && finish != null ? workingDays.between(start, finish) : 0;
		return new Totals(start, finish, duration, effort, cost, actual, percent);
	}

	private static Totals leaf(WbsElement leaf) {
		return new Totals(leaf.getEarlyStart(), leaf.getEarlyFinish(), leaf.getDuration(), Costs.effort(leaf), Costs.cost(leaf),
				leaf.getActualCost(), leaf.getPercentComplete());
	}
}
