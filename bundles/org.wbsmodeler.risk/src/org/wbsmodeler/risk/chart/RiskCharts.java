package org.wbsmodeler.risk.chart;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.wbsmodeler.diagram.risk.DistributionChart;
import org.wbsmodeler.diagram.risk.TornadoChart;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.analysis.DateDistribution;
import org.wbsmodeler.risk.analysis.RiskResult;

/** A risk result as the charts {@code org.wbsmodeler.diagram.risk} draws: histogram with S-curve, tornado. */
public final class RiskCharts {

	public static final int BARS = 30;
	public static final int DRIVERS = 15;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

	private RiskCharts() {
	}

	/** The finish: a histogram of {@link #BARS} bars, its S-curve, the deterministic date, P50 and P80 marked. */
	public static DistributionChart finish(String projectName, RiskResult result) {
		DateDistribution finish = result.finish();
		List<DateDistribution.Bin> bins = finish.histogram(BARS);
		List<String> labels = new ArrayList<>();
		int[] counts = new int[bins.size()];
		double[] cumulative = new double[bins.size()];
		double sum = 0;
		for (int b = 0; b < bins.size(); b++) {
			labels.add(DAY.format(bins.get(b).from()));
			counts[b] = bins.get(b).count();
			sum += counts[b];
			cumulative[b] = sum / finish.iterations();
		}
		LocalDateTime origin = bins.get(0).from();
		double width = Math.max(1, Duration.between(origin, bins.get(0).to()).toMinutes());
		List<DistributionChart.Marker> markers = new ArrayList<>();
		markers.add(marker("plan " + DAY.format(finish.deterministic()) + String.format(Locale.ROOT, " (%.0f %%)", 100 * finish.deterministicProbability()),
				finish.deterministic(), origin, width, true));
		markers.add(marker("P50 " + DAY.format(finish.percentile(0.5)), finish.percentile(0.5), origin, width, false));
		markers.add(marker("P80 " + DAY.format(finish.percentile(0.8)), finish.percentile(0.8), origin, width, false));
		String title = projectName + ": finish over " + result.iterations() + " iterations";
		return new DistributionChart(title, labels, counts, cumulative, markers);
	}

	private static DistributionChart.Marker marker(String label, LocalDateTime date, LocalDateTime origin, double width, boolean emphasis) {
		return new DistributionChart.Marker(label, Duration.between(origin, date).toMinutes() / width, emphasis);
	}

	/** The top {@link #DRIVERS} drivers by their pull on the finish (calendar days per standard deviation). */
	public static TornadoChart tornado(String projectName, RiskResult result) {
		List<String> labels = new ArrayList<>();
		List<RiskResult.Driver> drivers = result.drivers().subList(0, Math.min(DRIVERS, result.drivers().size()));
		double[] values = new double[drivers.size()];
		for (int i = 0; i < drivers.size(); i++) {
			RiskResult.Driver d = drivers.get(i);
			labels.add(d.element() == null ? "event: " + d.name() : ModelLabels.shortLabel(d.element()));
			values[i] = d.swingDays();
		}
		return new TornadoChart(projectName + ": what moves the finish (days per standard deviation)", labels, values, "d");
	}
}
