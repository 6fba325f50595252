package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.TableItem;
import org.junit.Test;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * Summaries collapse on the Gantt page as on the Plan: a click on a summary's outline symbol hides its rows in the
 * table and the chart, Right shows them again and Left hides them, and Find expands the summaries above a match.
 */
public class GanttCollapseTest {

	@Test
	public void aClickOnTheSymbolHidesTheSummarysRowsInTableAndChartAndKeysAndFindBringThemBack() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			fixture.page.setPartState(fixture.page.getReference(fixture.editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
			GanttPage page = GanttTabs.open(fixture);
			OutlineIndex outline = OutlineIndex.of(fixture.model());
			int all = page.chart().rowCount();
			GanttChart.Row summary = page.chart().rows().stream().filter(r -> r.kind() == GanttChart.RowKind.SUMMARY).findFirst().orElseThrow();
			int hidden = outline.descendantCount(summary.element());
			assertTrue(hidden > 1);
			TableItem item = page.table().getItem(summary.index());
			Rectangle text = item.getTextBounds(1);
			assertTrue("an expanded summary shows the minus box: " + item.getText(1), item.getText(1).contains("\u229f"));
			Input.clickAt(page.table(), text.x + 4, text.y + text.height / 2);
			assertTrue("its rows are hidden", fixture.waitUntil(() -> page.chart().rowCount() == all - hidden, 10_000));
			fixture.flush();
			assertEquals("the table has the chart's rows", page.chart().rowCount(), page.table().getItemCount());
			assertFalse(elements(page).stream().anyMatch(e -> e != summary.element() && isUnder(e, summary.element())));
			assertTrue("the summary shows the plus box", page.table().getItem(summary.index()).getText(1).contains("\u229e"));
			assertTrue("its summary bar is still drawn", page.barBounds(summary.element()) != null);
			Screenshots.save(fixture.shell(), "gantt-summary-collapsed");

			page.table().setFocus();
			page.table().setSelection(summary.index());
			Input.key(fixture.display(), SWT.ARROW_RIGHT, 0);
			assertTrue("Right shows them again", fixture.waitUntil(() -> page.chart().rowCount() == all, 10_000));
			Input.key(fixture.display(), SWT.ARROW_LEFT, 0);
			assertTrue("Left hides them", fixture.waitUntil(() -> page.chart().rowCount() == all - hidden, 10_000));

			// a task under the collapsed summary whose name is found nowhere else
			WbsElement deep = outline.leavesOf(summary.element()).stream()
					.filter(leaf -> outline.elements().stream().filter(e -> e.getName() != null && e.getName().contains(leaf.getName())).count() == 1)
					.reduce((first, second) -> second).orElseThrow();
			page.find();
			page.findBar().text().setText(deep.getName());
			Input.key(fixture.display(), SWT.CR, 0);
			assertTrue("Find expands the summary above its match", fixture.waitUntil(() -> page.chart().rowOf(deep) != null, 10_000));
			fixture.flush();
			assertSame(deep, page.chart().rows().get(page.table().getSelectionIndex()).element());
			Screenshots.save(fixture.shell(), "gantt-summary-find-expands");
		}
	}

	@Test
	public void aClippedCellOfTheGanttTableShowsItsWholeTextInATooltip() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			GanttPage page = GanttTabs.open(fixture);
			page.table().getColumn(1).setWidth(70);
			fixture.flush();
			TableItem item = page.table().getItem(1);
			String whole = item.getText(1).strip();
			Rectangle name = item.getBounds(1);
			pointTo(page.table(), name.x + name.width / 2, name.y + name.height / 2);
			assertTrue("the cut name's tooltip: " + page.table().getToolTipText(), fixture.waitUntil(() -> whole.equals(page.table().getToolTipText()), 5_000));
			Screenshots.save(fixture.shell(), "gantt-clipped-cell-tooltip");
			Rectangle start = item.getBounds(3);
			pointTo(page.table(), start.x + start.width / 2, start.y + start.height / 2);
			assertTrue("a whole date has no tooltip", fixture.waitUntil(() -> page.table().getToolTipText() == null, 5_000));
		}
	}

	@Test
	public void theWbsAndNameColumnsStayPutWhenTheTableScrollsRight() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			GanttPage page = GanttTabs.open(fixture);
			org.eclipse.swt.widgets.Table table = page.table();
			assertFalse("not scrolled: the table's own columns", page.frozenColumnsShown());
			// the user widens the last column past the table's edge and scrolls to it
			table.getColumn(table.getColumnCount() - 1).setWidth(900);
			table.showColumn(table.getColumn(table.getColumnCount() - 1));
			assertTrue("scrolled right: WBS and Name stay in sight", fixture.waitUntil(page::frozenColumnsShown, 10_000));
			assertTrue("the table itself has scrolled its WBS column off", table.getItem(0).getBounds(0).x < 0);
			int row = 5;
			Rectangle cell = table.getItem(row).getBounds(0);
			Input.clickAt(table, 12, cell.y + cell.height / 2);
			assertTrue("a click on a frozen cell selects its row", fixture.waitUntil(() -> table.getSelectionIndex() == row, 5_000));
			assertSame(page.chart().rows().get(row).element(),
					((org.eclipse.jface.viewers.IStructuredSelection) fixture.editor.getSite().getSelectionProvider().getSelection()).getFirstElement());
			Screenshots.save(fixture.shell(), "gantt-frozen-columns");
			table.showColumn(table.getColumn(0));
			assertTrue("back at the left edge: the table's own columns", fixture.waitUntil(() -> !page.frozenColumnsShown(), 10_000));
		}
	}

	private static void pointTo(org.eclipse.swt.widgets.Control control, int x, int y) {
		org.eclipse.swt.graphics.Point at = control.toDisplay(x, y);
		org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		org.wbsmodeler.ui.tests.UiTestSupport.post(control.getDisplay(), move);
		org.wbsmodeler.ui.tests.UiTestSupport.settle(control.getDisplay());
	}

	private static boolean isUnder(WbsElement e, WbsElement summary) {
		for (var c = e.eContainer(); c != null; c = c.eContainer()) {
			if (c == summary) {
				return true;
			}
		}
		return false;
	}

	private static List<WbsElement> elements(GanttPage page) {
		List<WbsElement> rows = new ArrayList<>();
		page.chart().rows().forEach(r -> rows.add(r.element()));
		return rows;
	}
}
