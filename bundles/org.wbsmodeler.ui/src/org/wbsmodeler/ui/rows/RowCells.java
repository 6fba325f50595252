package org.wbsmodeler.ui.rows;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;

/** A row's cells read alike from a {@link TableItem} (Gantt table) and a {@link TreeItem} (Plan): SWT gives them no common type. */
final class RowCells {

	private RowCells() {
	}

	static String text(Item item, int column) {
		return item instanceof TreeItem t ? t.getText(column) : ((TableItem) item).getText(column);
	}

	static Rectangle bounds(Item item, int column) {
		return item instanceof TreeItem t ? t.getBounds(column) : ((TableItem) item).getBounds(column);
	}

	static Rectangle textBounds(Item item, int column) {
		return item instanceof TreeItem t ? t.getTextBounds(column) : ((TableItem) item).getTextBounds(column);
	}

	static Font font(Item item, int column) {
		return item instanceof TreeItem t ? t.getFont(column) : ((TableItem) item).getFont(column);
	}

	/** A cell's background (the row's unless the cell has its own). */
	static Color background(Item item, int column) {
		return item instanceof TreeItem t ? t.getBackground(column) : ((TableItem) item).getBackground(column);
	}

	/** A cell's text colour (the row's unless the cell has its own, as a JFace label provider's critical red). */
	static Color foreground(Item item, int column) {
		return item instanceof TreeItem t ? t.getForeground(column) : ((TableItem) item).getForeground(column);
	}
}
