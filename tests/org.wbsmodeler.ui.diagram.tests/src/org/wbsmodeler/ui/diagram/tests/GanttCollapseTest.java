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
 * table and the chart, Right shows them again and Left hides them, and Find expands the summaries above a match. The
 * WBS and Name columns stay in sight while the table is scrolled right.
 */
public class GanttCollapseTest {

	@Test
	public void aClickOnTheSymbolHidesTheSummarysRowsInTableAndChartAndKeysAndFindBringThemBack() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			fixture.page.setPartState(fixture.page.getReference(fixture.editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
			GanttPage page = GanttTabs.open(fixture);
			OutlineIndex outline = OutlineIndex.of(fixture.model());
			int all = page.chart().rowCount();
			String caption = page.caption();
			assertEquals("All tasks: " + outline.size() + " rows", caption);
			GanttChart.Row summary = page.chart().rows().stream().filter(r -> r.kind() == GanttChart.RowKind.SUMMARY).findFirst().orElseThrow();
			int hidden = outline.descendantCount(summary.element());
			assertTrue(hidden > 1);
			TableItem item = page.table().getItem(summary.index());
			Rectangle text = item.getTextBounds(1);
			assertTrue("an expanded summary shows the minus box: " + item.getText(1), item.getText(1).contains("\u229f"));
			Input.clickAt(page.table(), text.x + 4, text.y + text.height / 2);
			assertTrue("its rows are hidden: " + where(page, text.x + 4, text.y + text.height / 2),
					fixture.waitUntil(() -> page.chart().rowCount() == all - hidden, 10_000));
			fixture.flush();
			assertEquals("the table has the chart's rows", page.chart().rowCount(), page.table().getItemCount());
			assertFalse(elements(page).stream().anyMatch(e -> e != summary.element() && isUnder(e, summary.element())));
			assertTrue("the summary shows the plus box", page.table().getItem(summary.index()).getText(1).contains("\u229e"));
			assertTrue("its summary bar is still drawn", page.barBounds(summary.element()) != null);
			assertEquals("a collapsed summary hides rows without taking them out of the view", caption, page.caption());
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
	public void theWbsAndNameColumnsStayPutWhenTheTableScrollsRight() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			GanttPage page = GanttTabs.open(fixture);
			org.eclipse.swt.widgets.Table table = page.table();
			assertFalse("not scrolled: the table's own columns", page.frozenColumnsShown());
			// the user widens the last column past the table's edge and scrolls to it
			table.getColumn(table.getColumnCount() - 1).setWidth(900);
			fixture.flush();
			org.eclipse.swt.widgets.ScrollBar bar = table.getHorizontalBar();
			bar.setSelection(bar.getMaximum() - bar.getThumb());
			fixture.flush();
			assertTrue("scrolled right: WBS and Name stay in sight: " + where(page, 10, 40), fixture.waitUntil(page::frozenColumnsShown, 10_000));
			assertTrue("the table itself has scrolled right", bar.getSelection() > 0);
			Screenshots.save(fixture.shell(), "gantt-frozen-columns");
			bar.setSelection(0);
			table.redraw();
			assertTrue("back at the left edge: the table's own columns", fixture.waitUntil(() -> !page.frozenColumnsShown(), 10_000));
		}
	}

	/** What is at a point of the table, for a failure's message. */
	private static String where(GanttPage page, int x, int y) {
		org.eclipse.swt.widgets.Table t = page.table();
		TableItem at = t.getItem(new org.eclipse.swt.graphics.Point(x, y));
		return "at " + x + "," + y + " item=" + (at == null ? null : t.indexOf(at)) + " under the pointer=" + t.getDisplay().getCursorControl()
				+ " pointer=" + t.getDisplay().getCursorLocation() + " table at " + t.toDisplay(0, 0) + " size " + t.getSize() + " hbar="
				+ t.getHorizontalBar().getSelection() + "/" + t.getHorizontalBar().getMaximum() + "/" + t.getHorizontalBar().isVisible() + " first=" + t.getItem(0).getBounds(0);
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
