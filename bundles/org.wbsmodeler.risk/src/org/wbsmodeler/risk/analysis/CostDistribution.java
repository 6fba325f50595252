package org.wbsmodeler.risk.analysis;

import java.util.Arrays;

/** The project's total cost over all iterations. */
public final class CostDistribution {

	private final double[] sorted;
	private final double deterministic;

	CostDistribution(double[] costs, double deterministic) {
		sorted = costs.clone();
		Arrays.sort(sorted);
		this.deterministic = deterministic;
	}

	/** Nearest-rank percentile, {@code p} in 0..1. */
	public double percentile(double p) {
		if (!(p >= 0 && p <= 1)) {
			throw new IllegalArgumentException("a percentile is between 0 and 1: " + p);
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	public double mean() {
		double sum = 0;
		for (double c : sorted) {
			sum += c;
		}
		return sum / sorted.length;
	}

	/** The cost with every duration as estimated. */
	public double deterministic() {
		return deterministic;
	}
}
