package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.diagram.columns.PlanColumn;

/**
 * Dates, float and the critical path follow every command, undo and redo, and never make the editor dirty: they
 * are derived values (the figures are those of ./wbs schedule on the example).
 */
public class LiveScheduleTest extends ExampleEditorTest {

	private static final RGB RED = new RGB(255, 0, 0);

	private String cell(String code, PlanColumn column) {
		return fixture.item(fixture.element(code)).getText(column.ordinal());
	}

	private boolean red(String code) {
		return RED.equals(fixture.item(fixture.element(code)).getForeground(PlanColumn.NAME.ordinal()).getRGB());
	}

	@Test
	public void theOpenedPlanShowsTheScheduleAndItsCriticalPathInRed() {
		assertEquals("Mon 2027-02-01 08:00", cell("1.1.1", PlanColumn.START));
		assertEquals("Wed 2027-02-03 17:00", cell("1.1.1", PlanColumn.FINISH));
		assertEquals("0 d", cell("1.1.1", PlanColumn.TOTAL_FLOAT));
		assertEquals("1 d", cell("1.2.1", PlanColumn.TOTAL_FLOAT));
		assertTrue("critical 1.1.1 is red", red("1.1.1"));
		assertFalse("1.2.1 has float: not red", red("1.2.1"));
		assertEquals("the phase spans its tasks", "Mon 2027-02-01 08:00", cell("1", PlanColumn.START));
		assertFalse("a freshly opened model is not dirty", fixture.editor.isDirty());
		Screenshots.save(fixture.shell(), "plan-opened");
		// every column at once: the editor maximized, as a planner works with the table
		var reference = fixture.page.getReference(fixture.editor);
		fixture.page.setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		fixture.flush();
		Screenshots.save(fixture.shell(), "plan-maximized-all-columns");
		fixture.page.setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		fixture.flush();
	}

	@Test
	public void aLongerTaskMovesItsSuccessorsAndTakesTheCriticalPathUndoRestoresIt() {
		CommandStack stack = fixture.editor.getEditingDomain().getCommandStack();
		WbsElement task = fixture.element("1.2.2");
		stack.execute(SetCommand.create(fixture.editor.getEditingDomain(), task, WbsPackage.Literals.WBS_ELEMENT__DURATION, 5.0));
		// the editor reschedules once the command has finished notifying (asyncExec): give a loaded machine time
		fixture.waitUntil(() -> "Tue 2027-02-09 17:00".equals(cell("1.2.2", PlanColumn.FINISH)), 3000);
		assertEquals("Tue 2027-02-09 17:00", cell("1.2.2", PlanColumn.FINISH));
		assertTrue("1.2.2 now drives the milestone", red("1.2.2"));
		assertFalse("1.1.2 got float", red("1.1.2"));
		assertNotEquals("the milestone moved", "Thu 2027-02-04 17:00", cell("1.4", PlanColumn.FINISH));
		Screenshots.save(fixture.shell(), "plan-live-schedule");

		Input.click(fixture.item(task), 1);
		Input.ctrl(fixture.display(), 'z');
		assertEquals("Wed 2027-02-03 17:00", cell("1.2.2", PlanColumn.FINISH));
		assertEquals("Thu 2027-02-04 17:00", cell("1.4", PlanColumn.FINISH));
		assertFalse(red("1.2.2"));
		assertFalse("back at the save point: not dirty, the dates did not count", fixture.editor.isDirty());
		assertNull(fixture.editor.statusMessage());
	}

	@Test
	public void computedDatesAreNotWrittenIntoTheModel() {
		WbsElement task = fixture.element("1.1.1");
		Object before = task.getEarlyStart();
		fixture.editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(fixture.editor.getEditingDomain(), task, WbsPackage.Literals.WBS_ELEMENT__DURATION, 4.0));
		// a model-side condition: reading cells in the wait keeps the event queue busy and starves the editor's asyncExec
		fixture.waitUntil(() -> !fixture.editor.session().schedule().isStale(), 5_000);
		fixture.flush();
		assertEquals("Thu 2027-02-04 17:00", cell("1.1.1", PlanColumn.FINISH));
		assertEquals("the stored dates are untouched", before, task.getEarlyStart());
		assertEquals("one command on the stack: the duration", 1, undoDepth());
	}

	private int undoDepth() {
		CommandStack stack = fixture.editor.getEditingDomain().getCommandStack();
		int depth = 0;
		while (stack.canUndo()) {
			stack.undo();
			depth++;
		}
		return depth;
	}

	@Test
	public void deleteKeyOnTheTreeRunsTheGlobalDelete() {
		WbsElement row = fixture.element("1.3.2");
		Input.click(fixture.item(row), 1);
		Input.key(fixture.display(), SWT.DEL, 0);
		assertNull(row.eContainer());
	}
}
