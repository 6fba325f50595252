package org.wbsmodeler.risk.analysis;

import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.WbsElement;

/**
 * What a risk analysis found: the distribution of the project finish and of every milestone's date, of the total
 * cost, each activity's criticality index and the drivers ranked by how much their uncertainty moves the finish.
 *
 * @param iterations  schedules computed
 * @param seed        the seed they were drawn with
 * @param finish      the project finish
 * @param milestones  each milestone's date, in outline order
 * @param cost        the total cost
 * @param criticality per activity (leaf), the share of iterations it was critical in, in outline order
 * @param drivers     activities with a range and risk events, most influential first
 */
public record RiskResult(int iterations, long seed, DateDistribution finish, Map<WbsElement, DateDistribution> milestones, CostDistribution cost,
		Map<WbsElement, Double> criticality, List<Driver> drivers) {

	/** The percentiles a report shows. */
	public static final double[] REPORTED = { 0.10, 0.50, 0.80, 0.90 };

	/**
	 * One source of uncertainty and its pull on the finish.
	 *
	 * @param name        the activity's label or the event's name
	 * @param element     the activity, or null for a risk event
	 * @param correlation Pearson correlation between its sampled duration (or the event's occurrence) and the finish
	 * @param criticality share of iterations the activity was critical (an event: the share it occurred in)
	 * @param swingDays   correlation × its standard deviation in days: how far one standard deviation of it moves the
	 *                    finish, in calendar days (the tornado's bar)
	 */
	public record Driver(String name, WbsElement element, double correlation, double criticality, double swingDays) {
	}
}
