package org.wbsmodeler.schedule.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.schedule.mpxj.MpxjSchedule;

/**
 * MS Project's own rules on small plans written for each: manual tasks, elapsed durations and lags, resource
 * calendars, progress. Each plan's dates are worked out by hand and, where MPXJ's MicrosoftScheduler models the rule,
 * compared with it activity by activity.
 */
public class MsProjectRulesTest {

	private static LocalDateTime at(int month, int day, int hour) {
		return LocalDateTime.of(2027, month, day, hour, 0);
	}

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("P", LocalDate.of(2027, 2, 1)); // a Monday, 08:00
	private final Deliverable deliverable = build.deliverable(build.phase(project, "Phase", null), "D", null);
	private final Activity a = build.activity(deliverable, "A", 2, 16);
	private final Activity b = build.activity(deliverable, "B", 1, 8);
	private final Activity c = build.activity(deliverable, "C", 1, 8);

	{
		build.link(a, b);
		build.link(b, c);
	}

	@Test
	public void manualTaskStaysPutWhileItsPredecessorGrowsAndIsNamedInAWarning() throws Exception {
		b.setTaskMode(TaskMode.MANUAL);
		b.setManualStart(at(2, 3, 8)); // Wednesday, right after A
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 3, 8), schedule.earlyStart(b));
		assertEquals(at(2, 3, 17), schedule.earlyFinish(b)); // no manual finish: start + duration
		assertTrue(schedule.warnings().isEmpty());

		a.setDuration(4); // A now ends Thursday evening: B would move to Friday, but stays
		schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 3, 8), schedule.earlyStart(b));
		assertEquals(at(2, 4, 8), schedule.earlyStart(c)); // the successor follows the manual task, not A
		// the conflict, and the negative float it forces on A (as MS Project shows it)
		assertEquals(2, schedule.warnings().size());
		String warning = schedule.warnings().get(0);
		assertTrue(warning, warning.startsWith("manually scheduled 1.1.2 B stays at 2027-02-03T08:00")
				&& warning.contains("2027-02-05T08:00"));
		assertTrue(schedule.warnings().get(1), schedule.warnings().get(1).startsWith("manually scheduled 1.1.2 B at 2027-02-03T08:00 forces negative float on 1 activities"));
		assertTrue(schedule.totalFloat(a) < 0);
		// ./wbs why says what holds it
		assertTrue(schedule.explain(b).toString(), schedule.explain(b).toString().contains("1.1.2 B 2027-02-03T08:00 <- manually scheduled at 2027-02-03T08:00"));
	}

	@Test
	public void manualTaskWithoutStartIsScheduledAndNamed() throws Exception {
		b.setTaskMode(TaskMode.MANUAL);
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		assertEquals(at(2, 3, 8), schedule.earlyStart(b));
		assertEquals(List.of("1.1.2 B is manually scheduled without a start: scheduled automatically (MS Project leaves it unscheduled)"),
				schedule.warnings());
	}

	@Test
	public void manualFinishWinsOverTheDuration() throws Exception {
		b.setTaskMode(TaskMode.MANUAL);
		b.setManualStart(at(2, 8, 8));
		b.setManualFinish(at(2, 10, 12));
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 10, 12), schedule.earlyFinish(b));
		assertEquals(at(2, 10, 13), schedule.earlyStart(c));
	}

	@Test
	public void elapsedDurationRunsThroughNightsAndWeekends() throws Exception {
		a.setDuration(1);
		a.setDurationElapsed(true); // 24 hours from Monday 08:00
		b.setDuration(2);
		b.setDurationElapsed(true); // 48 hours from Tuesday 08:00
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 2, 8), schedule.earlyFinish(a));
		assertEquals(at(2, 4, 8), schedule.earlyFinish(b));
		assertEquals(at(2, 4, 17), schedule.earlyFinish(c));
	}

	@Test
	public void elapsedLagCountsCalendarTimeThenTheSuccessorWaitsForWork() throws Exception {
		a.setDuration(5); // Monday to Friday 17:00
		b.getPredecessors().get(0).setLag(1);
		b.getPredecessors().get(0).setLagElapsed(true); // Saturday 17:00: B starts Monday 08:00
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 5, 17), schedule.earlyFinish(a));
		assertEquals(at(2, 8, 8), schedule.earlyStart(b));
		b.getPredecessors().get(0).setLag(0.25); // 6 hours: Friday 23:00, still Monday
		assertEquals(at(2, 8, 8), sameAsMicrosoftScheduler().earlyStart(b));
		b.getPredecessors().get(0).setLagElapsed(false); // a quarter of a working day instead: Monday 10:00
		assertEquals(at(2, 8, 10), sameAsMicrosoftScheduler().earlyStart(b));
	}

	@Test
	public void taskWorksWhenItsResourceWorks() throws Exception {
		Calendar partTime = build.calendar(project, "Mon Tue Thu");
		partTime.getWorkingDays().remove(Weekday.WEDNESDAY);
		partTime.getWorkingDays().remove(Weekday.FRIDAY);
		Resource anna = build.resource(project, "Anna", ResourceType.WORK, 50);
		anna.setCalendar(partTime);
		build.assign(a, anna, 1, 16);
		a.setDuration(3); // Monday, Tuesday, and Thursday (Anna does not work on Wednesday)
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 4, 17), schedule.earlyFinish(a));
		assertEquals(at(2, 5, 8), schedule.earlyStart(b));
		assertTrue(schedule.warnings().isEmpty());
	}

	@Test
	public void nightShiftResource() throws Exception {
		Calendar nights = build.calendar(project, "Nights");
		nights.getPeriods().clear();
		nights.getPeriods().add(build.period(18 * 60, 23 * 60));
		Resource ben = build.resource(project, "Ben", ResourceType.WORK, 50);
		ben.setCalendar(nights);
		build.assign(b, ben, 1, 8);
		b.setDuration(1); // 8 hours of nights after Tuesday 17:00: Tuesday 18–23 and Wednesday 18–21
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 2, 18), schedule.earlyStart(b));
		assertEquals(at(2, 3, 21), schedule.earlyFinish(b));
		assertEquals(at(2, 4, 8), schedule.earlyStart(c));
	}

	@Test
	public void materialResourcesAndOwnCalendarsKeepTheTaskCalendarWithANote() throws Exception {
		Calendar partTime = build.calendar(project, "Part time");
		partTime.getWorkingDays().remove(Weekday.WEDNESDAY);
		Resource concrete = build.resource(project, "Concrete", ResourceType.MATERIAL, 5);
		concrete.setCalendar(partTime);
		build.assign(a, concrete, 1, 0);
		Resource anna = build.resource(project, "Anna", ResourceType.WORK, 50);
		anna.setCalendar(partTime);
		Calendar own = build.calendar(project, "Own");
		b.setCalendar(own);
		build.assign(b, anna, 1, 8);
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		assertEquals(at(2, 2, 17), schedule.earlyFinish(a)); // a material resource has no say
		List<String> warnings = schedule.warnings();
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0), warnings.get(0).startsWith("1.1.2 B has its own calendar Own and resources on Part time"));
	}

	@Test
	public void startedTaskGoesOnFromItsActualStartAndSuccessorsFollow() throws Exception {
		b.setActualStart(at(2, 2, 8)); // started Tuesday, before A finished: out of sequence
		b.setPercentComplete(50);
		b.setDuration(2);
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 2, 8), schedule.earlyStart(b));
		assertEquals(at(2, 3, 17), schedule.earlyFinish(b)); // completed half Tuesday, the rest contiguous
		assertEquals(at(2, 4, 8), schedule.earlyStart(c));
		assertEquals(1, schedule.warnings().size());
		assertTrue(schedule.warnings().get(0), schedule.warnings().get(0).startsWith("1.1.2 B started at 2027-02-02T08:00"));
		assertTrue(schedule.explain(b).toString(), schedule.explain(b).toString().contains("<- actual start 2027-02-02T08:00"));
	}

	@Test
	public void finishedTaskStaysWhereItHappenedAndIsNoLongerCritical() throws Exception {
		a.setActualStart(at(2, 1, 8));
		a.setActualFinish(at(2, 4, 12)); // took three and a half days instead of two
		a.setPercentComplete(100);
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 4, 12), schedule.earlyFinish(a));
		assertEquals(at(2, 4, 13), schedule.earlyStart(b));
		assertFalse(schedule.isCritical(a));
		assertTrue(schedule.isCritical(b));
	}

	@Test
	public void completeWithoutActualFinishEndsAfterItsDuration() throws Exception {
		a.setActualStart(at(2, 2, 8));
		a.setPercentComplete(100);
		ProjectSchedule schedule = sameAsMicrosoftScheduler();
		assertEquals(at(2, 3, 17), schedule.earlyFinish(a));
	}

	@Test
	public void percentCompleteWithoutActualStartIsNamed() throws Exception {
		c.setPercentComplete(30);
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		assertEquals(at(2, 4, 8), schedule.earlyStart(c));
		assertEquals(1, schedule.warnings().size());
		assertTrue(schedule.warnings().get(0).startsWith("1.1.3 C is 30% complete without an actual start"));
	}

	@Test
	public void resourcesOnDifferentCalendarsAreNamed() throws Exception {
		Calendar nights = build.calendar(project, "Nights");
		nights.getPeriods().clear();
		nights.getPeriods().add(build.period(18 * 60, 23 * 60));
		Resource ben = build.resource(project, "Ben", ResourceType.WORK, 50);
		ben.setCalendar(nights);
		Resource anna = build.resource(project, "Anna", ResourceType.WORK, 50);
		build.assign(c, ben, 1, 8);
		build.assign(c, anna, 1, 8);
		List<String> warnings = ProjectSchedule.compute(project).warnings();
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0), warnings.get(0).startsWith("1.1.3 C has resources on different calendars (Nights, Standard)"));
		assertEquals(DayOfWeek.MONDAY, project.getStart().getDayOfWeek());
	}

	/** Schedules the plan and checks every activity's dates, float and critical flag against MicrosoftScheduler's. */
	private ProjectSchedule sameAsMicrosoftScheduler() throws Exception {
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		ScheduleNetwork network = schedule.network().network();
		ScheduleResult ours = schedule.result();
		MpxjSchedule theirs = MpxjSchedule.of(network);
		theirs.schedule();
		for (int i = 0; i < network.activityCount(); i++) {
			String what = network.label(i);
			assertEquals(what, theirs.earlyStart(i), ours.earlyStart(i));
			assertEquals(what, theirs.earlyFinish(i), ours.earlyFinish(i));
			assertEquals(what, theirs.lateStart(i), ours.lateStart(i));
			assertEquals(what, theirs.lateFinish(i), ours.lateFinish(i));
			assertEquals(what, theirs.start(i), ours.start(i));
			assertEquals(what, theirs.finish(i), ours.finish(i));
			assertEquals(what, theirs.totalSlack(i), ours.totalFloat(i));
			assertEquals(what, theirs.isCritical(i), ours.isCritical(i));
		}
		return schedule;
	}

	/**
	 * The live editor's path: a duration edit of a manual, a started and an elapsed task goes into the built network
	 * ({@link ModelNetwork#durationChanged}) and an incremental reschedule, and gives what a network built afresh
	 * gives, minute for minute.
	 */
	@Test
	public void durationEditsOfManualStartedAndElapsedTasksNeedNoRebuild() throws Exception {
		b.setTaskMode(TaskMode.MANUAL);
		b.setManualStart(at(2, 3, 8));
		a.setActualStart(at(2, 1, 8));
		a.setPercentComplete(25);
		c.setDurationElapsed(true);
		ModelNetwork model = ModelNetwork.of(project);
		org.wbsmodeler.schedule.cpm.IncrementalScheduler live = new org.wbsmodeler.schedule.cpm.IncrementalScheduler(model.network());
		for (Activity edited : List.of(a, b, c, a)) {
			edited.setDuration(edited.getDuration() + 1.5);
			assertTrue(model.durationChanged(edited));
			ScheduleResult incremental = live.reschedule();
			ModelNetwork fresh = ModelNetwork.of(project);
			ScheduleResult full = new org.wbsmodeler.schedule.cpm.IncrementalScheduler(fresh.network()).result();
			for (Activity x : List.of(a, b, c)) {
				int i = model.activity(x);
				assertEquals(edited.getName() + " edited: " + x.getName() + " start", full.start(fresh.activity(x)), incremental.start(i));
				assertEquals(edited.getName() + " edited: " + x.getName() + " finish", full.finish(fresh.activity(x)), incremental.finish(i));
				assertEquals(edited.getName() + " edited: " + x.getName() + " float", full.totalFloat(fresh.activity(x)), incremental.totalFloat(i));
			}
		}
		assertFalse("a summary is no activity", model.durationChanged(deliverable));
	}
}
