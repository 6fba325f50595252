package org.wbsmodeler.exchange.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.exchange.Outline;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelDates;

/**
 * The numbers a stakeholder asks for, rolled up the WBS: an element's cost and effort are its own plus its
 * children's (the 100% rule makes the sum the whole), its dates span its children's. A leaf's cost and effort follow
 * the model's one rule, {@link Costs}.
 *
 * <p>The dates are the scheduled ones the model holds (early start and finish); a model nobody has scheduled
 * has none, and the report says so.
 */
final class PlanTotals {

	/** Rolled-up values of one element. */
	record Rollup(double cost, double effort, LocalDateTime start, LocalDateTime finish) {
	}

	private final Project project;
	private final Outline outline;
	private final Map<WbsElement, Rollup> rollups = new IdentityHashMap<>();
	private final Rollup total;

	PlanTotals(Project project) {
		this.project = project;
		this.outline = new Outline(project);
		this.total = rollUp(project);
	}

	private Rollup rollUp(WbsContainer container) {
		double cost = container instanceof WbsElement element ? element.getFixedCost() : 0;
		double effort = 0;
		LocalDateTime start = null;
		LocalDateTime finish = null;
		for (WbsElement child : container.getChildren()) {
			Rollup rollup;
			if (child instanceof WbsContainer children && !children.getChildren().isEmpty()) {
				rollup = rollUp(children);
			} else {
				rollup = new Rollup(Costs.cost(child), Costs.effort(child), child.getEarlyStart(), child.getEarlyFinish());
				rollups.put(child, rollup);
			}
			cost += rollup.cost();
			effort += rollup.effort();
			start = ModelDates.earlier(start, rollup.start());
			finish = ModelDates.later(finish, rollup.finish());
		}
		Rollup result = new Rollup(cost, effort, start, finish);
		if (container instanceof WbsElement element) {
			rollups.put(element, result);
		}
		return result;
	}

	Project project() {
		return project;
	}

	Outline outline() {
		return outline;
	}

	Rollup of(WbsElement element) {
		return rollups.get(element);
	}

	double cost() {
		return total.cost();
	}

	double effort() {
		return total.effort();
	}

	/** The project's start: its own start date, else the earliest scheduled start. */
	LocalDateTime start() {
		return project.getStart() != null ? project.getStart() : total.start();
	}

	/** The scheduled finish, or null when nothing is scheduled. */
	LocalDateTime finish() {
		return total.finish();
	}

	boolean scheduled() {
		return total.start() != null && total.finish() != null;
	}

	/**
	 * The critical path: the leaves the scheduler marked critical, in date order. A model scheduled elsewhere
	 * without critical flags gets the leaves without total float.
	 */
	List<WbsElement> criticalPath() {
		List<WbsElement> leaves = new ArrayList<>();
		for (Outline.Line line : outline.lines()) {
			WbsElement element = line.element();
			if (!(element instanceof WbsContainer children) || children.getChildren().isEmpty()) {
				leaves.add(element);
			}
		}
		List<WbsElement> critical = leaves.stream().filter(WbsElement::isCritical).toList();
		if (critical.isEmpty() && scheduled()) {
			critical = leaves.stream().filter(e -> e.getEarlyStart() != null && e.getTotalFloat() <= 0).toList();
		}
		List<WbsElement> sorted = new ArrayList<>(critical);
		sorted.sort(Comparator.comparing((WbsElement e) -> e.getEarlyStart(), Comparator.nullsLast(Comparator.naturalOrder())));
		return sorted;
	}
}
