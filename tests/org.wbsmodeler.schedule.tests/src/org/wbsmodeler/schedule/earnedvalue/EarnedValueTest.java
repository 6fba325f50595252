package org.wbsmodeler.schedule.earnedvalue;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.schedule.rollup.RollUp;

/** Baselines and earned value: PV spread over the baseline, EV from progress, AC as recorded, and the indices. */
public class EarnedValueTest {

	private static final RollUp.WorkingDays CALENDAR_DAYS = (a, b) -> java.time.Duration.between(a, b).toMinutes() / 1440.0;

	private static LocalDateTime day(int dayOfMonth) {
		return LocalDateTime.of(2027, 3, dayOfMonth, 8, 0);
	}

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("P", LocalDate.of(2027, 3, 1));
	private final Deliverable deliverable = build.deliverable(build.phase(project, "Phase", null), "D", null);
	private final Activity first = build.activity(deliverable, "First", 10, 80);
	private final Activity second = build.activity(deliverable, "Second", 10, 80);

	{
		var analyst = build.resource(project, "Analyst", ResourceType.WORK, 50);
		build.assign(first, analyst, 1, 80); // 4000
		build.assign(second, analyst, 1, 80); // 4000
		first.setEarlyStart(day(1));
		first.setEarlyFinish(day(11));
		second.setEarlyStart(day(11));
		second.setEarlyFinish(day(21));
	}

	private Baseline baseline() {
		return Baselines.save(project, "Approved", day(1), RollUp.of(project, CALENDAR_DAYS));
	}

	@Test
	public void baselineRecordsDatesAndCostsAndReplacesItsNamesake() {
		Baseline baseline = baseline();
		assertEquals(4, baseline.getEntries().size()); // phase, deliverable and the two activities
		assertEquals(8000, baseline.getEntries().stream().filter(e -> e.getElement() == deliverable).findFirst().orElseThrow().getCost(), 1e-9);
		Baseline again = baseline();
		assertEquals(1, project.getBaselines().size());
		assertSame(again, Baselines.find(project, "Approved").orElseThrow());
	}

	@Test
	public void earnedValueAtTheStatusDate() {
		Baseline baseline = baseline();
		first.setPercentComplete(100);
		first.setActualCost(5000);
		second.setPercentComplete(20);
		second.setActualCost(1000);
		// status on day 16: First fully planned (4000), Second half planned (2000)
		EarnedValue ev = new EarnedValueAnalysis(baseline, day(16), CALENDAR_DAYS).of(project);
		assertEquals(6000, ev.plannedValue(), 1e-9);
		assertEquals(4000 + 800, ev.earnedValue(), 1e-9);
		assertEquals(6000, ev.actualCost(), 1e-9);
		assertEquals(-1200, ev.scheduleVariance(), 1e-9);
		assertEquals(-1200, ev.costVariance(), 1e-9);
		assertEquals(0.8, ev.spi(), 1e-9);
		assertEquals(0.8, ev.cpi(), 1e-9);
	}

	@Test
	public void nothingIsPlannedBeforeTheBaselineStarts() {
		Baseline baseline = baseline();
		EarnedValue ev = new EarnedValueAnalysis(baseline, day(1), CALENDAR_DAYS).of(project);
		assertEquals(0, ev.plannedValue(), 0);
		assertTrue(Double.isNaN(ev.spi()));
	}

	@Test
	public void workAddedAfterTheBaselineHasNoBudget() {
		Baseline baseline = baseline();
		Activity extra = build.activity(deliverable, "Found later", 3, 24);
		extra.setActualCost(900);
		extra.setPercentComplete(100);
		EarnedValue ev = new EarnedValueAnalysis(baseline, day(30), CALENDAR_DAYS).of(deliverable);
		assertEquals(8000, ev.plannedValue(), 1e-9);
		assertEquals(0, ev.earnedValue(), 1e-9);
		assertEquals(900, ev.actualCost(), 1e-9);
	}
}
