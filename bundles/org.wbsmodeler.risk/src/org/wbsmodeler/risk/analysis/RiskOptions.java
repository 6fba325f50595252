package org.wbsmodeler.risk.analysis;

import java.util.Map;

import org.wbsmodeler.model.WbsElement;

/**
 * How to run a risk analysis.
 *
 * @param iterations  schedules to compute, at least 1
 * @param seed        the same seed gives the same answer, whatever the thread count and time zone
 * @param threads     worker threads, at least 1
 * @param calibration per activity, a factor its sampled duration is multiplied with (the team's measured bias from
 *                    {@code EstimateAppraisal}); empty for none
 */
public record RiskOptions(int iterations, long seed, int threads, Map<WbsElement, Double> calibration) {

	public static final int DEFAULT_ITERATIONS = 10_000;
	public static final long DEFAULT_SEED = 1;

	public RiskOptions {
		if (iterations < 1) {
			throw new IllegalArgumentException("iterations must be at least 1: " + iterations);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1: " + threads);
		}
		calibration = Map.copyOf(calibration);
	}

	public static RiskOptions defaults() {
		return new RiskOptions(DEFAULT_ITERATIONS, DEFAULT_SEED, Runtime.getRuntime().availableProcessors(), Map.of());
	}

	public RiskOptions withIterations(int n) {
		return new RiskOptions(n, seed, threads, calibration);
	}

	public RiskOptions withSeed(long s) {
		return new RiskOptions(iterations, s, threads, calibration);
	}

	public RiskOptions withThreads(int t) {
		return new RiskOptions(iterations, seed, t, calibration);
	}

	public RiskOptions withCalibration(Map<WbsElement, Double> factors) {
		return new RiskOptions(iterations, seed, threads, factors);
	}
}
