package org.wbsmodeler.ui.rows;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * A cell whose text is cut by its column shows the whole text in a tooltip, as a spreadsheet's or MS Project's
 * cells do; a cell that shows all of its text has none (a tooltip repeating what is on screen is noise). Worked out
 * when the pointer moves to another cell, for a {@link Tree} or a {@link Table}.
 */
public final class CellTooltips {

	/** Room GTK leaves after a cell's text before it clips (its cell padding). */
	private static final int PADDING = 4;

	private final Composite rows;
	private Item lastItem;
	private int lastColumn = -1;

	private CellTooltips(Composite rows) {
		this.rows = rows;
		rows.addListener(SWT.MouseMove, this::moved);
		rows.addListener(SWT.MouseHover, this::moved);
		// GTK reports a table's pointer leaving for its header's window too: only the cell is forgotten (a tooltip shows
		// only while the pointer is over the control anyway)
		rows.addListener(SWT.MouseExit, e -> {
			lastItem = null;
			lastColumn = -1;
		});
		rows.addListener(SWT.MouseDown, e -> forget());
	}

	public static CellTooltips install(Tree tree) {
		return new CellTooltips(tree);
	}

	public static CellTooltips install(Table table) {
		return new CellTooltips(table);
	}

	private void forget() {
		lastItem = null;
		lastColumn = -1;
		rows.setToolTipText(null);
	}

	private void moved(Event e) {
		// where the pointer is in the coordinates of the rows' bounds (a GTK table reports its mouse events from the
		// top of its header, its rows' bounds from below it)
		Point at = rows.toControl(rows.getDisplay().getCursorLocation());
		Item item = rows instanceof Tree tree ? tree.getItem(at) : ((Table) rows).getItem(at);
		int column = item == null ? -1 : columnAt(item, at);
		if (item == lastItem && column == lastColumn) {
			return;
		}
		lastItem = item;
		lastColumn = column;
		String full = column < 0 ? null : clippedText(item, column);
		if (!java.util.Objects.equals(full, rows.getToolTipText())) {
			rows.setToolTipText(full);
		}
	}

	/** The text of the cell at a point when its column cuts it, else null (what the tooltip shows there). */
	public String tooltipAt(Point at) {
		Item item = rows instanceof Tree tree ? tree.getItem(at) : ((Table) rows).getItem(at);
		int column = item == null ? -1 : columnAt(item, at);
		return column < 0 ? null : clippedText(item, column);
	}

	private static int columnAt(Item item, Point at) {
		int columns = Math.max(1, item instanceof TreeItem t ? t.getParent().getColumnCount() : ((TableItem) item).getParent().getColumnCount());
		for (int i = 0; i < columns; i++) {
			if (bounds(item, i).contains(at)) {
				return i;
			}
		}
		return -1;
	}

	private String clippedText(Item item, int column) {
		String text = RowCells.text(item, column);
		if (text == null || text.isBlank()) {
			return null;
		}
		Rectangle cell = bounds(item, column);
		Rectangle textBounds = RowCells.textBounds(item, column);
		int room = cell.x + cell.width - Math.max(cell.x, textBounds.x) - PADDING;
		Font font = RowCells.font(item, column);
		GC gc = new GC(rows);
		try {
			gc.setFont(font);
			return gc.textExtent(text).x > room ? text.strip() : null;
		} finally {
			gc.dispose();
		}
	}

	private static Rectangle bounds(Item item, int column) {
		return RowCells.bounds(item, column);
	}
}
