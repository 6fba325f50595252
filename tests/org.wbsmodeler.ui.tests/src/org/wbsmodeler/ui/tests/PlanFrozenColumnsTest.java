package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.Test;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.rows.FrozenColumns;

/**
 * The Plan's WBS and Name columns stay in sight while its rows are scrolled right, as MS Project's do: a click on a
 * frozen cell selects its row, a click on a summary's outline symbol collapses it, and back at the left edge the
 * tree shows its own columns.
 */
public class PlanFrozenColumnsTest {

	@Test
	public void wbsAndNameStayPutWhenThePlanScrollsRightAndAnswerClicks() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			Tree tree = fixture.tree();
			FrozenColumns frozen = fixture.editor.planPage().frozenColumns();
			assertFalse("not scrolled: the tree's own columns", frozen.shown());
			WbsElement task = fixture.element("1.2.1");
			WbsElement summary = fixture.element("1.2");
			TreeItem row = fixture.item(task);
			TreeItem summaryRow = fixture.item(summary);
			// the user widens the last column past the tree's edge and scrolls to it
			tree.getColumn(tree.getColumnCount() - 1).setWidth(1500);
			fixture.flush();
			ScrollBar bar = tree.getHorizontalBar();
			bar.setSelection(bar.getMaximum() - bar.getThumb());
			tree.redraw();
			fixture.flush();
			assertTrue("scrolled right: WBS and Name stay in sight", fixture.waitUntil(frozen::shown, 10_000));
			assertTrue("the tree itself has scrolled right", bar.getSelection() > 0);
			Screenshots.save(fixture.shell(), "plan-frozen-columns");

			// a click on the frozen Name of a task selects that task, for every page
			Canvas canvas = frozen.control();
			int rowY = canvasY(fixture, canvas, row);
			int nameX = tree.getColumn(PlanColumn.CODE.ordinal()).getWidth() + 20;
			Input.clickAt(canvas, nameX, rowY);
			assertTrue("the clicked row is selected: " + fixture.editor.getSite().getSelectionProvider().getSelection(), fixture.waitUntil(
					() -> fixture.editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection s && s.size() == 1 && s.getFirstElement() == task, 5_000));
			assertTrue("still scrolled right after the click", frozen.shown());

			// a click on the outline symbol left of a summary's code collapses it
			assertTrue(summaryRow.getExpanded());
			int symbolX = summaryRow.getTextBounds(PlanColumn.CODE.ordinal()).x - 10;
			Input.clickAt(canvas, symbolX, canvasY(fixture, canvas, summaryRow));
			assertTrue("the summary collapsed (clicked at " + symbolX + "; selection " + fixture.editor.getSite().getSelectionProvider().getSelection() + ")", fixture.waitUntil(() -> !fixture.editor.planPage().viewer().getExpandedState(summary), 5_000));
			assertFalse("the tree shows it collapsed", summaryRow.getExpanded());
			Screenshots.save(fixture.shell(), "plan-frozen-columns-collapsed");

			bar.setSelection(0);
			tree.redraw();
			assertTrue("back at the left edge: the tree's own columns", fixture.waitUntil(() -> !frozen.shown(), 10_000));
		}
	}

	/** The canvas y of the middle of a tree row. */
	private static int canvasY(EditorFixture fixture, Canvas canvas, TreeItem row) {
		fixture.flush();
		int y = row.getBounds().y + row.getBounds().height / 2;
		return fixture.tree().toDisplay(0, y).y - canvas.toDisplay(0, 0).y;
	}
}
