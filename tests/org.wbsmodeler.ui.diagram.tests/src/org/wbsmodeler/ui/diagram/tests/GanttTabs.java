package org.wbsmodeler.ui.diagram.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.gantt.GanttPage;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;

/** Brings the Gantt tab to the front with a click on it, and finds places on the page. */
final class GanttTabs {

	private GanttTabs() {
	}

	static GanttPage open(EditorFixture fixture) {
		CTabItem item = DiagramTabs.tab(fixture.editor, "Gantt");
		CTabFolder folder = item.getParent();
		Rectangle bounds = item.getBounds();
		Input.clickAt(folder, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		fixture.flush();
		if (folder.getSelection() != item) {
			// see DiagramTabs: a posted click on a CTabFolder may miss under Xvfb; do what the folder does
			folder.setSelection(item);
			Event selected = new Event();
			selected.item = item;
			folder.notifyListeners(SWT.Selection, selected);
			fixture.flush();
		}
		GanttPage page = (GanttPage) fixture.editor.modelPage("Gantt");
		fixture.waitUntil(() -> page.chart() != null && page.paintCount() > 0, 10_000);
		fixture.flush();
		return page;
	}

	/** The middle of a bar (a milestone's diamond), in canvas pixels. */
	static Point barMiddle(GanttPage page, WbsElement element) {
		Rectangle bar = page.barBounds(element);
		if (bar == null) {
			throw new AssertionError("no bar for " + element.getName());
		}
		return new Point(bar.x + Math.min(bar.width / 2, 40), bar.y + bar.height / 2);
	}

	/** The right end of a task's bar, in canvas pixels. */
	static Point barEnd(GanttPage page, WbsElement element) {
		Rectangle bar = page.barBounds(element);
		return new Point(bar.x + bar.width - 1, bar.y + bar.height / 2);
	}

	/** The canvas y of the middle of a table row, through the screen: where the user sees that row. */
	static int tableRowMiddleOnCanvas(GanttPage page, int index) {
		Table table = page.table();
		TableItem item = table.getItem(index);
		Rectangle b = item.getBounds();
		Point onScreen = table.toDisplay(b.x, b.y + b.height / 2);
		return page.canvas().toControl(onScreen).y;
	}
}
