package org.wbsmodeler.exchange.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The numbers a stakeholder asks for, from the one {@link RollUp}: an element's cost and effort are its own plus its
 * children's (the 100% rule makes the sum the whole), its dates span its children's.
 *
 * <p>The dates are the scheduled ones the model holds (early start and finish); a model nobody has scheduled
 * has none, and the report says so.
 */
final class PlanTotals {

	private final Project project;
	private final RollUp rollUp;
	private final Totals total;

	PlanTotals(Project project) {
		this.project = project;
		this.rollUp = RollUp.of(project);
		this.total = rollUp.project();
	}

	Project project() {
		return project;
	}

	OutlineIndex outline() {
		return rollUp.outline();
	}

	Totals of(WbsElement element) {
		return rollUp.of(element);
	}

	double cost() {
		return total.cost();
	}

	double effort() {
		return total.effortHours();
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
		List<WbsElement> leaves = rollUp.outline().leaves();
		List<WbsElement> critical = leaves.stream().filter(WbsElement::isCritical).toList();
		if (critical.isEmpty() && scheduled()) {
			critical = leaves.stream().filter(e -> e.getEarlyStart() != null && e.getTotalFloat() <= 0).toList();
		}
		List<WbsElement> sorted = new ArrayList<>(critical);
		sorted.sort(Comparator.comparing((WbsElement e) -> e.getEarlyStart(), Comparator.nullsLast(Comparator.naturalOrder())));
		return sorted;
	}
}
