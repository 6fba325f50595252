package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;

import org.eclipse.emf.common.command.CommandStack;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.diagram.columns.PlanColumn;

/**
 * The Plan page's Task Mode, Actual Start and Actual Finish columns, typed as a person types them: a task switched to
 * manual stays where it is while its predecessor grows (the live schedule keeps it, the schedule's warnings name it),
 * actual dates move it, every edit is one command that undoes.
 */
public class TaskModeEditingTest extends ExampleEditorTest {

	private CommandStack stack;
	private WbsElement predecessor;
	private WbsElement task;

	@Before
	public void findALinkedPair() {
		stack = fixture.editor.getEditingDomain().getCommandStack();
		for (WbsElement e : OutlineIndex.build(fixture.model()).leaves()) {
			for (Dependency d : e.getPredecessors()) {
				if (d.getType() == DependencyType.FS && d.getLag() == 0 && !d.getPredecessor().isSummary() && e.getPredecessors().size() == 1) {
					predecessor = d.getPredecessor();
					task = e;
					return;
				}
			}
		}
		throw new AssertionError("the example has a plain finish-to-start link between two tasks");
	}

	private void edit(WbsElement row, PlanColumn column, String text) {
		fixture.typeInCell(row, column, text);
	}

	private String cell(WbsElement row, PlanColumn column) {
		return fixture.cell(row, column);
	}

	@Test
	public void aManualTaskStaysPutWhileItsPredecessorGrows() throws Exception {
		assertEquals("Auto", cell(task, PlanColumn.TASK_MODE));
		assertEquals("NA", cell(task, PlanColumn.ACTUAL_START));
		String start = cell(task, PlanColumn.START);
		String finish = cell(task, PlanColumn.FINISH);

		edit(task, PlanColumn.TASK_MODE, "Manual");
		assertEquals(TaskMode.MANUAL, task.getTaskMode());
		assertNotNull("it keeps the start it had", task.getManualStart());
		assertEquals("Manual", cell(task, PlanColumn.TASK_MODE));
		assertEquals(start, cell(task, PlanColumn.START));
		assertTrue(stack.getUndoCommand().getLabel().startsWith("Schedule manually "));

		// the predecessor grows by five days: an auto task would move, the manual one stays, and is named
		String predecessorFinish = cell(predecessor, PlanColumn.FINISH);
		edit(predecessor, PlanColumn.DURATION, (predecessor.getDuration() + 5) + "d");
		assertNotEquals(predecessorFinish, cell(predecessor, PlanColumn.FINISH));
		assertEquals(start, cell(task, PlanColumn.START));
		assertEquals(finish, cell(task, PlanColumn.FINISH));
		String label = task.getName();
		assertTrue(ProjectSchedule.compute(fixture.model()).warnings().stream().anyMatch(w -> w.startsWith("manually scheduled ") && w.contains(label)));
		showTheNewColumns();
		Screenshots.save(fixture.shell(), "plan-manual-task-held");

		// back to auto: it follows its predecessor again
		edit(task, PlanColumn.TASK_MODE, "a");
		assertEquals(TaskMode.AUTO, task.getTaskMode());
		assertNotEquals(start, cell(task, PlanColumn.START));
		stack.undo();
		fixture.flush();
		assertEquals(TaskMode.MANUAL, task.getTaskMode());
		assertEquals(start, cell(task, PlanColumn.START));
	}

	@Test
	public void actualDatesAreTypedAndRefusedWhenTheyDoNotRead() {
		edit(task, PlanColumn.ACTUAL_START, "2027-01-15 08:00");
		assertEquals(LocalDateTime.of(2027, 1, 15, 8, 0), task.getActualStart());
		assertEquals("Fri 2027-01-15 08:00", cell(task, PlanColumn.ACTUAL_START));
		assertEquals("a started task starts at its actual start", "Fri 2027-01-15 08:00", cell(task, PlanColumn.START));

		Object undoBefore = stack.getUndoCommand();
		edit(task, PlanColumn.ACTUAL_FINISH, "2027-01-14");
		assertNull(task.getActualFinish());
		assertTrue(fixture.editor.statusMessage(), fixture.editor.statusMessage().startsWith("An actual finish before the actual start"));
		edit(task, PlanColumn.TASK_MODE, "sometimes");
		assertEquals("'sometimes' is no task mode: write Manual or Auto", fixture.editor.statusMessage());
		assertEquals("no command ran", undoBefore, stack.getUndoCommand());

		edit(task, PlanColumn.ACTUAL_FINISH, "2027-01-18 12:00");
		assertEquals(LocalDateTime.of(2027, 1, 18, 12, 0), task.getActualFinish());
		assertEquals("Mon 2027-01-18 12:00", cell(task, PlanColumn.FINISH));
		edit(task, PlanColumn.ACTUAL_START, "NA"); // a finish without a start is refused
		assertEquals(LocalDateTime.of(2027, 1, 15, 8, 0), task.getActualStart());
		assertTrue(fixture.editor.statusMessage(), fixture.editor.statusMessage().startsWith("Clear the actual finish of "));
		assertTrue("the refused edit ran no command", stack.getUndoCommand().getLabel().startsWith("Set actual finish of "));
		showTheNewColumns();
		Screenshots.save(fixture.shell(), "plan-actual-dates");
	}

	/** The editor maximized, so a screenshot shows the new columns next to Start and Finish. */
	private void showTheNewColumns() {
		fixture.page.setPartState(fixture.page.getReference(fixture.editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		fixture.flush();
		fixture.tree().showItem(fixture.item(task));
		fixture.flush();
	}
}
