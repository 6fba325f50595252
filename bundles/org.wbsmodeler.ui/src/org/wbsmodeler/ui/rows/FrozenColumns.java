package org.wbsmodeler.ui.rows;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;

/**
 * The WBS and Name columns stay put when a Plan or Gantt table scrolls right, as MS Project's do. SWT's tables and
 * trees cannot freeze columns, so while the rows are scrolled right a canvas over their left edge paints those two
 * columns of the rows on screen from the control's own items (texts, fonts, colours, the selection; a tree's
 * indentation and outline symbol), at the control's exact row positions. A click on it selects the row; a click on a
 * tree's outline symbol expands or collapses it (through the page, so its viewer knows); the wheel scrolls the rows.
 * Scrolled back to the left edge, the canvas hides and the control shows its own columns.
 */
public final class FrozenColumns {

	/** The columns kept in sight: code and name, the first two of every column set the rows show. */
	private static final int FROZEN = 2;
	private static final int TEXT_MARGIN = 6;
	/** Width of a tree's outline symbol left of an item's first column text. */
	private static final int SYMBOL = 16;

	private final RowStrip rows;
	private final Canvas canvas;
	private final Consumer<Item> toggle;
	/** What the canvas showed when it was last asked to paint (see whatItShows). */
	private int painted;

	private FrozenColumns(RowStrip rows, Consumer<Item> toggle) {
		this.rows = rows;
		this.toggle = toggle;
		Composite control = rows.control();
		canvas = new Canvas(control.getParent(), SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		// placed by hand over the rows: not by the parent's layout (grid or not)
		if (control.getLayoutData() instanceof GridData) {
			GridData data = new GridData();
			data.exclude = true;
			canvas.setLayoutData(data);
		}
		canvas.setVisible(false);
		canvas.moveAbove(control);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, this::clicked);
		canvas.addListener(SWT.MouseVerticalWheel, e -> rows.scrollBy(-e.count));
		control.addListener(SWT.Paint, e -> follow());
		control.addListener(SWT.Resize, e -> follow());
		control.getHorizontalBar().addListener(SWT.Selection, e -> follow());
	}

	/** Freezes a Gantt table's first two columns; a click selects its row. */
	public static FrozenColumns install(Table table) {
		return new FrozenColumns(RowStrip.of(table), item -> {
		});
	}

	/** Freezes a Plan tree's first two columns; a click on an outline symbol hands the item to {@code toggle}. */
	public static FrozenColumns install(Tree tree, Consumer<Item> toggle) {
		return new FrozenColumns(RowStrip.of(tree), toggle);
	}

	/** Whether the frozen columns are painted over the rows now (they are scrolled right). */
	public boolean shown() {
		return canvas.isVisible();
	}

	public Canvas control() {
		return canvas;
	}

	private int frozenWidth() {
		int width = 0;
		for (int c = 0; c < FROZEN && c < rows.columnCount(); c++) {
			width += rows.columnWidth(rows.shownColumn(c));
		}
		return width;
	}

	/** Shows the canvas while the rows are scrolled right, over their left edge, and repaints it as they moved. */
	private void follow() {
		Composite control = rows.control();
		// while a cell is edited the rows show as they are: the editor lies in them, under the canvas
		boolean editing = java.util.Arrays.stream(control.getChildren()).anyMatch(org.eclipse.swt.widgets.Control::isVisible);
		boolean scrolled = control.getHorizontalBar() != null && control.getHorizontalBar().isVisible()
				&& control.getHorizontalBar().getSelection() > 0 && rows.columnCount() > FROZEN && !editing;
		if (scrolled) {
			// over the control inside its border, header included; rows are placed by the screen (see rowsOffset)
			Rectangle bounds = control.getBounds();
			int border = control.getBorderWidth();
			int bar = control.getHorizontalBar().getSize().y;
			Rectangle wanted = new Rectangle(bounds.x + border, bounds.y + border, Math.min(frozenWidth(), control.getClientArea().width),
					Math.max(0, bounds.height - 2 * border - bar));
			if (!canvas.getBounds().equals(wanted)) {
				canvas.setBounds(wanted);
			}
			// only when what it shows changed: a redraw of the canvas over the rows makes GTK repaint the rows below,
			// whose paint would ask for another redraw, and so on for ever
			int shows = whatItShows();
			if (shows != painted || !canvas.isVisible()) {
				painted = shows;
				canvas.redraw();
			}
		}
		if (canvas.isVisible() != scrolled) {
			canvas.setVisible(scrolled);
		}
	}

	/** A digest of what the canvas paints: the rows on screen with their place, texts, colour and selection. */
	private int whatItShows() {
		int[] digest = { canvas.getBounds().hashCode() * 31 + frozenWidth() };
		java.util.function.Predicate<Item> selected = rows.selection();
		rows.forEachOnScreen(canvas.getClientArea().height, (item, y) -> {
			int row = y;
			for (int c = 0; c < FROZEN; c++) {
				row = row * 31 + java.util.Objects.hashCode(RowCells.text(item, rows.shownColumn(c)));
			}
			row = row * 31 + java.util.Objects.hashCode(RowCells.foreground(item, rows.shownColumn(0))) + (selected.test(item) ? 1 : 0)
					+ (rows.isExpanded(item) ? 2 : 0);
			digest[0] = digest[0] * 31 + row;
		});
		return digest[0];
	}

	/** The canvas y of the control's y 0 (a GTK table's or tree's rows' bounds start below its header). */
	private int rowsOffset() {
		return rows.control().toDisplay(0, 0).y - canvas.toDisplay(0, 0).y;
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Display display = canvas.getDisplay();
		Rectangle size = canvas.getClientArea();
		gc.setBackground(rows.control().getBackground());
		gc.fillRectangle(size);
		int header = rows.headerHeight();
		int offset = rowsOffset();
		java.util.function.Predicate<Item> selected = rows.selection();
		rows.forEachOnScreen(size.height - offset, (item, y) -> paintRow(gc, item, y + offset, selected.test(item)));
		// the header on top of the rows, as the control's own stays on top when it scrolls
		gc.setBackground(display.getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(0, 0, size.width, header);
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		gc.setFont(rows.control().getFont());
		int x = 0;
		for (int c = 0; c < FROZEN && c < rows.columnCount(); c++) {
			gc.drawText(rows.columnTitle(rows.shownColumn(c)), x + TEXT_MARGIN, (header - gc.getFontMetrics().getHeight()) / 2, true);
			x += rows.columnWidth(rows.shownColumn(c));
		}
		// where the frozen columns end: a line, as MS Project draws one after its frozen columns
		gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
		gc.drawLine(size.width - 1, 0, size.width - 1, size.height);
		gc.drawLine(0, header - 1, size.width, header - 1);
	}

	private void paintRow(GC gc, Item item, int y, boolean selected) {
		Display display = canvas.getDisplay();
		int height = rows.itemHeight();
		int x = 0;
		for (int c = 0; c < FROZEN && c < rows.columnCount(); c++) {
			int column = rows.shownColumn(c);
			int width = rows.columnWidth(column);
			Color foreground = selected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : RowCells.foreground(item, column);
			gc.setBackground(selected ? display.getSystemColor(SWT.COLOR_LIST_SELECTION) : RowCells.background(item, column));
			gc.fillRectangle(x, y, width, height);
			gc.setForeground(foreground);
			int textX = textX(item, column, x);
			gc.setClipping(x, y, width - 2, height);
			if (rows.hasChildren(item) && column == 0 && rows.isTree()) {
				paintSymbol(gc, textX - SYMBOL / 2 - 2, y + height / 2, rows.isExpanded(item));
			}
			gc.setFont(RowCells.font(item, column));
			gc.drawText(RowCells.text(item, column), textX, y + (height - gc.getFontMetrics().getHeight()) / 2, true);
			gc.setClipping((Rectangle) null);
			if (rows.linesVisible()) {
				gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
				gc.drawLine(x + width - 1, y, x + width - 1, y + height);
				gc.setForeground(foreground);
			}
			x += width;
		}
	}

	/**
	 * Where a cell's text starts on the canvas: in a tree where the control draws it, indentation and all, in a table
	 * after the cell's margin. (GTK gives a tree's cell bounds in the rows' own coordinates, which scrolling does not
	 * move; the left of its first shown column there is worked out from the second column's cell, so that this holds
	 * either way.)
	 */
	private int textX(Item item, int column, int columnX) {
		if (!rows.isTree()) {
			return columnX + TEXT_MARGIN;
		}
		int second = rows.shownColumn(1);
		int origin = RowCells.bounds(item, second).x - rows.columnWidth(rows.shownColumn(0));
		return Math.max(columnX + 2, RowCells.textBounds(item, column).x - origin);
	}

	/** A tree's outline symbol: a triangle pointing down (expanded) or right (collapsed), as GTK draws it. */
	private static void paintSymbol(GC gc, int cx, int cy, boolean expanded) {
		int r = 4;
		int[] triangle = expanded ? new int[] { cx - r, cy - r / 2, cx + r, cy - r / 2, cx, cy + r / 2 + 1 }
				: new int[] { cx - r / 2, cy - r, cx - r / 2, cy + r, cx + r / 2 + 1, cy };
		Color old = gc.getBackground();
		gc.setBackground(gc.getForeground());
		gc.fillPolygon(triangle);
		gc.setBackground(old);
	}

	/** A click on a frozen cell selects its row (which tells the page); on a tree's outline symbol it toggles the row. */
	private void clicked(Event e) {
		// where the pointer is, not the event's x and y: GTK may report those from another window's origin
		org.eclipse.swt.graphics.Point at = canvas.toControl(canvas.getDisplay().getCursorLocation());
		if (e.button != 1 || at.y < rows.headerHeight()) {
			return;
		}
		int offset = rowsOffset();
		Item[] hit = { null };
		rows.forEachOnScreen(at.y - offset + 1, (item, y) -> {
			if (at.y >= y + offset && at.y < y + offset + rows.itemHeight()) {
				hit[0] = item;
			}
		});
		Item item = hit[0];
		if (item == null) {
			return;
		}
		int textX = textX(item, rows.shownColumn(0), 0);
		if (rows.isTree() && rows.shownColumn(0) == 0 && rows.hasChildren(item) && at.x >= textX - SYMBOL - 4 && at.x < textX) {
			toggle.accept(item);
		} else {
			rows.select(item);
		}
		canvas.redraw();
	}
}
