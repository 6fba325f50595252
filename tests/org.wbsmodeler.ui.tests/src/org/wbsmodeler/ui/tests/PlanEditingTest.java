package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.diagram.columns.PlanColumn;

/**
 * In-place edits of the Plan cells, typed as a person types them, and their refusals: nonsense changes nothing and
 * the status line says why.
 */
public class PlanEditingTest extends ExampleEditorTest {

	private CommandStack stack;

	@Before
	public void stack() {
		stack = fixture.editor.getEditingDomain().getCommandStack();
	}

	/** Clicks the row, opens the cell's editor, selects what it holds, types the text and presses Enter. */
	private void edit(WbsElement row, PlanColumn column, String text) {
		fixture.typeInCell(row, column, text);
	}

	private String cell(WbsElement row, PlanColumn column) {
		return fixture.cell(row, column);
	}

	@Test
	public void f2RenamesTheRowAndEnterCommits() {
		WbsElement row = fixture.element("1.1.1");
		Input.click(fixture.item(row), 1);
		Input.key(fixture.display(), SWT.F2, 0);
		assertTrue("F2 opens the name editor", fixture.editor.planPage().viewer().isCellEditorActive());
		Input.key(fixture.display(), 'a', SWT.CTRL);
		Input.type(fixture.display(), "Write charter");
		Input.key(fixture.display(), SWT.CR, 0);
		assertEquals("Write charter", row.getName());
		assertEquals("Write charter", cell(row, PlanColumn.NAME));
		assertEquals("Rename 1.1.1 Draft charter", stack.getUndoCommand().getLabel());
		assertTrue(fixture.editor.isDirty());
	}

	@Test
	public void durationsAreTypedInDaysHoursOrWeeks() {
		WbsElement row = fixture.element("1.2.1");
		edit(row, PlanColumn.DURATION, "2w");
		assertEquals(10.0, row.getDuration(), 1e-9);
		assertEquals("10 d", cell(row, PlanColumn.DURATION));
		edit(row, PlanColumn.DURATION, "4h");
		assertEquals(0.5, row.getDuration(), 1e-9);
		edit(row, PlanColumn.DURATION, "3d");
		assertEquals(3.0, row.getDuration(), 1e-9);
		Screenshots.save(fixture.shell(), "plan-after-duration-edits");
	}

	@Test
	public void nonsenseDurationsChangeNothingAndSayWhy() {
		WbsElement row = fixture.element("1.2.1");
		Object undoBefore = stack.getUndoCommand();
		edit(row, PlanColumn.DURATION, "5x");
		assertEquals(2.0, row.getDuration(), 1e-9);
		assertEquals("'5x' is not a duration: write it like 5d, 3h or 2w", fixture.editor.statusMessage());
		edit(row, PlanColumn.DURATION, "-3d");
		assertEquals(2.0, row.getDuration(), 1e-9);
		assertEquals("'-3d': a duration cannot be negative", fixture.editor.statusMessage());
		assertEquals("no command ran", undoBefore, stack.getUndoCommand());
		assertFalse(fixture.editor.isDirty());
		Screenshots.save(fixture.shell(), "plan-refused-duration");
		Input.click(fixture.item(fixture.element("1.2.2")), PlanColumn.NAME.ordinal());
		assertNull("choosing another row clears the refusal", fixture.editor.statusMessage());
	}

	@Test
	public void predecessorsAreTypedByCodeWithTypeAndLag() {
		WbsElement row = fixture.element("2.2.2");
		edit(row, PlanColumn.PREDECESSORS, "2.2.1FS+2d; 1.4SS-1d");
		assertEquals(2, row.getPredecessors().size());
		Dependency first = row.getPredecessors().get(0);
		assertEquals(fixture.element("2.2.1"), first.getPredecessor());
		assertEquals(DependencyType.FS, first.getType());
		assertEquals(2.0, first.getLag(), 1e-9);
		Dependency second = row.getPredecessors().get(1);
		assertEquals(fixture.element("1.4"), second.getPredecessor());
		assertEquals(DependencyType.SS, second.getType());
		assertEquals(-1.0, second.getLag(), 1e-9);
		assertEquals("2.2.1FS+2 d; 1.4SS-1 d", cell(row, PlanColumn.PREDECESSORS));
		Input.ctrl(fixture.display(), 'z');
		assertEquals("undo restores the old links", "2.2.1", cell(row, PlanColumn.PREDECESSORS));
	}

	@Test
	public void anUnknownCodeIsRefused() {
		WbsElement row = fixture.element("2.2.2");
		edit(row, PlanColumn.PREDECESSORS, "9.9.9");
		assertEquals("'9.9.9': there is no task with the code 9.9.9", fixture.editor.statusMessage());
		assertEquals("2.2.1", cell(row, PlanColumn.PREDECESSORS));
		assertFalse(fixture.editor.isDirty());
	}

	@Test
	public void aLinkThatClosesACycleIsRefusedAndTheCycleIsNamedInOrder() {
		WbsElement row = fixture.element("2.1.1");
		edit(row, PlanColumn.PREDECESSORS, "1.4; 2.1.5");
		assertEquals("A link from 2.1.5 Document requirements to 2.1.1 Plan requirement workshops would close the dependency cycle 2.1.5 Document requirements → 2.1.1 Plan requirement workshops"
				+ " → 2.1.2 Run sales workshops → 2.1.5 Document requirements", fixture.editor.statusMessage());
		assertEquals("1.4", cell(row, PlanColumn.PREDECESSORS));
		assertFalse("nothing ran", stack.canUndo());
		Screenshots.save(fixture.shell(), "plan-cycle-refused");
	}

	@Test
	public void resourcesAreTypedByNameWithUnits() {
		WbsElement row = fixture.element("1.2.1");
		edit(row, PlanColumn.RESOURCES, "Business analyst[50%]; Trainer");
		assertEquals(2, row.getAssignments().size());
		assertEquals("Business analyst", row.getAssignments().get(0).getResource().getName());
		assertEquals(0.5, row.getAssignments().get(0).getUnits(), 1e-9);
		assertEquals("Trainer", row.getAssignments().get(1).getResource().getName());
		assertEquals("Business analyst[50%]; Trainer", cell(row, PlanColumn.RESOURCES));
		edit(row, PlanColumn.RESOURCES, "Nobody");
		assertEquals("'Nobody': the project has no resource named Nobody", fixture.editor.statusMessage());
		assertEquals(2, row.getAssignments().size());
	}

	@Test
	public void percentCompleteIsTypedAndRangeChecked() {
		WbsElement row = fixture.element("1.1.1");
		edit(row, PlanColumn.PERCENT_COMPLETE, "40");
		assertEquals(40.0, row.getPercentComplete(), 1e-9);
		assertEquals("40%", cell(row, PlanColumn.PERCENT_COMPLETE));
		edit(row, PlanColumn.PERCENT_COMPLETE, "140");
		assertEquals(40.0, row.getPercentComplete(), 1e-9);
		assertNotNull(fixture.editor.statusMessage());
	}
}
