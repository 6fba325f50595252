package org.wbsmodeler.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
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

	/** Opens a cell's editor as a user does: a click selects the row, a second click (not a double click) edits. */
	public static void edit(Table table, TableItem item, int column) {
		click(table, item, column);
		UiTestSupport.flush(table.getDisplay(), 600);
		click(table, item, column);
	}

	public static void edit(Tree tree, TreeItem item, int column) {
		click(tree, item, column);
		UiTestSupport.flush(tree.getDisplay(), 600);
		click(tree, item, column);
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
		display.post(move);
		UiTestSupport.flush(display, 50);
		Control under = display.getCursorControl();
		if (!isInside(under, control)) {
			throw new AssertionError("the pointer at " + display.getCursorLocation() + " (aimed at " + at + ") is over " + under + ", not over " + control);
		}
		post(display, SWT.MouseDown, 1);
		post(display, SWT.MouseUp, 1);
		UiTestSupport.flush(display, 150);
	}

	/** Types text the way a keyboard does, one key at a time (lower-case letters, digits, punctuation). */
	public static void type(Display display, String text) {
		for (char ch : text.toCharArray()) {
			Event down = new Event();
			down.type = SWT.KeyDown;
			down.character = ch;
			display.post(down);
			Event up = new Event();
			up.type = SWT.KeyUp;
			up.character = ch;
			display.post(up);
			flush(display);
		}
	}

	/** Presses one key such as {@link SWT#CR}, {@link SWT#ESC} or {@link SWT#END}. */
	public static void key(Display display, int keyCode, char character) {
		Event down = new Event();
		down.type = SWT.KeyDown;
		down.keyCode = keyCode;
		down.character = character;
		display.post(down);
		Event up = new Event();
		up.type = SWT.KeyUp;
		up.keyCode = keyCode;
		up.character = character;
		display.post(up);
		UiTestSupport.flush(display, 100);
	}

	/** Replaces what an open text cell editor holds: select all (Ctrl+A), type, Enter. */
	public static void replaceText(Display display, String text) {
		Event ctrl = new Event();
		ctrl.type = SWT.KeyDown;
		ctrl.keyCode = SWT.CTRL;
		display.post(ctrl);
		type(display, "a");
		ctrl.type = SWT.KeyUp;
		display.post(ctrl);
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

	private static void post(Display display, int type, int button) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		display.post(event);
		flush(display);
	}

	private static void flush(Display display) {
		UiTestSupport.flush(display);
	}
}
