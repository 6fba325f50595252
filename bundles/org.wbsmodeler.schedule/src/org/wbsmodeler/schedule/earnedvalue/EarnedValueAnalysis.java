package org.wbsmodeler.schedule.earnedvalue;

import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.Map;

import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.RollUp.WorkingDays;

/**
 * Earned value at a status date. Per leaf: PV spreads the baseline cost evenly over the baseline's working time
 * (0 before its baseline start, all of it after its baseline finish); EV is baseline cost × % complete; AC is the
 * recorded actual cost. Summaries and the project add up their leaves. Leaves that were not in the baseline have no
 * budget and count for nothing in PV and EV (their actual cost still counts: money spent on unplanned work).
 */
public final class EarnedValueAnalysis {

	private final Map<WbsElement, BaselineEntry> entries = new IdentityHashMap<>();
	private final LocalDateTime statusDate;
	private final WorkingDays workingDays;

	public EarnedValueAnalysis(Baseline baseline, LocalDateTime statusDate, WorkingDays workingDays) {
		for (BaselineEntry entry : baseline.getEntries()) {
			entries.put(entry.getElement(), entry);
		}
		this.statusDate = statusDate;
		this.workingDays = workingDays;
	}

	/** The whole project. */
	public EarnedValue of(Project project) {
		return sum(project);
	}

	/** One element: a leaf's own figures, a summary's sum of its leaves. */
	public EarnedValue of(WbsElement element) {
		return element.isSummary() ? sum((WbsContainer) element) : leaf(element);
	}

	private EarnedValue sum(WbsContainer container) {
		EarnedValue total = new EarnedValue(0, 0, 0);
		for (WbsElement child : container.getChildren()) {
			total = total.plus(of(child));
		}
		return total;
	}

	private EarnedValue leaf(WbsElement leaf) {
		BaselineEntry entry = entries.get(leaf);
		if (entry == null) {
			return new EarnedValue(0, 0, leaf.getActualCost());
		}
		double budget = entry.getCost();
		double earned = budget * leaf.getPercentComplete() / 100.0;
		return new EarnedValue(budget * plannedFraction(entry), earned, leaf.getActualCost());
	}

	/** The share of the baseline's working time that lies before the status date. */
	private double plannedFraction(BaselineEntry entry) {
		LocalDateTime start = entry.getStart();
		LocalDateTime finish = entry.getFinish();
		if (start == null || finish == null || !statusDate.isAfter(start)) {
			return 0;
		}
		if (!statusDate.isBefore(finish)) {
			return 1;
		}
		double total = workingDays.between(start, finish);
		return total <= 0 ? 1 : Math.min(1, workingDays.between(start, statusDate) / total);
	}
}
