package org.wbsmodeler.schedule.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.schedule.mpxj.MpxjSchedule;

/** The model adapter: hand-checked dates on a small plan, MS Project's answers on the shipped example, cycles. */
public class ProjectScheduleTest {

	private static LocalDateTime at(int month, int day, int hour) {
		return LocalDateTime.of(2027, month, day, hour, 0);
	}

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("P", LocalDate.of(2027, 2, 1)); // a Monday
	private final Deliverable deliverable = build.deliverable(build.phase(project, "Phase", null), "D", null);
	private final Activity a = build.activity(deliverable, "A", 2, 16);
	private final Activity b = build.activity(deliverable, "B", 3, 24);
	private final Activity c = build.activity(deliverable, "C", 1, 8);
	private final Milestone done = build.milestone(deliverable, "Done");

	{
		build.link(a, b, DependencyType.FS, 1);
		build.link(a, c);
		build.link(b, done);
		build.link(c, done);
	}

	@Test
	public void handCheckedDatesLagsAndFloat() throws Exception {
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		assertEquals(at(2, 1, 8), schedule.earlyStart(a));
		assertEquals(at(2, 2, 17), schedule.earlyFinish(a));
		assertEquals(at(2, 4, 8), schedule.earlyStart(b)); // one working day of lag after Tuesday evening
		assertEquals(at(2, 8, 17), schedule.earlyFinish(b)); // Thu, Fri, Mon
		assertEquals(at(2, 8, 17), schedule.projectFinish());
		assertTrue(schedule.isCritical(b));
		assertFalse(schedule.isCritical(c));
		assertEquals(3.0, schedule.totalFloat(c), 1e-9); // C could finish Monday evening instead of Wednesday
		assertEquals(List.of(a, b, done), schedule.criticalPaths(5).get(0));
	}

	@Test
	public void holidaysMoveWork() throws Exception {
		build.holiday(project.getDefaultCalendar(), "Closed", LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 4));
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		assertEquals(at(2, 5, 8), schedule.earlyStart(b));
		assertEquals(at(2, 9, 17), schedule.earlyFinish(b));
	}

	@Test
	public void plainDayConstraintMeansStartOfItsWork() throws Exception {
		c.setConstraintType(ConstraintType.SNET);
		c.setConstraintDate(LocalDateTime.of(2027, 2, 10, 0, 0));
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		assertEquals(at(2, 10, 8), schedule.earlyStart(c));
		assertEquals(at(2, 10, 17), schedule.projectFinish());
	}

	@Test
	public void writeToModelFillsLeavesAndSummaries() throws Exception {
		ProjectSchedule.compute(project).writeToModel();
		assertEquals(at(2, 4, 8), b.getEarlyStart());
		assertEquals(3.0, c.getTotalFloat(), 1e-9);
		assertTrue(b.isCritical());
		assertEquals(at(2, 1, 8), deliverable.getEarlyStart());
		assertEquals(at(2, 8, 17), deliverable.getEarlyFinish());
		assertTrue(deliverable.isCritical());
	}

	@Test
	public void cycleIsReportedInOrderAndNothingIsWritten() {
		build.link(done, a);
		try {
			ProjectSchedule.compute(project);
			fail("a cycle cannot be scheduled");
		} catch (ScheduleModelException e) {
			List<WbsElement> cycle = e.cycle();
			assertEquals(3, cycle.size());
			for (int i = 0; i < cycle.size(); i++) {
				WbsElement from = cycle.get(i);
				WbsElement to = cycle.get((i + 1) % cycle.size());
				assertTrue(from.getName() + " → " + to.getName(), to.getPredecessors().stream().anyMatch(l -> l.getPredecessor() == from));
			}
			assertTrue(e.getMessage(), e.getMessage().startsWith("dependency cycle: "));
		}
		assertNull(a.getEarlyStart());
	}

	@Test
	public void whyNamesTheDriverAndTheConsumerOfFloat() throws Exception {
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		ScheduleExplanation why = schedule.explain(c);
		assertEquals(schedule.network().activity(a), why.drivingChain().get(0).other());
		assertEquals(schedule.network().activity(done), why.consumingSuccessor());
		assertNull(schedule.explain(deliverable));
	}

	@Test
	public void exampleMatchesMicrosoftScheduler() throws Exception {
		Project example = ModelFiles.load(Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs"));
		ProjectSchedule schedule = ProjectSchedule.compute(example);
		ScheduleNetwork network = schedule.network().network();
		ScheduleResult ours = schedule.result();
		MpxjSchedule theirs = MpxjSchedule.of(network);
		theirs.schedule();
		assertTrue(network.activityCount() > 50);
		for (int i = 0; i < network.activityCount(); i++) {
			String what = network.label(i);
			assertEquals(what, theirs.earlyStart(i), ours.earlyStart(i));
			assertEquals(what, theirs.earlyFinish(i), ours.earlyFinish(i));
			assertEquals(what, theirs.lateStart(i), ours.lateStart(i));
			assertEquals(what, theirs.lateFinish(i), ours.lateFinish(i));
			assertEquals(what, theirs.isCritical(i), ours.isCritical(i));
		}
		assertTrue(schedule.projectFinish().isAfter(example.getStart()));
		assertFalse(schedule.criticalPaths(1).isEmpty());
	}
}
