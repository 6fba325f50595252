package org.wbsmodeler.risk.sampling;

/**
 * A three-point estimate as a distribution: optimistic {@code o}, most likely {@code m}, pessimistic {@code p}
 * ({@code o ≤ m ≤ p}). Sampled by its quantile function, so that a Latin hypercube's strata map to equal-probability
 * slices of the distribution.
 */
public record ThreePoint(double optimistic, double mostLikely, double pessimistic, Shape shape) {

	public ThreePoint {
		if (!(optimistic <= mostLikely && mostLikely <= pessimistic) || optimistic < 0 || !Double.isFinite(pessimistic)) {
			throw new IllegalArgumentException("a three-point estimate needs 0 <= optimistic <= most likely <= pessimistic: "
					+ optimistic + ", " + mostLikely + ", " + pessimistic);
		}
	}

	public double width() {
		return pessimistic - optimistic;
	}

	/** The value below which a share {@code u} of the distribution lies. */
	public double quantile(double u) {
		double w = width();
		if (w == 0) {
			return mostLikely;
		}
		return switch (shape) {
		case UNIFORM -> uniform(optimistic, w, u);
		case TRIANGULAR -> triangular(optimistic, w, (mostLikely - optimistic) / w, u);
		case BETA_PERT -> optimistic + w * BetaPert.forMode((mostLikely - optimistic) / w).quantile(u);
		};
	}

	/** The uniform quantile from {@code o} over width {@code w}. */
	static double uniform(double o, double w, double u) {
		return o + u * w;
	}

	/** The triangular quantile from {@code o} over width {@code w > 0}, the mode at share {@code c} of the width. */
	static double triangular(double o, double w, double c, double u) {
		return o + w * (u < c ? Math.sqrt(u * c) : 1 - Math.sqrt((1 - u) * (1 - c)));
	}

	public double mean() {
		return switch (shape) {
		case UNIFORM -> (optimistic + pessimistic) / 2;
		case TRIANGULAR -> (optimistic + mostLikely + pessimistic) / 3;
		case BETA_PERT -> (optimistic + 4 * mostLikely + pessimistic) / 6;
		};
	}

	public double variance() {
		double o = optimistic;
		double m = mostLikely;
		double p = pessimistic;
		return switch (shape) {
		case UNIFORM -> (p - o) * (p - o) / 12;
		case TRIANGULAR -> (o * o + m * m + p * p - o * m - o * p - m * p) / 18;
		case BETA_PERT -> (mean() - o) * (p - mean()) / 7;
		};
	}
}
