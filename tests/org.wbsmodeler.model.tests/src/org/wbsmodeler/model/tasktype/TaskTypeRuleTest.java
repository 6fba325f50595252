package org.wbsmodeler.model.tasktype;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.wbsmodeler.model.TaskType;

/**
 * Each task type × each edited quantity against MS Project's documented rule ("Change the task type", support.microsoft.com):
 * fixed units — duration edited: work moves; work edited: duration moves; units edited: duration moves. Fixed
 * duration — duration: work; work: units; units: work. Fixed work — duration: units; work: duration; units:
 * duration. The task: Anna at 100 % and Ben at 50 %, 4 days of 8 hours, 32 h + 16 h = 48 h of work.
 */
public class TaskTypeRuleTest {

	private static final double E = 1e-9;

	private static TaskState task(TaskType type) {
		return new TaskState(type, false, 8, 4, 48, new double[] { 1.0, 0.5 }, new double[] { 32, 16 });
	}

	private static void assertOutcome(TaskOutcome outcome, double duration, double work, double[] units, double[] assignmentWork) {
		assertEquals("duration", duration, outcome.duration(), E);
		assertEquals("work", work, outcome.work(), E);
		assertArrayEquals("units", units, outcome.units(), E);
		assertArrayEquals("assignment work", assignmentWork, outcome.assignmentWork(), E);
	}

	@Test
	public void fixedUnitsDurationEditedWorkMoves() {
		assertOutcome(TaskTypeRule.durationEdited(task(TaskType.FIXED_UNITS), 6), 6, 72, new double[] { 1.0, 0.5 }, new double[] { 48, 24 });
	}

	@Test
	public void fixedUnitsWorkEditedDurationMoves() {
		assertOutcome(TaskTypeRule.workEdited(task(TaskType.FIXED_UNITS), 24), 2, 24, new double[] { 1.0, 0.5 }, new double[] { 16, 8 });
	}

	@Test
	public void fixedUnitsUnitsEditedDurationMoves() {
		// Ben at 25 %: his 16 h take 8 days; the task lasts as long as its longest assignment
		assertOutcome(TaskTypeRule.unitsEdited(task(TaskType.FIXED_UNITS), 1, 0.25), 8, 48, new double[] { 1.0, 0.25 }, new double[] { 32, 16 });
	}

	@Test
	public void fixedDurationDurationEditedWorkMoves() {
		assertOutcome(TaskTypeRule.durationEdited(task(TaskType.FIXED_DURATION), 2), 2, 24, new double[] { 1.0, 0.5 }, new double[] { 16, 8 });
	}

	@Test
	public void fixedDurationWorkEditedUnitsMove() {
		assertOutcome(TaskTypeRule.workEdited(task(TaskType.FIXED_DURATION), 96), 4, 96, new double[] { 2.0, 1.0 }, new double[] { 64, 32 });
	}

	@Test
	public void fixedDurationUnitsEditedWorkMoves() {
		assertOutcome(TaskTypeRule.unitsEdited(task(TaskType.FIXED_DURATION), 0, 0.5), 4, 32, new double[] { 0.5, 0.5 }, new double[] { 16, 16 });
	}

	@Test
	public void fixedWorkDurationEditedUnitsMove() {
		assertOutcome(TaskTypeRule.durationEdited(task(TaskType.FIXED_WORK), 8), 8, 48, new double[] { 0.5, 0.25 }, new double[] { 32, 16 });
	}

	@Test
	public void fixedWorkWorkEditedDurationMoves() {
		assertOutcome(TaskTypeRule.workEdited(task(TaskType.FIXED_WORK), 60), 5, 60, new double[] { 1.0, 0.5 }, new double[] { 40, 20 });
	}

	@Test
	public void fixedWorkUnitsEditedDurationMoves() {
		assertOutcome(TaskTypeRule.unitsEdited(task(TaskType.FIXED_WORK), 0, 2.0), 4, 48, new double[] { 2.0, 0.5 }, new double[] { 32, 16 });
		assertOutcome(TaskTypeRule.unitsEdited(task(TaskType.FIXED_WORK), 0, 0.5), 8, 48, new double[] { 0.5, 0.5 }, new double[] { 32, 16 });
	}

	@Test
	public void theIssuesTaskFiveDaysInsteadOfThreeWorksFortyHours() {
		TaskState draftCharter = new TaskState(TaskType.FIXED_UNITS, false, 8, 3, 24, new double[] { 1.0 }, new double[] { 24 });
		assertOutcome(TaskTypeRule.durationEdited(draftCharter, 5), 5, 40, new double[] { 1.0 }, new double[] { 40 });
	}

	@Test
	public void aTaskWithoutResourcesHasTheUnitsItsWorkImplies() {
		TaskState alone = TaskState.withoutResources(TaskType.FIXED_UNITS, 8, 3, 12); // 50 %
		assertEquals(0.5, alone.totalUnits(), E);
		assertOutcome(TaskTypeRule.durationEdited(alone, 5), 5, 20, new double[0], new double[0]);
		assertOutcome(TaskTypeRule.workEdited(alone, 4), 1, 4, new double[0], new double[0]);
		// without work there are no units: the duration moves alone
		assertOutcome(TaskTypeRule.durationEdited(TaskState.withoutResources(TaskType.FIXED_UNITS, 8, 3, 0), 5), 5, 0, new double[0], new double[0]);
	}

	@Test
	public void hoursPerDayAreTheTasksCalendars() {
		TaskState tenHourDays = new TaskState(TaskType.FIXED_UNITS, false, 10, 2, 20, new double[] { 1.0 }, new double[] { 20 });
		assertOutcome(TaskTypeRule.durationEdited(tenHourDays, 3), 3, 30, new double[] { 1.0 }, new double[] { 30 });
	}

	@Test
	public void effortDrivenKeepsTheWorkWhenAResourceJoinsOrLeaves() {
		TaskState effortDriven = new TaskState(TaskType.FIXED_UNITS, true, 8, 4, 32, new double[] { 1.0 }, new double[] { 32 });
		// MS Project: a second person at 100 % halves the duration of an effort-driven fixed-units task
		assertOutcome(TaskTypeRule.assignmentAdded(effortDriven, 1.0), 2, 32, new double[] { 1.0, 1.0 }, new double[] { 16, 16 });
		TaskState fixedDuration = new TaskState(TaskType.FIXED_DURATION, true, 8, 4, 32, new double[] { 1.0 }, new double[] { 32 });
		// fixed duration: the units give way instead
		assertOutcome(TaskTypeRule.assignmentAdded(fixedDuration, 1.0), 4, 32, new double[] { 0.5, 0.5 }, new double[] { 16, 16 });
		TaskState two = new TaskState(TaskType.FIXED_UNITS, true, 8, 2, 32, new double[] { 1.0, 1.0 }, new double[] { 16, 16 });
		assertOutcome(TaskTypeRule.assignmentRemoved(two, 1), 4, 32, new double[] { 1.0 }, new double[] { 32 });
	}

	@Test
	public void notEffortDrivenAResourceAddsWorkAndKeepsTheDuration() {
		TaskState plain = new TaskState(TaskType.FIXED_UNITS, false, 8, 4, 32, new double[] { 1.0 }, new double[] { 32 });
		assertOutcome(TaskTypeRule.assignmentAdded(plain, 0.5), 4, 48, new double[] { 1.0, 0.5 }, new double[] { 32, 16 });
		// fixed work is effort driven whatever the flag says
		TaskState fixedWork = new TaskState(TaskType.FIXED_WORK, false, 8, 4, 32, new double[] { 1.0 }, new double[] { 32 });
		assertOutcome(TaskTypeRule.assignmentAdded(fixedWork, 1.0), 2, 32, new double[] { 1.0, 1.0 }, new double[] { 16, 16 });
		// the first resource is never effort driven: it works the duration at its units
		TaskState none = new TaskState(TaskType.FIXED_UNITS, true, 8, 4, 0, new double[0], new double[0]);
		assertOutcome(TaskTypeRule.assignmentAdded(none, 1.0), 4, 32, new double[] { 1.0 }, new double[] { 32 });
	}

	@Test(expected = IllegalArgumentException.class)
	public void zeroUnitsAreRefused() {
		TaskTypeRule.unitsEdited(task(TaskType.FIXED_UNITS), 0, 0);
	}

	@Test(expected = IllegalArgumentException.class)
	public void aNegativeDurationIsRefused() {
		TaskTypeRule.durationEdited(task(TaskType.FIXED_UNITS), -1);
	}
}
