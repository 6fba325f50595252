package org.wbsmodeler.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;

/** Real input through the window system (Display.post): clicks on tree cells, keys with modifiers, typed text. */
public final class Input {

	private Input() {
	}

	/** Clicks in the middle of a cell of a tree row. */
	public static void click(TreeItem item, int column) {
		Display display = item.getDisplay();
		item.getParent().getShell().forceActive();
		item.getParent().showItem(item);
		item.getParent().showColumn(item.getParent().getColumn(column));
		UiTestSupport.settle(display);
		Rectangle bounds = item.getBounds(column);
		Point point = item.getParent().toDisplay(bounds.x + Math.min(bounds.width / 2, 30), bounds.y + bounds.height / 2);
		post(display, mouse(SWT.MouseMove, 0, point));
		post(display, mouse(SWT.MouseDown, 1, point));
		post(display, mouse(SWT.MouseUp, 1, point));
		UiTestSupport.settle(display);
	}

	/** Presses a key with modifiers (SWT.ALT, SWT.SHIFT, SWT.CTRL), as a person does: modifiers down first. */
	public static void key(Display display, int keyCode, int modifiers) {
		int[] mods = { SWT.CTRL, SWT.ALT, SWT.SHIFT };
		for (int mod : mods) {
			if ((modifiers & mod) != 0) {
				post(display, key(SWT.KeyDown, mod, '\0'));
			}
		}
		post(display, key(SWT.KeyDown, keyCode, '\0'));
		post(display, key(SWT.KeyUp, keyCode, '\0'));
		for (int i = mods.length - 1; i >= 0; i--) {
			if ((modifiers & mods[i]) != 0) {
				post(display, key(SWT.KeyUp, mods[i], '\0'));
			}
		}
		UiTestSupport.settle(display);
	}

	/** Ctrl+letter (Ctrl+Z, Ctrl+Y, Ctrl+S). */
	public static void ctrl(Display display, char letter) {
		post(display, key(SWT.KeyDown, SWT.CTRL, '\0'));
		post(display, key(SWT.KeyDown, 0, letter));
		post(display, key(SWT.KeyUp, 0, letter));
		post(display, key(SWT.KeyUp, SWT.CTRL, '\0'));
		UiTestSupport.settle(display);
	}

	/** Types text character by character into whatever has the focus. */
	public static void type(Display display, String text) {
		for (char c : text.toCharArray()) {
			boolean shift = Character.isUpperCase(c) || "%[]+:;_?!\"&()".indexOf(c) >= 0 && "[];".indexOf(c) < 0;
			if (shift) {
				post(display, key(SWT.KeyDown, SWT.SHIFT, '\0'));
			}
			post(display, key(SWT.KeyDown, 0, c));
			post(display, key(SWT.KeyUp, 0, c));
			if (shift) {
				post(display, key(SWT.KeyUp, SWT.SHIFT, '\0'));
			}
		}
		UiTestSupport.settle(display);
	}

	private static Event mouse(int type, int button, Point point) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		event.x = point.x;
		event.y = point.y;
		return event;
	}

	private static Event key(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		return event;
	}

	private static void post(Display display, Event event) {
		if (!UiTestSupport.post(display, event)) {
			throw new IllegalStateException("the window system refused a posted event: " + event);
		}
		UiTestSupport.flush(display);
	}

	/** Moves the pointer to a point of a control (in its coordinates) and lets the UI answer (hover, tooltips). */
	public static void pointTo(org.eclipse.swt.widgets.Control control, int x, int y) {
		post(control.getDisplay(), mouse(SWT.MouseMove, 0, control.toDisplay(x, y)));
		UiTestSupport.settle(control.getDisplay());
	}

	/** Clicks a point of a control (in its coordinates), pointer moved there first. */
	public static void clickAt(org.eclipse.swt.widgets.Control control, int x, int y) {
		Display display = control.getDisplay();
		control.getShell().forceActive();
		Point point = control.toDisplay(x, y);
		post(display, mouse(SWT.MouseMove, 0, point));
		UiTestSupport.settle(display);
		post(display, mouse(SWT.MouseDown, 1, point));
		post(display, mouse(SWT.MouseUp, 1, point));
		UiTestSupport.settle(display);
	}
}
