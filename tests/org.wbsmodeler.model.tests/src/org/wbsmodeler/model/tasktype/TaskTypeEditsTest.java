package org.wbsmodeler.model.tasktype;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.TaskType;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelBuilder;

/** The rule on model elements: the task's calendar, work assignments only, cost following work. */
public class TaskTypeEditsTest {

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("Types", LocalDate.of(2027, 2, 1));
	private final Activity draft = build.activity(build.phase(project, "Phase", null), "Draft charter", 3, 24);
	private final Resource anna = build.resource(project, "Anna", ResourceType.WORK, 100);
	private final Resource paper = build.resource(project, "Paper", ResourceType.MATERIAL, 2);
	private final Assignment annaOnDraft = build.assign(draft, anna, 1, 24);

	{
		build.assign(draft, paper, 10, 0);
	}

	private void apply(java.util.List<TaskTypeEdits.FeatureChange> changes) {
		changes.forEach(TaskTypeEdits.FeatureChange::apply);
	}

	@Test
	public void aFixedUnitsTaskOfFiveDaysInsteadOfThreeWorksFortyHoursAndCostsThem() {
		assertEquals(TaskType.FIXED_UNITS, draft.getTaskType()); // the default, also of files without a type
		assertEquals(2400 + 20, Costs.cost(draft), 1e-9);
		apply(TaskTypeEdits.durationEdited(draft, 5));
		assertEquals(5, draft.getDuration(), 1e-9);
		assertEquals(40, draft.getEffort(), 1e-9);
		assertEquals(40, annaOnDraft.getWork(), 1e-9);
		assertEquals("the material's units are a quantity and stay", 10, draft.getAssignments().get(1).getUnits(), 1e-9);
		assertEquals(4000 + 20, Costs.cost(draft), 1e-9);
	}

	@Test
	public void aFixedWorkTaskKeepsItsWorkAndCostAndLowersTheUnits() {
		draft.setTaskType(TaskType.FIXED_WORK);
		apply(TaskTypeEdits.durationEdited(draft, 5));
		assertEquals(24, draft.getEffort(), 1e-9);
		assertEquals(0.6, annaOnDraft.getUnits(), 1e-9);
		assertEquals(2400 + 20, Costs.cost(draft), 1e-9);
	}

	@Test
	public void hoursPerDayComeFromTheTasksCalendarThenTheProjectsAndElapsedDaysHave24() {
		Calendar longDays = build.calendar(project, "Ten hours");
		longDays.getPeriods().clear();
		longDays.getPeriods().add(build.period(7 * 60, 17 * 60));
		assertEquals(8, TaskTypeEdits.hoursPerDay(draft), 1e-9);
		draft.setCalendar(longDays);
		assertEquals(10, TaskTypeEdits.hoursPerDay(draft), 1e-9);
		apply(TaskTypeEdits.workEdited(draft, 50));
		assertEquals("50 h at 100 % of ten-hour days", 5, draft.getDuration(), 1e-9);
		draft.setDurationElapsed(true);
		assertEquals(24, TaskTypeEdits.hoursPerDay(draft), 1e-9);
	}

	@Test
	public void unitsOfAWorkAssignmentMoveTheDurationOfAFixedUnitsTask() {
		apply(TaskTypeEdits.unitsEdited(draft, annaOnDraft, 0.5));
		assertEquals(6, draft.getDuration(), 1e-9);
		assertEquals(24, annaOnDraft.getWork(), 1e-9);
	}
}
