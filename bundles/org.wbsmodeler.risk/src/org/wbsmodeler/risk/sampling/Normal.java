package org.wbsmodeler.risk.sampling;

/** The standard normal distribution's CDF and quantile, for the Gaussian copula of partly correlated groups. */
public final class Normal {

	private static final double[] A = { -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01,
			2.506628277459239e+00 };
	private static final double[] B = { -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01 };
	private static final double[] C = { -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00,
			2.938163982698783e+00 };
	private static final double[] D = { 7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00 };
	private static final double LOW = 0.02425;

	private Normal() {
	}

	/** Φ(z), from erfc (W. J. Cody's rational approximations as in Numerical Recipes' erfcc, relative error < 1.2e-7). */
	public static double cdf(double z) {
		double x = Math.abs(z) / Math.sqrt(2);
		double t = 1 / (1 + 0.5 * x);
		double erfc = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
				+ t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
		double upper = 0.5 * erfc;
		return z >= 0 ? 1 - upper : upper;
	}

	/** Φ⁻¹(p) for 0 &lt; p &lt; 1 (P. J. Acklam's algorithm, relative error &lt; 1.15e-9). */
	public static double quantile(double p) {
		if (p <= 0) {
			return Double.NEGATIVE_INFINITY;
		}
		if (p >= 1) {
			return Double.POSITIVE_INFINITY;
		}
		if (p < LOW) {
			double q = Math.sqrt(-2 * Math.log(p));
			return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
		}
		if (p > 1 - LOW) {
			double q = Math.sqrt(-2 * Math.log(1 - p));
			return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
		}
		double q = p - 0.5;
		double r = q * q;
		return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
				/ (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
	}
}
