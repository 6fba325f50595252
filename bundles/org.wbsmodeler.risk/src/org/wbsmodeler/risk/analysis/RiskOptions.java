package org.wbsmodeler.risk.analysis;

import java.util.Map;

import org.wbsmodeler.model.WbsElement;

/**
 * How to run a risk analysis.
 *
 * @param iterations  schedules to compute, at least 1
 * @param seed        the same seed gives the same answer, whatever the thread count and time zone
 * @param threads     worker threads, at least 1
 * @param calibration per activity not started yet, the team's measured record for tasks like it (from
 *                    {@code EstimateAppraisal}): an estimate of its own is scaled by the mean ratio, a task without
 *                    one gets the range the record spans; empty for none
 */
public record RiskOptions(int iterations, long seed, int threads, Map<WbsElement, Bias> calibration) {

	/**
	 * Actual ÷ estimated duration, measured on finished and started tasks: the mean and the least and most seen.
	 * A three-point estimate is multiplied by {@code mean} (the range keeps its shape and moves with the bias); a
	 * task without one varies triangularly from {@code least} over {@code mean} to {@code most} times its duration.
	 */
	public record Bias(double least, double mean, double most) {

		public Bias {
			if (!(least > 0 && least <= mean && mean <= most && Double.isFinite(most))) {
				throw new IllegalArgumentException("a bias needs 0 < least <= mean <= most: " + least + ", " + mean + ", " + most);
			}
		}
	}

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

	public RiskOptions withCalibration(Map<WbsElement, Bias> factors) {
		return new RiskOptions(iterations, seed, threads, factors);
	}
}
