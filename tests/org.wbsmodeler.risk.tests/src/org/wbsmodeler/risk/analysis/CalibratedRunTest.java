package org.wbsmodeler.risk.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.wbsmodeler.risk.analysis.Plans.days;
import static org.wbsmodeler.risk.analysis.Plans.range;
import static org.wbsmodeler.risk.analysis.Plans.task;

import java.time.Duration;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.risk.appraisal.Calibration;
import org.wbsmodeler.risk.appraisal.EstimateAppraisal;

/**
 * {@code --calibrate}: a plan with known actuals on a 24/7 calendar (a day is 1440 minutes, so the ratios are read
 * straight off the dates), the bias worked out here from those dates, and the next run's percentiles against the
 * closed form of the range the record gives. Single-task error as in {@link ClosedFormTest}: one stratum.
 */
public class CalibratedRunTest {

	private static final WbsFactory F = WbsFactory.eINSTANCE;
	private static final int N = 4000;
	private static final double MINUTE = 1.0 / 1440;

	/** Ann's record: two finished tasks, estimated 2 and 3 days, taking 5 and 3 days. */
	private static Project planWithRecord(Resource[] ann) {
		Project p = Plans.project();
		p.setStatusDate(Plans.START.plusDays(20));
		Resource r = F.createResource();
		r.setName("Ann");
		p.getResources().add(r);
		ann[0] = r;
		Baseline baseline = F.createBaseline();
		baseline.setName("signed off");
		p.getBaselines().add(baseline);
		done(p, baseline, r, "Workshops", 2, 5);
		done(p, baseline, r, "Fit-gap", 3, 3);
		return p;
	}

	private static void done(Project p, Baseline baseline, Resource r, String name, double estimated, double took) {
		Activity a = assigned(task(p, name, took), r);
		a.setActualStart(Plans.START);
		a.setActualFinish(Plans.START.plus(Duration.ofMinutes(Math.round(took * 1440))));
		a.setPercentComplete(100);
		BaselineEntry entry = F.createBaselineEntry();
		entry.setElement(a);
		entry.setDuration(estimated);
		entry.setWork(estimated * 24);
		baseline.getEntries().add(entry);
	}

	private static Activity assigned(Activity a, Resource r) {
		Assignment as = F.createAssignment();
		as.setResource(r);
		as.setUnits(1);
		a.getAssignments().add(as);
		return a;
	}

	/** Ann's ratios (actual ÷ estimated) from the record above. */
	private static final double[] RATIOS = { 5.0 / 2, 3.0 / 3 };

	private static double mean() {
		return (RATIOS[0] + RATIOS[1]) / 2;
	}

	@Test
	public void aTaskWithoutARangeGetsTheRangeOfTheTeamsRecord() throws Exception {
		Resource[] ann = new Resource[1];
		Project p = planWithRecord(ann);
		// 4 days, no three-point estimate: without calibration it never varies
		Activity build = assigned(task(p, "Build", 4), ann[0]);
		Calibration calibration = EstimateAppraisal.of(p).calibration(p);
		assertEquals(1, calibration.sources().size());
		assertEquals("resource", calibration.sources().get(0).group().dimension());
		assertEquals(List.of(build), calibration.sources().get(0).activities());
		assertEquals(mean() - 1, calibration.sources().get(0).group().durationBias(), 1e-9);

		RiskResult plain = run(p, RiskOptions.defaults());
		assertEquals(plain.finish().percentileMinutes(0.1), plain.finish().percentileMinutes(0.9), 0);
		RiskResult r = run(p, RiskOptions.defaults().withCalibration(calibration.biases()));
		// triangular from 4·least over 4·mean to 4·most days (the done tasks end by day 5, below the least of 4·1)
		double o = 4 * Math.min(RATIOS[0], RATIOS[1]);
		double m = 4 * mean();
		double pes = 4 * Math.max(RATIOS[0], RATIOS[1]);
		double f = (m - o) / (pes - o);
		DoubleUnaryOperator triangular = u -> u < f ? o + Math.sqrt(u * (pes - o) * (m - o)) : pes - Math.sqrt((1 - u) * (pes - o) * (pes - m));
		for (double q : new double[] { 0.5, 0.8, 0.9 }) {
			double low = Math.max(5, triangular.applyAsDouble(q - 1.0 / N)) - MINUTE;
			double high = Math.max(5, triangular.applyAsDouble(q)) + MINUTE;
			double got = days(r.finish().percentileMinutes(q));
			assertTrue("P" + Math.round(q * 100) + " = " + got + " not in [" + low + ", " + high + "]", got >= low && got <= high);
		}
	}

	@Test
	public void aTasksOwnRangeMovesByTheMeanBias() throws Exception {
		Resource[] ann = new Resource[1];
		Project p = planWithRecord(ann);
		range(assigned(task(p, "Build", 6), ann[0]), 4, 6, 10, DurationDistribution.UNIFORM);
		RiskResult r = run(p, RiskOptions.defaults().withCalibration(EstimateAppraisal.of(p).calibration(p).biases()));
		// uniform on [4·mean, 10·mean]; every value is above the done tasks' day 5
		double k = mean();
		for (double q : RiskResult.REPORTED) {
			double low = k * (4 + 6 * (q - 1.0 / N)) - MINUTE;
			double high = k * (4 + 6 * q) + MINUTE;
			double got = days(r.finish().percentileMinutes(q));
			assertTrue("P" + Math.round(q * 100) + " = " + got + " not in [" + low + ", " + high + "]", got >= low && got <= high);
		}
	}

	@Test
	public void withoutARecordNothingIsCalibrated() {
		Project p = Plans.project();
		task(p, "Build", 4);
		Calibration calibration = EstimateAppraisal.of(p).calibration(p);
		assertTrue(calibration.isEmpty());
		assertTrue(calibration.biases().isEmpty());
	}

	private static RiskResult run(Project p, RiskOptions options) throws RiskInputException {
		return RiskAnalysis.run(p, List.of(), options.withIterations(N).withSeed(5));
	}
}
