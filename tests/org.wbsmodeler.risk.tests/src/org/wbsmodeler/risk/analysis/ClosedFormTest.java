package org.wbsmodeler.risk.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.wbsmodeler.risk.analysis.Plans.days;
import static org.wbsmodeler.risk.analysis.Plans.link;
import static org.wbsmodeler.risk.analysis.Plans.range;
import static org.wbsmodeler.risk.analysis.Plans.task;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Project;

/**
 * Risk analysis against closed forms. With Latin hypercube sampling each of the N strata holds exactly one sample of
 * a single task, so the nearest-rank percentile p lies between the quantiles at p − 1/N and p: that (plus a minute
 * of rounding) is the error the single-task tests allow. Sums and maxima of several tasks pair strata at random, so
 * their tests allow four standard errors of the estimate, stated at each assertion.
 */
public class ClosedFormTest {

	private static final int N = 10_000;
	private static final double MINUTE = 1.0 / 1440;

	private static RiskResult run(Project p, int iterations) throws RiskInputException {
		return RiskAnalysis.run(p, List.of(), RiskOptions.defaults().withIterations(iterations).withSeed(42));
	}

	/** Percentile p of the finish, in days after the start. */
	private static double pDays(RiskResult r, double p) {
		return days(r.finish().percentileMinutes(p));
	}

	private static void assertPercentiles(RiskResult r, DoubleUnaryOperator quantile) {
		for (double p : RiskResult.REPORTED) {
			double low = quantile.applyAsDouble(p - 1.0 / N) - MINUTE;
			double high = quantile.applyAsDouble(p) + MINUTE;
			double got = pDays(r, p);
			assertTrue("P" + Math.round(p * 100) + " = " + got + " not in [" + low + ", " + high + "]", got >= low && got <= high);
		}
	}

	@Test
	public void uniformTaskHasUniformPercentilesAndMean() throws Exception {
		Project p = Plans.project();
		range(task(p, "U", 10), 4, 10, 16, DurationDistribution.UNIFORM);
		RiskResult r = run(p, N);
		assertPercentiles(r, u -> 4 + 12 * u);
		// LHS: the mean of one variable is off by at most half a stratum's width
		assertEquals(10, days(r.finish().meanMinutes()), 12.0 / N + MINUTE);
	}

	@Test
	public void triangularTaskHasTriangularPercentilesAndMean() throws Exception {
		Project p = Plans.project();
		range(task(p, "T", 5), 2, 5, 14, DurationDistribution.TRIANGULAR);
		RiskResult r = run(p, N);
		// F(x) = (x-2)²/(12·3) below the mode, 1 - (14-x)²/(12·9) above it
		assertPercentiles(r, u -> u < 0.25 ? 2 + Math.sqrt(36 * u) : 14 - Math.sqrt(108 * (1 - u)));
		assertEquals(7, days(r.finish().meanMinutes()), 12.0 / N + MINUTE);
	}

	@Test
	public void betaPertTaskHasPertMeanVarianceAndBetaPercentiles() throws Exception {
		Project p = Plans.project();
		// mode at a quarter of the range: Beta(2, 4) on [2, 14], CDF 1 - (1-x)^5 - 5x(1-x)^4
		range(task(p, "B", 5), 2, 5, 14, DurationDistribution.BETA_PERT);
		RiskResult r = run(p, N);
		for (double q : RiskResult.REPORTED) {
			double x = (pDays(r, q) - 2) / 12;
			double cdf = 1 - Math.pow(1 - x, 5) - 5 * x * Math.pow(1 - x, 4);
			// one stratum (1/N) plus the table's interpolation error (well under 1e-3 of probability)
			assertEquals("CDF at P" + Math.round(q * 100), q, cdf, 1.0 / N + 1e-3);
		}
		assertEquals((2 + 4 * 5 + 14) / 6.0, days(r.finish().meanMinutes()), 0.01);
	}

	@Test
	public void chainOfIndependentTasksAddsMeansAndVariances() throws Exception {
		Project p = Plans.project();
		Plans.chain(p, 10, 10, 5, 10, 15, DurationDistribution.UNIFORM);
		int n = 4000;
		RiskResult r = run(p, n);
		double[] finishes = finishes(r, n);
		double mean = mean(finishes);
		double variance = variance(finishes, mean);
		double expectedVariance = 10 * 100 / 12.0;
		// mean: LHS keeps each marginal's mean exact to a stratum; sum of 10 → 10 * 10/N
		assertEquals(100, mean, 10 * 10.0 / n + 10 * MINUTE);
		// variance: the sample variance's standard error is about σ²·sqrt(2/n) (the sum is close to normal); allow 4 of them
		assertEquals(expectedVariance, variance, 4 * expectedVariance * Math.sqrt(2.0 / n));
	}

	@Test
	public void twoEqualParallelPathsShowMergeBias() throws Exception {
		Project p = Plans.project();
		Activity a = range(task(p, "A", 10), 5, 10, 15, DurationDistribution.UNIFORM);
		Activity b = range(task(p, "B", 10), 5, 10, 15, DurationDistribution.UNIFORM);
		Activity end = task(p, "End", 0);
		link(a, end);
		link(b, end);
		RiskResult r = run(p, N);
		assertEquals(1.0, r.criticality().get(end), 0);
		// max of two U(5, 15): F(x) = ((x-5)/10)², mean 5 + 20/3, median 5 + 10/√2
		double se = Math.sqrt(0.25 / N);
		assertEquals(0.5, r.finish().probabilityBy(Plans.START.plusMinutes(Math.round((5 + 10 / Math.sqrt(2)) * 1440))), 4 * se + 1.0 / N);
		assertEquals(0.25, r.finish().probabilityBy(Plans.START.plusMinutes(10 * 1440)), 4 * Math.sqrt(0.25 * 0.75 / N) + 1.0 / N);
		double sdMax = Math.sqrt(2 * 10.0 * 10 / ((2 + 1) * (2 + 1) * (2 + 2))); // order statistic of 2 uniforms: 2w²/36·... = w·√(2/36)
		assertEquals(5 + 20 / 3.0, days(r.finish().meanMinutes()), 4 * sdMax / Math.sqrt(N));
		// the plan's own date (both at 10 days) is made only when both are early: one chance in four
		assertTrue(r.finish().percentile(0.5).isAfter(r.finish().deterministic()));
		// each path is critical in about half of the iterations
		assertEquals(0.5, r.criticality().get(a), 4 * se);
		assertEquals(0.5, r.criticality().get(b), 4 * se);
	}

	@Test
	public void fullCorrelationMakesParallelPathsOne() throws Exception {
		Project p = Plans.project();
		Activity a = range(task(p, "A", 10), 5, 10, 15, DurationDistribution.UNIFORM);
		Activity b = range(task(p, "B", 10), 5, 10, 15, DurationDistribution.UNIFORM);
		Activity end = task(p, "End", 0);
		link(a, end);
		link(b, end);
		Plans.group(p, 1.0, a, b);
		RiskResult r = run(p, N);
		assertPercentiles(r, u -> 5 + 10 * u); // no merge bias left: the distribution of one path
		assertEquals(1.0, r.criticality().get(a), 0);
		assertEquals(1.0, r.criticality().get(b), 0);
	}

	@Test
	public void partialCorrelationSitsBetweenIndependentAndFull() throws Exception {
		double[] meanByRho = new double[3];
		double[] rhos = { 0, 0.5, 1 };
		for (int k = 0; k < 3; k++) {
			Project p = Plans.project();
			Activity a = range(task(p, "A", 10), 5, 10, 15, DurationDistribution.UNIFORM);
			Activity b = range(task(p, "B", 10), 5, 10, 15, DurationDistribution.UNIFORM);
			Plans.group(p, rhos[k], a, b);
			meanByRho[k] = days(run(p, 4000).finish().meanMinutes());
		}
		// the expected maximum falls as the paths move together: 5 + 20/3 at 0, 10 at 1
		assertEquals(5 + 20 / 3.0, meanByRho[0], 0.1);
		assertEquals(10, meanByRho[2], 0.01);
		assertTrue(meanByRho[1] < meanByRho[0] - 0.2 && meanByRho[1] > meanByRho[2] + 0.2);
	}

	@Test
	public void partlyCorrelatedMembersKeepTheirOwnDistributions() throws Exception {
		// the Gaussian copula moves each member with the group's draw but leaves its marginal as it was: A alone sets
		// the finish (B is always shorter), so the finish is A's uniform, in two groups sharing one draw each
		Project p = Plans.project();
		Activity a = range(task(p, "A", 10), 4, 10, 16, DurationDistribution.UNIFORM);
		Activity b = range(task(p, "B", 1), 0.5, 1, 2, DurationDistribution.TRIANGULAR);
		Activity c = range(task(p, "C", 1), 0.5, 1, 2, DurationDistribution.BETA_PERT);
		Activity d = range(task(p, "D", 1), 0.5, 1, 2, DurationDistribution.UNIFORM);
		Plans.group(p, 0.6, a, b);
		Plans.group(p, 0.3, c, d);
		RiskResult r = run(p, N);
		for (double q : RiskResult.REPORTED) {
			// not stratified once mixed: four standard errors of a share of N draws, in days of a 12-day-wide uniform
			double tolerance = 12 * 4 * Math.sqrt(q * (1 - q) / N) + MINUTE;
			assertEquals("P" + Math.round(q * 100), 4 + 12 * q, pDays(r, q), tolerance);
		}
		assertEquals(1.0, r.criticality().get(a), 0);
	}

	static double[] finishes(RiskResult r, int n) {
		double[] f = new double[n];
		for (int i = 0; i < n; i++) {
			f[i] = days(r.finish().percentileMinutes((i + 1.0) / n));
		}
		return f;
	}

	static double mean(double[] x) {
		double s = 0;
		for (double v : x) {
			s += v;
		}
		return s / x.length;
	}

	static double variance(double[] x, double mean) {
		double s = 0;
		for (double v : x) {
			s += (v - mean) * (v - mean);
		}
		return s / (x.length - 1);
	}
}
