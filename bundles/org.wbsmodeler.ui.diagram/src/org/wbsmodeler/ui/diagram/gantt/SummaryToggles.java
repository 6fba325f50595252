package org.wbsmodeler.ui.diagram.gantt;

import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttChart.RowKind;
import org.wbsmodeler.model.WbsElement;

/**
 * Summaries collapse on the Gantt page as on the Plan: a click on a summary's outline symbol (before its name), Left
 * and Right on a selected summary as in the Plan's tree, or MS Project's Alt+Shift+minus and Alt+Shift+plus hide
 * and show its rows, in the table and the chart alike. What is collapsed is a view setting, never an edit.
 */
final class SummaryToggles {

	private final GanttPage page;
	private final PlanRows rows;
	private final Predicate<WbsElement> collapsed;

	SummaryToggles(GanttPage page, PlanRows rows, Predicate<WbsElement> collapsed) {
		this.page = page;
		this.rows = rows;
		this.collapsed = collapsed;
		rows.setCollapsed(collapsed);
	}

	void install() {
		Table table = rows.table();
		table.addListener(SWT.MouseDown, this::clicked);
		table.addListener(SWT.KeyDown, this::keyPressed);
	}

	private void clicked(Event e) {
		Table table = rows.table();
		int column = rows.columns().indexOf(PlanColumn.NAME);
		// the pointer in the coordinates of the rows' bounds (GTK reports a table's mouse events from above its header)
		Point at = table.toControl(table.getDisplay().getCursorLocation());
		TableItem item = e.button == 1 && column >= 0 ? table.getItem(at) : null;
		GanttChart.Row row = item == null ? null : rows.row(table.indexOf(item));
		if (row == null || row.kind() != RowKind.SUMMARY) {
			return;
		}
		Rectangle cell = item.getBounds(column);
		int symbolEnd;
		GC gc = new GC(table);
		try {
			gc.setFont(item.getFont());
			symbolEnd = cell.x + item.getTextBounds(column).x - cell.x + gc.textExtent(rows.namePrefix(row)).x;
		} finally {
			gc.dispose();
		}
		if (at.x >= cell.x && at.x <= symbolEnd) {
			page.toggle(row.element());
		}
	}

	private void keyPressed(Event e) {
		int selected = rows.table().getSelectionCount() == 1 ? rows.table().getSelectionIndex() : -1;
		GanttChart.Row row = rows.row(selected);
		if (row == null || row.kind() != RowKind.SUMMARY) {
			return;
		}
		boolean altShift = (e.stateMask & SWT.MODIFIER_MASK) == (SWT.ALT | SWT.SHIFT);
		boolean hide = e.keyCode == SWT.ARROW_LEFT && (e.stateMask & SWT.MODIFIER_MASK) == 0 || altShift && (e.keyCode == '-' || e.keyCode == SWT.KEYPAD_SUBTRACT);
		boolean show = e.keyCode == SWT.ARROW_RIGHT && (e.stateMask & SWT.MODIFIER_MASK) == 0
				|| altShift && (e.keyCode == '=' || e.keyCode == '+' || e.keyCode == SWT.KEYPAD_ADD);
		boolean isCollapsed = collapsed.test(row.element());
		if (hide && !isCollapsed || show && isCollapsed) {
			page.toggle(row.element());
			e.doit = false;
		}
	}
}
