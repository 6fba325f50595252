package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.Test;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;

/** A Plan cell cut by its column shows its whole text in a tooltip when the pointer rests on it; a whole one shows none. */
public class CellTooltipTest {

	@Test
	public void aClippedNameShowsItsWholeTextAndAWholeCodeShowsNoTooltip() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			OutlineIndex outline = OutlineIndex.of(fixture.model());
			WbsElement longest = outline.leaves().stream().max(java.util.Comparator.comparingInt(e -> e.getName().length())).orElseThrow();
			TreeItem item = fixture.item(longest);
			// the user narrows the Name column until the longest name is cut
			fixture.tree().getColumn(PlanColumn.NAME.ordinal()).setWidth(item.getTextBounds(PlanColumn.NAME.ordinal()).x
					- item.getBounds(PlanColumn.NAME.ordinal()).x + 60);
			fixture.flush();
			// in sight: the window may still be taking its size when the row was revealed (an earlier test resized it)
			assertTrue("the row is in sight: " + item.getBounds() + " in " + fixture.tree().getClientArea(), fixture.waitUntil(() -> {
				fixture.tree().showItem(item);
				fixture.flush();
				Rectangle row = item.getBounds(PlanColumn.NAME.ordinal());
				return fixture.tree().getClientArea().contains(row.x + row.width / 2, row.y + row.height / 2);
			}, 10_000));
			fixture.activate();
			Rectangle name = item.getBounds(PlanColumn.NAME.ordinal());
			Rectangle code = item.getBounds(PlanColumn.CODE.ordinal());
			// from another cell first: a pointer already resting on the target would send no motion at all
			Input.pointTo(fixture.tree(), code.x + code.width / 2, code.y + code.height / 2);
			Input.pointTo(fixture.tree(), name.x + name.width / 2, name.y + name.height / 2);
			assertTrue("the cut name's tooltip: " + fixture.tree().getToolTipText() + " (" + underPointer(fixture) + ")",
					fixture.waitUntil(() -> longest.getName().equals(fixture.tree().getToolTipText()), 5_000));
			Screenshots.save(fixture.shell(), "plan-clipped-cell-tooltip");
			Input.pointTo(fixture.tree(), code.x + code.width / 2, code.y + code.height / 2);
			assertTrue("a whole code has no tooltip", fixture.waitUntil(() -> fixture.tree().getToolTipText() == null, 5_000));
			assertNull(fixture.editor.planPage().cellTooltips().tooltipAt(new Point(code.x + 2, code.y + 2)));
			assertEquals(longest.getName(), fixture.editor.planPage().cellTooltips().tooltipAt(new Point(name.x + 2, name.y + 2)));
		}
	}

	/** What the pointer is over, for a failure message. */
	private static String underPointer(EditorFixture fixture) {
		Point at = fixture.tree().toControl(fixture.display().getCursorLocation());
		TreeItem item = fixture.tree().getItem(at);
		return "pointer over " + fixture.display().getCursorControl() + " at " + at + ", row " + (item == null ? "none" : item.getText(PlanColumn.CODE.ordinal()))
				+ ", active shell " + fixture.display().getActiveShell();
	}
}
