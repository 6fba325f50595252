package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;

/**
 * WBS codes after indent, outdent, move and delete, and after their undo and redo: every code the Plan tree and the
 * Outline show must be the code the saved file has (the rule ./wbs info prints). Driven by real clicks and keys.
 */
public class PlanCodesTest extends ExampleEditorTest {


	/** Tree and Outline show exactly the codes and names of the file the editor saves now. */
	private void assertCodesMatchSavedFile(String step) throws Exception {
		List<String> tree = fixture.planRows();
		List<String> saved = EditorFixture.outline(fixture.saveAndLoad());
		assertEquals(step + ": Plan rows = saved outline", saved, tree);
		assertEquals(step + ": Outline rows = saved outline", saved, fixture.outlineRows());
	}

	private void select(String code) {
		WbsElement element = fixture.element(code);
		Input.click(fixture.item(element), 1);
		assertEquals("clicked row is selected", List.of(element), fixture.editor.planPage().selectedRows());
	}

	@Test
	public void indentMakesTheRowAChildOfTheRowAboveAndUndoRestoresIt() throws Exception {
		WbsElement moved = fixture.element("1.2");
		select("1.2");
		Input.key(fixture.display(), SWT.ARROW_RIGHT, SWT.ALT | SWT.SHIFT);
		assertSame("1.2 became the last child of 1.1", fixture.element("1.1"), moved.eContainer());
		assertEquals("1.1.3", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertEquals("the moved row stays selected", List.of(moved), fixture.editor.planPage().selectedRows());
		assertEquals("one command with a readable label", "Indent 1.2 Stakeholder register",
				fixture.editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		Screenshots.save(fixture.shell(), "plan-after-indent");
		assertCodesMatchSavedFile("indent");

		Input.ctrl(fixture.display(), 'z');
		assertEquals("undo puts it back at its index", "1.2", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertEquals("the undone row is selected", List.of(moved), fixture.editor.planPage().selectedRows());
		assertCodesMatchSavedFile("undo indent");

		Input.ctrl(fixture.display(), 'y');
		assertEquals("1.1.3", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertCodesMatchSavedFile("redo indent");
	}

	@Test
	public void outdentKeepsTheRowWhereItIsAsMsProjectDoes() throws Exception {
		// the last row of 2.1: nothing below it to adopt, so it becomes the next sibling of its old parent in place
		WbsElement moved = fixture.element("2.1.9");
		WbsElement nextPhaseChild = fixture.element("2.2");
		select("2.1.9");
		Input.key(fixture.display(), SWT.ARROW_LEFT, SWT.ALT | SWT.SHIFT);
		assertEquals("2.2", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertEquals("the deliverable after it moved down one", "2.3", org.wbsmodeler.ui.plan.Codes.of(nextPhaseChild));
		assertEquals("its former siblings keep their codes", "Specification signed", fixture.element("2.1.8").getName());
		Screenshots.save(fixture.shell(), "plan-after-outdent");
		assertCodesMatchSavedFile("outdent");

		Input.ctrl(fixture.display(), 'z');
		assertEquals("2.1.9", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertCodesMatchSavedFile("undo outdent");
	}

	@Test
	public void moveUpAndDownSwapsSiblingsAndUndoSwapsBack() throws Exception {
		WbsElement moved = fixture.element("3.2");
		select("3.2");
		Input.key(fixture.display(), SWT.ARROW_UP, SWT.ALT | SWT.SHIFT);
		assertEquals("3.1", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertCodesMatchSavedFile("move up");
		Input.key(fixture.display(), SWT.ARROW_DOWN, SWT.ALT | SWT.SHIFT);
		Input.key(fixture.display(), SWT.ARROW_DOWN, SWT.ALT | SWT.SHIFT);
		assertEquals("3.3", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertCodesMatchSavedFile("move down twice");
		Input.ctrl(fixture.display(), 'z');
		Input.ctrl(fixture.display(), 'z');
		Input.ctrl(fixture.display(), 'z');
		assertEquals("3.2", org.wbsmodeler.ui.plan.Codes.of(moved));
		assertCodesMatchSavedFile("undo all moves");
	}

	@Test
	public void deleteTakesTheLinksToTheRowAlongAndUndoBringsEverythingBack() throws Exception {
		WbsElement deleted = fixture.element("2.1.2");
		WbsElement successor = fixture.element("2.1.5");
		int linksBefore = successor.getPredecessors().size();
		assertTrue("2.1.5 depends on 2.1.2", successor.getPredecessors().stream().anyMatch(d -> d.getPredecessor() == deleted));
		select("2.1.2");
		Input.key(fixture.display(), SWT.DEL, 0);
		assertNull("2.1.2 is gone", deleted.eContainer());
		assertFalse("no link points at the deleted row", successor.getPredecessors().stream().anyMatch(d -> d.getPredecessor() == deleted));
		WbsElement next = fixture.element("2.1.2");
		fixture.waitUntil(() -> List.of(next).equals(fixture.editor.planPage().selectedRows()), 3000);
		assertEquals("the row that took its place is selected", List.of(next), fixture.editor.planPage().selectedRows());
		assertEquals("one command", "Delete 2.1.2 Run sales workshops", fixture.editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		Screenshots.save(fixture.shell(), "plan-after-delete");
		assertCodesMatchSavedFile("delete");

		Input.ctrl(fixture.display(), 'z');
		assertEquals("2.1.2", org.wbsmodeler.ui.plan.Codes.of(deleted));
		assertEquals("links restored", linksBefore, successor.getPredecessors().size());
		assertCodesMatchSavedFile("undo delete");
	}

	@Test
	public void insertAddsANewTaskAboveTheCurrentRow() throws Exception {
		WbsElement below = fixture.element("1.1.2");
		select("1.1.2");
		Input.key(fixture.display(), SWT.INSERT, 0);
		WbsElement inserted = fixture.element("1.1.2");
		assertNotEquals(below, inserted);
		assertEquals("New task", inserted.getName());
		assertEquals("1.1.3", org.wbsmodeler.ui.plan.Codes.of(below));
		assertEquals("the new row is selected", List.of(inserted), fixture.editor.planPage().selectedRows());
		assertCodesMatchSavedFile("insert");
	}
}
