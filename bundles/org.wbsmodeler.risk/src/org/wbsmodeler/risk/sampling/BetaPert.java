package org.wbsmodeler.risk.sampling;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The Beta-PERT distribution on [0, 1] with mode {@code c}: Beta(1 + 4c, 1 + 4(1 − c)). Its quantile has no closed
 * form, so each shape gets a table: the CDF integrated on a fine grid (Simpson's rule on the density, which is
 * bounded for these shapes) and inverted by interpolation. A plan has few distinct shapes (one per ratio of the
 * three points), and the tables are shared by all runs.
 */
public final class BetaPert {

	private static final int INTERVALS = 4096;
	private static final ConcurrentHashMap<Double, BetaPert> TABLES = new ConcurrentHashMap<>();

	/** cdf[k] = P(X ≤ k / INTERVALS). */
	private final double[] cdf = new double[INTERVALS + 1];
	/** inverse[k] = the quantile at k / INTERVALS: sampling interpolates here, without a search. */
	private final double[] inverse = new double[INTERVALS + 1];

	private BetaPert(double mode) {
		double a = 1 + 4 * mode;
		double b = 1 + 4 * (1 - mode);
		double h = 1.0 / INTERVALS;
		double sum = 0;
		// each grid point's density is worked out once: the right end of one interval is the left end of the next
		// (the same expression, so the same number as evaluating it twice)
		double left = density(0, a, b);
		for (int k = 1; k <= INTERVALS; k++) {
			double x0 = (k - 1) * h;
			double x1 = k * h;
			double right = density(x1, a, b);
			sum += h / 6 * (left + 4 * density((x0 + x1) / 2, a, b) + right);
			cdf[k] = sum;
			left = right;
		}
		for (int k = 1; k <= INTERVALS; k++) {
			cdf[k] /= sum; // normalised: no Beta function needed
		}
		cdf[INTERVALS] = 1;
		// the grid's quantiles in one walk up the CDF (it never decreases): the interval a binary search would find
		int lo = 0;
		for (int k = 0; k <= INTERVALS; k++) {
			double u = (double) k / INTERVALS;
			if (u <= 0 || u >= 1) {
				inverse[k] = u <= 0 ? 0 : 1;
				continue;
			}
			while (lo + 1 < INTERVALS && cdf[lo + 1] <= u) {
				lo++;
			}
			inverse[k] = between(lo, lo + 1, u);
		}
	}

	private static double density(double x, double a, double b) {
		return Math.pow(x, a - 1) * Math.pow(1 - x, b - 1);
	}

	public static BetaPert forMode(double mode) {
		BetaPert table = TABLES.get(mode);
		if (table == null) {
			// two threads may both build one the first time: the same table, and the first one put is kept
			BetaPert built = new BetaPert(mode);
			table = TABLES.putIfAbsent(mode, built);
			table = table == null ? built : table;
		}
		return table;
	}

	/** The quantile on [0, 1]. */
	public double quantile(double u) {
		if (u <= 0) {
			return 0;
		}
		if (u >= 1) {
			return 1;
		}
		double at = u * INTERVALS;
		int k = (int) at;
		return inverse[k] + (at - k) * (inverse[k + 1] - inverse[k]);
	}

	private double between(int lo, int hi, double u) {
		double span = cdf[hi] - cdf[lo];
		double t = span > 0 ? (u - cdf[lo]) / span : 0;
		return (lo + t) / INTERVALS;
	}
}
