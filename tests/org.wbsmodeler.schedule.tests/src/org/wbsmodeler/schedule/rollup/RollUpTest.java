package org.wbsmodeler.schedule.rollup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.util.ModelBuilder;

/** Roll-ups: sums of effort and cost, date spans, duration-weighted progress, at every level. */
public class RollUpTest {

	/** Calendar days between two instants: enough to check the plumbing, the scheduler supplies working days. */
	static final RollUp.WorkingDays CALENDAR_DAYS = (a, b) -> java.time.Duration.between(a, b).toMinutes() / 1440.0;

	static LocalDateTime day(int dayOfMonth) {
		return LocalDateTime.of(2027, 2, dayOfMonth, 8, 0);
	}

	static void schedule(Activity a, int startDay, int finishDay) {
		a.setEarlyStart(day(startDay));
		a.setEarlyFinish(day(finishDay));
	}

	@Test
	public void summariesAddUpTheirChildren() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("P", LocalDate.of(2027, 2, 1));
		Resource analyst = build.resource(project, "Analyst", ResourceType.WORK, 100);
		Resource licence = build.resource(project, "Licence", ResourceType.COST, 500);
		Resource paper = build.resource(project, "Paper", ResourceType.MATERIAL, 2);
		Phase phase = build.phase(project, "Phase", null);
		Deliverable d1 = build.deliverable(phase, "D1", null);
		Deliverable d2 = build.deliverable(phase, "D2", null);
		Activity a = build.activity(d1, "A", 2, 16);
		Activity b = build.activity(d1, "B", 6, 0);
		Activity c = build.activity(d2, "C", 4, 32);
		Milestone m = build.milestone(d2, "M");
		build.assign(a, analyst, 1, 16);
		build.assign(b, analyst, 0.5, 24);
		build.assign(c, licence, 2, 0);
		build.assign(c, paper, 100, 0);
		c.setFixedCost(300);
		a.setPercentComplete(100);
		b.setPercentComplete(50);
		a.setActualCost(1700);
		schedule(a, 1, 3);
		schedule(b, 3, 9);
		schedule(c, 10, 14);
		m.setEarlyStart(day(14));
		m.setEarlyFinish(day(14));

		RollUp rollUp = RollUp.of(project, CALENDAR_DAYS);
		Totals first = rollUp.of(d1);
		assertEquals(16 + 24, first.effortHours(), 1e-9); // B has no effort estimate: its assignment's work counts
		assertEquals(16 * 100 + 24 * 100, first.cost(), 1e-9);
		assertEquals(day(1), first.start());
		assertEquals(day(9), first.finish());
		assertEquals(8, first.durationDays(), 1e-9);
		assertEquals((2 * 100 + 6 * 50) / 8.0, first.percentComplete(), 1e-9);

		Totals second = rollUp.of(d2);
		assertEquals(300 + 2 * 500 + 100 * 2, second.cost(), 1e-9);
		assertEquals(32, second.effortHours(), 1e-9);

		Totals whole = rollUp.project();
		assertEquals(first.cost() + second.cost(), whole.cost(), 1e-9);
		assertEquals(first.effortHours() + second.effortHours(), whole.effortHours(), 1e-9);
		assertEquals(1700, whole.actualCost(), 1e-9);
		assertEquals(day(1), whole.start());
		assertEquals(day(14), whole.finish());
		assertEquals(whole, rollUp.of(phase));
	}

	@Test
	public void summaryFixedCostAddsToItsChildren() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("P", LocalDate.of(2027, 2, 1));
		Phase phase = build.phase(project, "Phase", null);
		Deliverable d = build.deliverable(phase, "D", null);
		build.activity(d, "A", 2, 16).setFixedCost(100);
		d.setFixedCost(1000);
		phase.setFixedCost(5000);
		RollUp rollUp = RollUp.of(project, CALENDAR_DAYS);
		assertEquals(1100, rollUp.of(d).cost(), 1e-9);
		assertEquals(6100, rollUp.of(phase).cost(), 1e-9);
		assertEquals(6100, rollUp.project().cost(), 1e-9);
	}

	@Test
	public void unscheduledProjectHasNoDates() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("P", LocalDate.of(2027, 2, 1));
		build.activity(build.deliverable(build.phase(project, "Phase", null), "D", null), "A", 2, 16);
		RollUp rollUp = RollUp.of(project, CALENDAR_DAYS);
		assertNull(rollUp.project().start());
		assertEquals(16, rollUp.project().effortHours(), 0);
		assertEquals(0, rollUp.project().durationDays(), 0);
	}

	@Test
	public void milestonesOnlyAverageTheirProgress() {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("P", LocalDate.of(2027, 2, 1));
		Deliverable d = build.deliverable(build.phase(project, "Phase", null), "D", null);
		build.milestone(d, "M1").setPercentComplete(100);
		build.milestone(d, "M2");
		assertEquals(50, RollUp.of(project, CALENDAR_DAYS).of(d).percentComplete(), 1e-9);
	}

	/** One phase of two deliverables with an activity each. */
	private static final class TwoDeliverables {
		final ModelBuilder build = new ModelBuilder();
		final Project project = build.project("P", LocalDate.of(2027, 2, 1));
		final Phase phase = build.phase(project, "Phase", null);
		final Deliverable d1 = build.deliverable(phase, "D1", null);
		final Deliverable d2 = build.deliverable(phase, "D2", null);
		final Activity a = build.activity(d1, "A", 2, 16);
		final Activity b = build.activity(d2, "B", 2, 16);
	}

	@Test
	public void floatsAndCriticalityRollUpAndSummariesComeInOutlineOrder() {
		TwoDeliverables p = new TwoDeliverables();
		schedule(p.a, 1, 3);
		schedule(p.b, 3, 5);
		p.a.setLateStart(day(2));
		p.a.setLateFinish(day(4));
		p.b.setLateStart(day(3));
		p.b.setLateFinish(day(5));
		p.a.setTotalFloat(1);
		p.a.setFreeFloat(1);
		p.b.setCritical(true);
		RollUp rollUp = RollUp.of(p.project, CALENDAR_DAYS);
		assertEquals(List.of(p.phase, p.d1, p.d2), rollUp.summaries());
		assertEquals(1, rollUp.of(p.d1).totalFloatDays(), 0);
		assertEquals(false, rollUp.of(p.d1).critical());
		assertEquals(0, rollUp.of(p.phase).totalFloatDays(), 0);
		assertEquals(true, rollUp.of(p.phase).critical());
		assertEquals(day(2), rollUp.of(p.phase).lateStart());
		assertEquals(day(5), rollUp.of(p.phase).lateFinish());
	}

	@Test
	public void withoutASchedulerDurationsAreWorkingDaysOfTheDefaultCalendar() {
		TwoDeliverables p = new TwoDeliverables();
		// Monday 08:00 to the next Monday 08:00: five working days, not seven
		p.a.setEarlyStart(day(1));
		p.a.setEarlyFinish(day(8));
		assertEquals(5, RollUp.of(p.project).of(p.d1).durationDays(), 1e-9);
	}
}
