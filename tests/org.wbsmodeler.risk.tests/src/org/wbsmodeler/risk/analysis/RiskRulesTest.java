package org.wbsmodeler.risk.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.wbsmodeler.risk.analysis.Plans.link;
import static org.wbsmodeler.risk.analysis.Plans.range;
import static org.wbsmodeler.risk.analysis.Plans.task;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.risk.event.RiskEvent;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.testing.TimeZones;

/** Reproducibility, the schedule's rules inside the iterations, events, drivers and refused input. */
public class RiskRulesTest {

	private static RiskOptions options(int n) {
		return RiskOptions.defaults().withIterations(n).withSeed(7);
	}

	/** A plan on the standard calendar with lags, an SS link and a constraint; every task with a range. */
	private static Project workingPlan(boolean zeroWidth) {
		Project p = Plans.project();
		Activity a = task(p, "Design", 5);
		Activity b = task(p, "Build", 10);
		Activity c = task(p, "Test", 4);
		Activity d = task(p, "Train", 3);
		p.getCalendars().clear(); // the standard calendar: nights and weekends
		p.setDefaultCalendar(null);
		for (Activity x : List.of(a, b, c, d)) {
			double w = zeroWidth ? 0 : x.getDuration() / 2;
			range(x, x.getDuration() - w / 2, x.getDuration(), x.getDuration() + w, DurationDistribution.TRIANGULAR);
		}
		link(a, b);
		link(b, c);
		c.getPredecessors().get(0).setLag(1.5);
		link(a, d);
		d.getPredecessors().get(0).setType(DependencyType.SS);
		d.setConstraintType(ConstraintType.SNET);
		d.setConstraintDate(LocalDateTime.of(2027, 2, 10, 0, 0));
		return p;
	}

	@Test
	public void zeroWidthRangesGiveTheDeterministicScheduleExactly() throws Exception {
		Project p = workingPlan(true);
		RiskResult r = RiskAnalysis.run(p, List.of(), options(200));
		LocalDateTime plan = ProjectSchedule.compute(p).projectFinish();
		for (double q : new double[] { 0, 0.1, 0.5, 0.9, 1 }) {
			assertEquals(plan, r.finish().percentile(q));
		}
		assertEquals(plan, r.finish().deterministic());
		assertEquals(1.0, r.finish().deterministicProbability(), 0);
		assertEquals(r.cost().deterministic(), r.cost().percentile(0.9), 0);
	}

	@Test
	public void sameSeedSameAnswerWhateverTheThreadsAndZone() throws Exception {
		Project p = workingPlan(false);
		RiskResult one = RiskAnalysis.run(p, List.of(), options(3000).withThreads(1));
		for (int threads : new int[] { 2, 3, 8 }) {
			RiskResult many = RiskAnalysis.run(p, List.of(), options(3000).withThreads(threads));
			assertSame(one, many);
		}
		String first = TimeZones.sameInEveryZone(() -> describe(RiskAnalysis.run(p, List.of(), options(3000))));
		assertEquals(describe(one), first);
		RiskResult other = RiskAnalysis.run(p, List.of(), options(3000).withSeed(8));
		assertNotEquals(describe(one), describe(other));
	}

	private static void assertSame(RiskResult a, RiskResult b) {
		assertEquals(describe(a), describe(b));
	}

	private static String describe(RiskResult r) {
		StringBuilder s = new StringBuilder();
		for (int k = 1; k <= 100; k++) {
			s.append(r.finish().percentileMinutes(k / 100.0)).append(' ');
		}
		s.append(r.criticality()).append(r.drivers()).append(r.cost().percentile(0.8));
		return s.toString();
	}

	@Test
	public void finishedTasksDoNotVary() throws Exception {
		Project p = Plans.project();
		Activity done = range(task(p, "Done", 5), 2, 5, 20, DurationDistribution.UNIFORM);
		done.setActualStart(Plans.START);
		done.setActualFinish(Plans.START.plusDays(5));
		done.setPercentComplete(100);
		Activity next = task(p, "Next", 3);
		link(done, next);
		RiskResult r = RiskAnalysis.run(p, List.of(), options(500));
		assertEquals(r.finish().deterministic(), r.finish().percentile(0));
		assertEquals(r.finish().deterministic(), r.finish().percentile(1));
	}

	@Test
	public void manualTasksStayAtTheirDates() throws Exception {
		Project p = Plans.project();
		Activity manual = range(task(p, "Manual", 5), 2, 5, 20, DurationDistribution.UNIFORM);
		manual.setTaskMode(org.wbsmodeler.model.TaskMode.MANUAL);
		manual.setManualStart(Plans.START);
		manual.setManualFinish(Plans.START.plusDays(6));
		RiskResult r = RiskAnalysis.run(p, List.of(), options(300));
		assertEquals(Plans.START.plusDays(6), r.finish().percentile(1));
		assertEquals(Plans.START.plusDays(6), r.finish().percentile(0));
	}

	@Test
	public void anEventDelaysItsTaskWithItsProbability() throws Exception {
		Project p = Plans.project();
		Activity a = task(p, "Migrate", 10);
		RiskEvent vendorLate = new RiskEvent("vendor late", 0.3, List.of(new RiskEvent.Impact(a, 5, 1000)));
		int n = 5000;
		RiskResult r = RiskAnalysis.run(p, List.of(vendorLate), options(n));
		// LHS on the event: exactly the share of strata below 0.3, to one stratum
		assertEquals(0.7, r.finish().probabilityBy(Plans.START.plusDays(10)), 1.0 / n);
		assertEquals(Plans.START.plusDays(15), r.finish().percentile(0.9));
		assertEquals(r.cost().deterministic() + 1000, r.cost().percentile(0.9), 1e-9);
		// the event is the one driver: the task has no range of its own
		assertEquals(1, r.drivers().size());
		assertEquals("vendor late", r.drivers().get(0).name());
		assertEquals(1.0, r.drivers().get(0).correlation(), 1e-9);
		assertEquals(0.3, r.drivers().get(0).criticality(), 1.0 / n);
	}

	@Test
	public void theWidestTaskOnTheCriticalPathDrivesTheFinish() throws Exception {
		Project p = Plans.project();
		Activity narrow = range(task(p, "Narrow", 10), 9, 10, 11, DurationDistribution.TRIANGULAR);
		Activity wide = range(task(p, "Wide", 10), 5, 10, 25, DurationDistribution.TRIANGULAR);
		// wide, but never longer than the chain's shortest (9 + 5 days): never critical, no pull on the finish
		Activity off = range(task(p, "Off the path", 1), 0.5, 1, 13, DurationDistribution.TRIANGULAR);
		link(narrow, wide);
		RiskResult r = RiskAnalysis.run(p, List.of(), options(2000));
		assertEquals(wide, r.drivers().get(0).element());
		assertEquals(narrow, r.drivers().get(1).element());
		assertTrue(r.drivers().get(0).swingDays() > r.drivers().get(1).swingDays());
		assertEquals(off, r.drivers().get(2).element());
		assertEquals(0.0, r.criticality().get(off), 0);
		assertEquals(1.0, r.criticality().get(wide), 0);
	}

	@Test
	public void badInputIsOneLineNamingTheTaskAndNothingRuns() {
		Project p = Plans.project();
		Activity a = task(p, "Configure", 5);
		range(a, 8, 9, 4, DurationDistribution.TRIANGULAR);
		assertRefused(p, List.of(), "Configure", "pessimistic duration 4.0 is less than optimistic 8.0");
		range(a, 4, 5, 8, DurationDistribution.TRIANGULAR);
		assertRefused(p, List.of(new RiskEvent("outage", 1.5, List.of(new RiskEvent.Impact(a, 2, 0)))), "Configure", "probability 1.5, outside 0 to 1");
		Activity b = task(p, "Load data", -2);
		assertRefused(p, List.of(), "Load data", "negative duration");
		b.setDuration(2);
		range(b, -1, 2, 3, DurationDistribution.UNIFORM);
		assertRefused(p, List.of(), "Load data", "negative duration");
	}

	private static void assertRefused(Project p, List<RiskEvent> events, String task, String problem) {
		try {
			RiskAnalysis.run(p, events, options(10));
			fail("ran on bad input");
		} catch (RiskInputException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(task) && e.getMessage().contains(problem));
			assertTrue(e.getMessage(), !e.getMessage().contains("\n"));
		}
	}
}
