package org.wbsmodeler.ui.tests;

import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * What a user does, as real OS events through {@link Display#post}: clicks on table and tree cells, typing, keys.
 * Every gesture ends by running the event loop, so its effects are visible to the next line of the test.
 */
public final class Gestures {

	private Gestures() {
	}

	/** Clicks the middle of a cell of a table row. */
	public static void click(Table table, TableItem item, int column) {
		table.showItem(item);
		flush(table.getDisplay());
		click(table, item.getBounds(column));
	}

	/** Clicks the middle of a cell of a tree row. */
	public static void click(Tree tree, TreeItem item, int column) {
		tree.showItem(item);
		flush(tree.getDisplay());
		click(tree, item.getBounds(column));
	}

	/**
	 * Opens a cell's editor from the keyboard, as MS Project users do: a click selects the row (and puts the focus on
	 * its first cell), the right arrow moves the focus to the column, F2 edits it. (A click on the cell itself cannot be used: SWT's
	 * {@code Display.post} on GTK 3 gives mouse events no root coordinates, so listeners that look at the position of
	 * a click, such as JFace's cell editor activation, see it in the wrong place; native row selection is right.)
	 */
	public static void edit(ColumnViewer viewer, Item item, int column) {
		Display display = viewer.getControl().getDisplay();
		if (item instanceof TableItem row) {
			click((Table) viewer.getControl(), row, 0);
		} else {
			click((Tree) viewer.getControl(), (TreeItem) item, 0);
		}
		ViewerCell focus = viewer.getColumnViewerEditor().getFocusCell();
		moveFocus(display, column - (focus == null ? 0 : focus.getColumnIndex()));
		key(display, SWT.F2, (char) 0);
	}

	/** Moves the focus cell of the selected row by some columns with the arrow keys (right for positive). */
	public static void moveFocus(Display display, int columns) {
		for (int i = 0; i < Math.abs(columns); i++) {
			key(display, columns > 0 ? SWT.ARROW_RIGHT : SWT.ARROW_LEFT, (char) 0);
		}
	}

	/** Clicks the middle of a control, a button for instance. */
	public static void click(Control control) {
		Rectangle size = control.getBounds();
		click(control, new Rectangle(0, 0, size.width, size.height));
	}

	/** Clicks the middle of an area given in the control's coordinates. */
	public static void click(Control control, Rectangle area) {
		Display display = control.getDisplay();
		control.getShell().forceActive();
		flush(display);
		Point at = control.toDisplay(area.x + area.width / 2, area.y + area.height / 2);
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = at.x;
		move.y = at.y;
		UiTestSupport.post(display, move);
		Control under = display.getCursorControl();
		if (!isInside(under, control)) {
			throw new AssertionError("the pointer at " + display.getCursorLocation() + " (aimed at " + at + ") is over " + under + ", not over " + control);
		}
		post(display, SWT.MouseDown, at);
		post(display, SWT.MouseUp, at);
		UiTestSupport.settle(display);
	}

	/** Types text the way a keyboard does, one key at a time (lower-case letters, digits, punctuation). */
	public static void type(Display display, String text) {
		for (char ch : text.toCharArray()) {
			Event down = new Event();
			down.type = SWT.KeyDown;
			down.character = ch;
			UiTestSupport.post(display, down);
			Event up = new Event();
			up.type = SWT.KeyUp;
			up.character = ch;
			UiTestSupport.post(display, up);
		}
	}

	/** Presses one key such as {@link SWT#CR}, {@link SWT#ESC} or {@link SWT#END}. */
	public static void key(Display display, int keyCode, char character) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = keyCode;
		down.character = character;
		UiTestSupport.post(display, down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = keyCode;
		up.character = character;
		UiTestSupport.post(display, up);
		UiTestSupport.settle(display);
	}

	/** Replaces what an open text cell editor holds: select all (Ctrl+A), type, Enter. */
	public static void replaceText(Display display, String text) {
		Event ctrl = new Event();
		ctrl.type = SWT.KeyDown;
		ctrl.keyCode = SWT.CTRL;
		UiTestSupport.post(display, ctrl);
		type(display, "a");
		ctrl.type = SWT.KeyUp;
		UiTestSupport.post(display, ctrl);
		flush(display);
		type(display, text);
		key(display, SWT.CR, '\r');
	}

	private static boolean isInside(Control under, Control control) {
		for (Control c = under; c != null; c = c.getParent()) {
			if (c == control) {
				return true;
			}
		}
		// a cell editor lies over the table or tree it edits
		return under != null && under.getParent() == control;
	}

	/** A button event of the left button; SWT on GTK places it at the event's x and y, not at the pointer. */
	private static void post(Display display, int type, Point at) {
		Event event = new Event();
		event.type = type;
		event.button = 1;
		event.x = at.x;
		event.y = at.y;
		UiTestSupport.post(display, event);
	}

	private static void flush(Display display) {
		UiTestSupport.flush(display);
	}
}
