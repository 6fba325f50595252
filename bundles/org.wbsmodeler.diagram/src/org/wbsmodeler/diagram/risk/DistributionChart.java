package org.wbsmodeler.diagram.risk;

import java.util.List;

/**
 * What a risk histogram with its S-curve shows, as plain data (the risk engine fills it; this bundle draws it):
 * bars of iterations per date range, the cumulative share at each bar's end, and dates marked on the axis.
 *
 * @param title      the chart's heading
 * @param binLabels  one label per bar (its first date)
 * @param counts     iterations per bar
 * @param cumulative share of iterations finished by the end of each bar, 0..1, rising
 * @param markers    dates to mark (deterministic, P50, P80), at a position in bars from the left edge
 */
public record DistributionChart(String title, List<String> binLabels, int[] counts, double[] cumulative, List<Marker> markers) {

	public DistributionChart {
		if (binLabels.size() != counts.length || counts.length != cumulative.length || counts.length == 0) {
			throw new IllegalArgumentException("one label, count and cumulative share per bar, at least one bar");
		}
		binLabels = List.copyOf(binLabels);
		markers = List.copyOf(markers);
	}

	/**
	 * @param label    what it is and its date: "P80 2027-06-03"
	 * @param position in bars from the left edge of the first one (0..bars)
	 * @param emphasis drawn in the accent colour (the plan's own date)
	 */
	public record Marker(String label, double position, boolean emphasis) {
	}
}
