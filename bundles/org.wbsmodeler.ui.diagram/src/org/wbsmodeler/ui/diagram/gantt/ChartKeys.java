package org.wbsmodeler.ui.diagram.gantt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;

/**
 * Keys and the wheel on the chart: Up/Down (Page Up/Down, Home/End) move the selected row, as in the table;
 * Left/Right scroll time; Ctrl++ / Ctrl+- and Ctrl+wheel zoom the timescale (around the pointer); the wheel scrolls
 * the rows (through the table, which the chart follows), Shift+wheel scrolls time.
 */
final class ChartKeys {

	private static final int WHEEL_ROWS = 3;

	private final GanttPage page;
	private final ChartView view;
	private final Canvas canvas;

	ChartKeys(GanttPage page, ChartView view) {
		this.page = page;
		this.view = view;
		this.canvas = view.control();
	}

	void install() {
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		// arrows and Tab belong to the chart while it has the focus
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
				e.doit = false;
			}
		});
	}

	private void key(Event e) {
		boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
		int page = Math.max(1, (canvas.getClientArea().height - view.headerPixels()) / Math.max(1, table().getItemHeight()) - 1);
		int row = this.page.rowSelection().selectedRow();
		switch (e.keyCode) {
		case SWT.ARROW_UP -> this.page.rowSelection().selectRow(row < 0 ? 0 : row - 1);
		case SWT.ARROW_DOWN -> this.page.rowSelection().selectRow(row + 1);
		case SWT.PAGE_UP -> this.page.rowSelection().selectRow(row - page);
		case SWT.PAGE_DOWN -> this.page.rowSelection().selectRow(row + page);
		case SWT.HOME -> this.page.rowSelection().selectRow(0);
		case SWT.END -> this.page.rowSelection().selectRow(Integer.MAX_VALUE);
		case SWT.ARROW_LEFT -> view.scrollBy(-Math.max(20, canvas.getClientArea().width / 8));
		case SWT.ARROW_RIGHT -> view.scrollBy(Math.max(20, canvas.getClientArea().width / 8));
		case SWT.KEYPAD_ADD -> this.page.zoomStep(true);
		case SWT.KEYPAD_SUBTRACT -> this.page.zoomStep(false);
		default -> {
			if (ctrl && (e.character == '+' || e.character == '=')) {
				this.page.zoomStep(true);
			} else if (ctrl && e.character == '-') {
				this.page.zoomStep(false);
			} else {
				return;
			}
		}
		}
		e.doit = false;
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			page.zoom(e.count > 0 ? 1.25 : 1 / 1.25, e.x);
		} else if ((e.stateMask & SWT.SHIFT) != 0) {
			view.scrollBy(e.count > 0 ? -60 : 60);
		} else {
			Table table = table();
			table.setTopIndex(Math.max(0, table.getTopIndex() + (e.count > 0 ? -WHEEL_ROWS : WHEEL_ROWS)));
			canvas.redraw();
		}
		e.doit = false;
	}

	private Table table() {
		return page.table();
	}
}
