package org.wbsmodeler.ui.diagram.gantt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The WBS and Name columns stay put when the Gantt table scrolls right, as MS Project's do. An SWT table cannot
 * freeze columns, so while the table is scrolled right a canvas over its left edge paints those two columns of the
 * rows on screen from the table's own items (texts, bold summaries, red critical rows, the selection), at the
 * table's exact row positions; a click on it selects the row in the table, the wheel scrolls the table. Scrolled back
 * to the left edge, the canvas hides and the table shows its own columns.
 */
final class FrozenColumns {

	/** The columns kept in sight: code and name, the first two of every column set the table shows. */
	private static final int FROZEN = 2;
	private static final int TEXT_MARGIN = 6;

	private final PlanRows rows;
	private final Table table;
	private final Canvas canvas;

	FrozenColumns(PlanRows rows) {
		this.rows = rows;
		this.table = rows.table();
		canvas = new Canvas(table.getParent(), SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		GridData data = new GridData();
		data.exclude = true;
		canvas.setLayoutData(data);
		canvas.setVisible(false);
		canvas.moveAbove(table);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, this::clicked);
		canvas.addListener(SWT.MouseVerticalWheel, e -> table.setTopIndex(Math.max(0, table.getTopIndex() - e.count)));
		table.addListener(SWT.Paint, e -> follow());
		table.addListener(SWT.Resize, e -> follow());
		table.getHorizontalBar().addListener(SWT.Selection, e -> follow());
	}

	/** Whether the frozen columns are painted over the table now (it is scrolled right). */
	boolean shown() {
		return canvas.isVisible();
	}

	Canvas control() {
		return canvas;
	}

	private int frozenWidth() {
		int width = 0;
		for (int c = 0; c < FROZEN && c < table.getColumnCount(); c++) {
			width += table.getColumn(c).getWidth();
		}
		return width;
	}

	/** Shows the canvas while the table is scrolled right, over its left edge, and repaints it as the table moved. */
	private void follow() {
		boolean scrolled = table.getHorizontalBar() != null && table.getHorizontalBar().isVisible() && table.getHorizontalBar().getSelection() > 0
				&& table.getColumnCount() > FROZEN;
		if (scrolled) {
			// over the table inside its border, header included; rows are placed by the screen (see rowsOffset)
			Rectangle bounds = table.getBounds();
			int border = table.getBorderWidth();
			int bar = table.getHorizontalBar().getSize().y;
			Rectangle wanted = new Rectangle(bounds.x + border, bounds.y + border, Math.min(frozenWidth(), table.getClientArea().width),
					Math.max(0, bounds.height - 2 * border - bar));
			if (!canvas.getBounds().equals(wanted)) {
				canvas.setBounds(wanted);
			}
			canvas.redraw();
		}
		if (canvas.isVisible() != scrolled) {
			canvas.setVisible(scrolled);
		}
	}

	/** The canvas y of the table's y 0 (a GTK table's rows' bounds start below its header). */
	private int rowsOffset() {
		return table.toDisplay(0, 0).y - canvas.toDisplay(0, 0).y;
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Display display = canvas.getDisplay();
		Rectangle size = canvas.getClientArea();
		gc.setBackground(table.getBackground());
		gc.fillRectangle(size);
		int header = table.getHeaderHeight();
		int rowHeight = table.getItemHeight();
		int rowZero = rows.rowZeroY();
		if (rowZero != -1) {
			rowZero += rowsOffset();
			int first = Math.max(0, (header - rowZero) / rowHeight);
			for (int i = first; i < table.getItemCount(); i++) {
				int y = rowZero + i * rowHeight;
				if (y > size.height) {
					break;
				}
				paintRow(gc, table.getItem(i), table.isSelected(i), y, rowHeight);
			}
		}
		// the header on top of the rows, as the table's own stays on top when it scrolls
		gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(0, 0, size.width, header);
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.setFont(table.getFont());
		int x = 0;
		for (int c = 0; c < FROZEN && c < table.getColumnCount(); c++) {
			int width = table.getColumn(c).getWidth();
			gc.drawText(table.getColumn(c).getText(), x + TEXT_MARGIN, (header - gc.getFontMetrics().getHeight()) / 2, true);
			x += width;
		}
		// where the frozen columns end: a line, as MS Project draws one after its frozen columns
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(size.width - 1, 0, size.width - 1, size.height);
		gc.drawLine(0, header - 1, size.width, header - 1);
	}

	private void paintRow(GC gc, TableItem item, boolean selected, int y, int height) {
		Display display = canvas.getDisplay();
		Color background = selected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION) : item.getBackground();
		Color foreground = selected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : item.getForeground();
		gc.setBackground(background);
		gc.fillRectangle(0, y, canvas.getClientArea().width, height);
		gc.setForeground(foreground);
		gc.setFont(item.getFont());
		int x = 0;
		for (int c = 0; c < FROZEN && c < table.getColumnCount(); c++) {
			int width = table.getColumn(c).getWidth();
			gc.setClipping(x, y, width - 2, height);
			gc.drawText(item.getText(c), x + TEXT_MARGIN, y + (height - gc.getFontMetrics().getHeight()) / 2, true);
			gc.setClipping((Rectangle) null);
			if (table.getLinesVisible()) {
				gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
				gc.drawLine(x + width - 1, y, x + width - 1, y + height);
				gc.setForeground(foreground);
			}
			x += width;
		}
	}

	/** A click on a frozen cell selects its row in the table (which tells the chart and the editor). */
	private void clicked(Event e) {
		int rowZero = rows.rowZeroY();
		if (e.button != 1 || rowZero == -1 || e.y < table.getHeaderHeight()) {
			return;
		}
		int index = Math.floorDiv(e.y - rowsOffset() - rowZero, table.getItemHeight());
		if (index >= 0 && index < table.getItemCount()) {
			table.setSelection(index);
			table.setFocus();
			Event selection = new Event();
			selection.item = table.getItem(index);
			table.notifyListeners(SWT.Selection, selection);
			canvas.redraw();
		}
	}
}
