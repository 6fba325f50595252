package org.wbsmodeler.ui.diagram.tests;

import static org.junit.Assert.assertTrue;

import java.util.Comparator;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.Test;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

/** A Gantt table cell cut by its column shows its whole text in a tooltip when the pointer rests on it; a whole one none. */
public class GanttCellTooltipTest {

	@Test
	public void aClippedNameShowsItsWholeTextAndAWholeCodeShowsNoTooltip() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			GanttPage page = GanttTabs.open(fixture);
			Table table = page.table();
			GanttChart.Row longest = page.chart().rows().stream().max(Comparator.comparingInt(r -> r.element().getName().length())).orElseThrow();
			TableItem item = table.getItem(longest.index());
			table.showItem(item);
			// the user narrows the Name column until the longest name is cut
			int narrow = item.getTextBounds(1).x - item.getBounds(1).x + 60;
			// (the page fits its columns when a schedule comes in: narrow again until the width stays)
			assertTrue("the Name column stays narrowed", fixture.waitUntil(() -> {
				if (table.getColumn(1).getWidth() != narrow) {
					table.getColumn(1).setWidth(narrow);
				}
				fixture.flush();
				return table.getColumn(1).getWidth() == narrow;
			}, 10_000));
			Rectangle name = item.getBounds(1);
			Rectangle code = item.getBounds(0);
			Input.pointTo(table, code.x + code.width / 2, code.y + code.height / 2);
			Input.pointTo(table, name.x + name.width / 2, name.y + name.height / 2);
			String whole = item.getText(1).strip();
			assertTrue("the cut name's tooltip: " + table.getToolTipText() + " (want " + whole + "; pointer at " + table.toControl(fixture.display().getCursorLocation())
					+ ", row bounds " + name + ")", fixture.waitUntil(() -> whole.equals(table.getToolTipText()), 5_000));
			Screenshots.save(fixture.shell(), "gantt-clipped-cell-tooltip");
			Input.pointTo(table, code.x + code.width / 2, code.y + code.height / 2);
			assertTrue("a whole code has no tooltip: " + table.getToolTipText(), fixture.waitUntil(() -> table.getToolTipText() == null, 5_000));
		}
	}
}
