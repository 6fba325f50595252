package org.wbsmodeler.risk.appraisal;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.risk.analysis.RiskOptions;

/**
 * The team's record fed into a risk run ({@code ./wbs risk --calibrate}): for each group of the appraisal chosen for
 * some task not started yet, the group and those tasks. A task's {@link RiskOptions.Bias} is its group's least, mean
 * and most actual ÷ estimated duration, so the user can see which record moved which task, and by how much.
 */
public final class Calibration {

	/** Ratios below this are floored: a record of tasks done in no time would make every later task free. */
	static final double LEAST_RATIO = 0.05;

	/** One group of the record and the tasks it calibrates. */
	public record Source(EstimateAppraisal.Group group, List<WbsElement> activities) {

		public Source {
			activities = List.copyOf(activities);
		}

		/** What the group's record does to a task's duration. */
		public RiskOptions.Bias bias() {
			double mean = Math.max(LEAST_RATIO, 1 + group.durationBias());
			return new RiskOptions.Bias(Math.min(mean, Math.max(LEAST_RATIO, group.leastRatio())), mean, Math.max(mean, group.mostRatio()));
		}
	}

	private final String baseline;
	private final List<Source> sources;

	Calibration(String baseline, List<Source> sources) {
		this.baseline = baseline;
		this.sources = List.copyOf(sources);
	}

	/** The baseline the record was measured against, or null without one. */
	public String baseline() {
		return baseline;
	}

	/** The groups applied, in order of the tasks they were first chosen for; empty when nothing was measured. */
	public List<Source> sources() {
		return sources;
	}

	public boolean isEmpty() {
		return sources.isEmpty();
	}

	/** Each calibrated task's bias, for {@link RiskOptions#withCalibration}. */
	public Map<WbsElement, RiskOptions.Bias> biases() {
		Map<WbsElement, RiskOptions.Bias> biases = new IdentityHashMap<>();
		for (Source source : sources) {
			RiskOptions.Bias bias = source.bias();
			for (WbsElement activity : source.activities()) {
				biases.put(activity, bias);
			}
		}
		return biases;
	}
}
