package org.wbsmodeler.ui.diagram.risk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wbsmodeler.diagram.risk.DistributionChart;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.PlanDates;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.analysis.DateDistribution;
import org.wbsmodeler.risk.analysis.RiskResult;
import org.wbsmodeler.risk.chart.RiskCharts;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/**
 * What the Risk page shows of one run, made in the run's job from the snapshot it ran on: the chart
 * {@code ./wbs render --diagram risk} draws, the P-dates of the finish and the milestones, the cost percentiles, the
 * drivers, and the criticality indices — every element the live one the snapshot copied, so a click selects what the
 * user sees.
 *
 * @param chart       the finish's histogram and S-curve
 * @param percentiles rows of label, deterministic, P10, P50, P80, P90 (days)
 * @param drivers     most influential first
 * @param criticality per live task, the share of iterations it was critical in
 * @param summary     one line for the page's status
 */
record RiskView(DistributionChart chart, List<String[]> percentiles, List<Driver> drivers, Map<WbsElement, Double> criticality, String summary) {

	/** A driver's row: the live task (null for a risk event). */
	record Driver(String label, WbsElement element, double criticality, double correlation, double swingDays) {
	}

	static RiskView of(ModelSnapshot snapshot, RiskResult result) {
		String name = snapshot.project().getName() == null ? "Plan" : snapshot.project().getName();
		List<String[]> rows = new ArrayList<>();
		rows.add(dates("Finish", result.finish()));
		for (Map.Entry<WbsElement, DateDistribution> milestone : result.milestones().entrySet()) {
			rows.add(dates(ModelLabels.shortLabel(milestone.getKey()), milestone.getValue()));
		}
		String[] cost = new String[2 + RiskResult.REPORTED.length];
		cost[0] = "Cost";
		cost[1] = money(result.cost().deterministic());
		for (int i = 0; i < RiskResult.REPORTED.length; i++) {
			cost[2 + i] = money(result.cost().percentile(RiskResult.REPORTED[i]));
		}
		rows.add(cost);
		List<Driver> drivers = new ArrayList<>();
		for (RiskResult.Driver d : result.drivers()) {
			WbsElement live = d.element() == null ? null : snapshot.original(d.element());
			String label = d.element() == null ? "event: " + d.name() : ModelLabels.shortLabel(d.element());
			drivers.add(new Driver(label, live, d.criticality(), d.correlation(), d.swingDays()));
		}
		Map<WbsElement, Double> criticality = new HashMap<>();
		result.criticality().forEach((copy, index) -> {
			WbsElement live = snapshot.original(copy);
			if (live != null) {
				criticality.put(live, index);
			}
		});
		String summary = String.format(Locale.ROOT, "%d iterations, seed %d: P50 %s, P80 %s; the plan's finish %s has a %.0f %% chance", result.iterations(),
				result.seed(), day(result.finish().percentile(0.5)), day(result.finish().percentile(0.8)), day(result.finish().deterministic()),
				100 * result.finish().deterministicProbability());
		return new RiskView(RiskCharts.finish(name, result), rows, drivers, criticality, summary);
	}

	private static String[] dates(String label, DateDistribution distribution) {
		String[] row = new String[2 + RiskResult.REPORTED.length];
		row[0] = label;
		// days, as the chart's axis: six dates with times do not fit beside the chart
		row[1] = day(distribution.deterministic());
		for (int i = 0; i < RiskResult.REPORTED.length; i++) {
			row[2 + i] = day(distribution.percentile(RiskResult.REPORTED[i]));
		}
		return row;
	}

	private static String day(LocalDateTime date) {
		return PlanDates.isoDay(date);
	}

	private static String money(double value) {
		return String.format(Locale.ROOT, "%,.2f", value);
	}
}
