package org.wbsmodeler.risk.analysis;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.WorkingPeriod;

/**
 * The analysis reschedules most plans on the durations-only path (every pass in the first schedule's order, no
 * free float); plans where few activities vary go through the incremental scheduler, which is pinned to a full
 * schedule elsewhere. Both must give the same answer to the minute: random plans with two calendars (a holiday,
 * a six-day week), all four link types with lags and leads, constraints (ALAP, SNET, FNLT, MSO), milestones,
 * started, finished and manual tasks and a correlation group, analysed both ways.
 */
public class DurationsOnlyPathTest {

	private static final WbsFactory F = WbsFactory.eINSTANCE;
	private static final DependencyType[] TYPES = DependencyType.VALUES.toArray(DependencyType[]::new);
	private static final DurationDistribution[] SHAPES = DurationDistribution.VALUES.toArray(DurationDistribution[]::new);

	@Test
	public void sameAnswerAsTheIncrementalScheduler() throws Exception {
		Random random = new Random(24);
		int partlyCritical = 0;
		for (int k = 0; k < 6; k++) {
			Project plan = plan(random);
			RiskOptions options = RiskOptions.defaults().withIterations(400).withSeed(k).withThreads(2);
			RiskResult durationsOnly = RiskAnalysis.run(plan, List.of(), options);
			RiskResult incremental;
			System.setProperty("wbs.risk.incremental", "true");
			try {
				incremental = RiskAnalysis.run(plan, List.of(), options);
			} finally {
				System.clearProperty("wbs.risk.incremental");
			}
			assertEquals("plan " + k, describe(incremental), describe(durationsOnly));
			partlyCritical += (int) durationsOnly.criticality().values().stream().filter(c -> c > 0 && c < 1).count();
		}
		assertTrue("criticality varies between iterations", partlyCritical > 10);
	}

	private static String describe(RiskResult r) {
		StringBuilder s = new StringBuilder();
		for (int q = 1; q <= 100; q++) {
			s.append(r.finish().percentileMinutes(q / 100.0)).append(' ');
		}
		for (Map.Entry<WbsElement, DateDistribution> m : r.milestones().entrySet()) {
			s.append(m.getKey().getName()).append(' ').append(m.getValue().percentile(0.1)).append(' ').append(m.getValue().percentile(0.9)).append(' ');
		}
		return s.append(r.criticality()).append(r.drivers()).append(r.cost().percentile(0.8)).toString();
	}

	private static Project plan(Random random) {
		Project p = F.createProject();
		p.setName("durations only");
		LocalDateTime start = LocalDateTime.of(2027, 2, 1, 8, 0);
		p.setStart(start);
		Calendar standard = calendar("Standard", 8 * 60, 17 * 60, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
				Weekday.FRIDAY);
		CalendarException holiday = F.createCalendarException();
		holiday.setName("Carnival");
		holiday.setFrom(LocalDateTime.of(2027, 2, 15, 0, 0));
		holiday.setTo(LocalDateTime.of(2027, 2, 16, 23, 59));
		holiday.setWorking(false);
		standard.getExceptions().add(holiday);
		Calendar sixDays = calendar("Six days", 7 * 60, 15 * 60, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY,
				Weekday.FRIDAY, Weekday.SATURDAY);
		p.getCalendars().add(standard);
		p.getCalendars().add(sixDays);
		p.setDefaultCalendar(standard);
		List<WbsElement> leaves = new ArrayList<>();
		List<Activity> team = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			WbsElement e;
			if (i % 15 == 14) {
				e = F.createMilestone();
			} else {
				Activity a = F.createActivity();
				double d = 1 + random.nextInt(8);
				a.setDuration(d);
				a.setOptimisticDuration(d * (0.5 + 0.1 * random.nextInt(5)));
				a.setMostLikelyDuration(d);
				a.setPessimisticDuration(d * (1 + 0.25 * random.nextInt(5)));
				a.setDurationDistribution(SHAPES[random.nextInt(SHAPES.length)]);
				a.setEffort(d * 8);
				if (random.nextInt(5) == 0) {
					a.setCalendar(sixDays);
				}
				if (random.nextInt(6) == 0) {
					team.add(a);
				}
				e = a;
			}
			e.setName((e instanceof Milestone ? "Gate " : "Task ") + i);
			p.getChildren().add(e);
			progress(random, e, i, start);
			if (!leaves.isEmpty()) {
				for (int l = 0; l < 1 + random.nextInt(2); l++) {
					Dependency link = F.createDependency();
					link.setPredecessor(leaves.get(leaves.size() - 1 - random.nextInt(Math.min(leaves.size(), 8))));
					link.setType(TYPES[random.nextInt(TYPES.length)]);
					if (random.nextInt(4) == 0) {
						link.setLag(random.nextInt(4) - 1);
					}
					e.getPredecessors().add(link);
				}
			}
			leaves.add(e);
		}
		Plans.group(p, 0.5, team.toArray(Activity[]::new));
		return p;
	}

	/** Constraints on some, progress on a few early ones, one manual task. */
	private static void progress(Random random, WbsElement e, int i, LocalDateTime start) {
		if (random.nextInt(7) == 0) {
			ConstraintType[] kinds = { ConstraintType.ALAP, ConstraintType.SNET, ConstraintType.FNLT, ConstraintType.MSO };
			ConstraintType kind = kinds[random.nextInt(kinds.length)];
			e.setConstraintType(kind);
			if (kind != ConstraintType.ALAP) {
				e.setConstraintDate(start.plusDays(5 + random.nextInt(40)).withHour(8 + random.nextInt(9)));
			}
		}
		if (!(e instanceof Activity a)) {
			return;
		}
		if (i == 1) {
			a.setActualStart(start);
			a.setActualFinish(start.plusDays(2).withHour(17));
			a.setPercentComplete(100);
		} else if (i == 2 || i == 4) {
			a.setActualStart(start.plusHours(1));
			a.setPercentComplete(40);
		} else if (i == 7) {
			a.setTaskMode(TaskMode.MANUAL);
			a.setManualStart(start.plusDays(3));
			a.setManualFinish(start.plusDays(6).withHour(17));
		}
	}

	private static Calendar calendar(String name, int from, int to, Weekday... days) {
		Calendar c = F.createCalendar();
		c.setName(name);
		c.getWorkingDays().addAll(List.of(days));
		WorkingPeriod morning = F.createWorkingPeriod();
		morning.setStartMinute(from);
		morning.setEndMinute(from + 4 * 60);
		WorkingPeriod afternoon = F.createWorkingPeriod();
		afternoon.setStartMinute(from + 5 * 60);
		afternoon.setEndMinute(to);
		c.getPeriods().add(morning);
		c.getPeriods().add(afternoon);
		return c;
	}
}
