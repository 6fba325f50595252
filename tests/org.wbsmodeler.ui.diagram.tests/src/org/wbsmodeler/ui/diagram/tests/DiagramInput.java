package org.wbsmodeler.ui.diagram.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.tests.UiTestSupport;

/**
 * Mouse input on a diagram canvas. Pointer moves are real ({@link Display#post}); so are keys. Button presses are
 * not: on GTK 3 under Xvfb a posted button event reaches the canvas with root coordinates (0, 0), i.e. at minus the
 * canvas's screen position, whatever the pointer's place (measured: a click posted at (368, 275) arrived at (-337,
 * -131), after a posted move that did put the pointer over the canvas). So presses and releases are sent to the
 * canvas as the full SWT event ({@code notifyListeners}) at the pointer's place, after the real move got it there.
 */
final class DiagramInput {

	private DiagramInput() {
	}

	/** The centre of the box drawing a model object, in canvas pixels. */
	static Point centre(DiagramViewer viewer, Object object) {
		Rectangle box = viewer.screenBounds(object);
		if (box == null) {
			throw new AssertionError("no box for " + object);
		}
		return new Point(box.x + box.width / 2, box.y + box.height / 2);
	}

	/** A left click; {@code modifiers} SWT.CTRL or SWT.SHIFT for Ctrl-click, Shift-click. */
	static void click(Control canvas, Point at, int modifiers) {
		canvas.getShell().forceActive();
		moveTo(canvas, at);
		button(canvas, SWT.MouseDown, 1, at, modifiers);
		button(canvas, SWT.MouseUp, 1, at, modifiers | SWT.BUTTON1);
		UiTestSupport.settle(canvas.getDisplay());
	}

	/** Press at one point, real pointer moves in steps, release at the other. */
	static void drag(Control canvas, Point from, Point to, int button) {
		Display display = canvas.getDisplay();
		canvas.getShell().forceActive();
		moveTo(canvas, from);
		button(canvas, SWT.MouseDown, button, from, 0);
		int steps = 8;
		int[] moves = { 0 };
		Listener counter = e -> moves[0]++;
		canvas.addListener(SWT.MouseMove, counter);
		int beforeLast = 0;
		for (int i = 1; i <= steps; i++) {
			Point p = canvas.toDisplay(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
			beforeLast = moves[0];
			post(display, mouse(SWT.MouseMove, 0, p));
		}
		// on a loaded machine the window system may take a while to hand the moves back: the release must come after
		// the last one (the gesture's target is where the pointer last moved; GTK may merge earlier moves into it)
		int seenBeforeLast = beforeLast;
		UiTestSupport.waitFor(display, () -> moves[0] > seenBeforeLast, 3000);
		canvas.removeListener(SWT.MouseMove, counter);
		if (moves[0] == 0) {
			throw new AssertionError("no pointer move reached the diagram");
		}
		button(canvas, SWT.MouseUp, button, to, button == 1 ? SWT.BUTTON1 : SWT.BUTTON2);
		UiTestSupport.settle(display);
	}

	/**
	 * A drag from a box of one canvas to a point of another beside it, in three parts so that a test can look at
	 * the feedback before letting go: {@link #press}, {@link #moveAcross}, {@link #release}.
	 */
	static void press(Control canvas, Point at) {
		canvas.getShell().forceActive();
		moveTo(canvas, at);
		button(canvas, SWT.MouseDown, 1, at, 0);
	}

	/**
	 * Real pointer moves in steps from a point of one canvas to a point of another; returns how many moves reached
	 * either canvas (the window system delivers them to the canvas under the pointer when no button grab holds it,
	 * as here where the press was not a real one; the diagrams handle both ways).
	 */
	static int moveAcross(Control from, Point start, Control to, Point end) {
		Display display = from.getDisplay();
		int[] moves = { 0 };
		Listener counter = e -> moves[0]++;
		from.addListener(SWT.MouseMove, counter);
		to.addListener(SWT.MouseMove, counter);
		Point a = from.toDisplay(start);
		Point b = to.toDisplay(end);
		int steps = 12;
		int beforeLast = 0;
		for (int i = 1; i <= steps; i++) {
			beforeLast = moves[0];
			post(display, mouse(SWT.MouseMove, 0, new Point(a.x + (b.x - a.x) * i / steps, a.y + (b.y - a.y) * i / steps)));
		}
		int seenBeforeLast = beforeLast;
		UiTestSupport.waitFor(display, () -> moves[0] > seenBeforeLast, 3000);
		UiTestSupport.settle(display);
		from.removeListener(SWT.MouseMove, counter);
		to.removeListener(SWT.MouseMove, counter);
		return moves[0];
	}

	/**
	 * Lets go over a point of the other canvas. The release goes to the canvas the press was on, in its coordinates
	 * (outside its area), as the window system's pointer grab delivers it after a real press.
	 */
	static void release(Control pressed, Control over, Point at) {
		Point local = pressed.toControl(over.toDisplay(at));
		button(pressed, SWT.MouseUp, 1, local, SWT.BUTTON1);
		UiTestSupport.settle(pressed.getDisplay());
	}

	private static void moveTo(Control canvas, Point at) {
		Display display = canvas.getDisplay();
		post(display, mouse(SWT.MouseMove, 0, canvas.toDisplay(at)));
		UiTestSupport.settle(display);
		Control under = display.getCursorControl();
		if (under != canvas) {
			throw new AssertionError("the pointer at " + display.getCursorLocation() + " is over " + under + ", not over the diagram");
		}
	}

	private static void button(Control canvas, int type, int button, Point at, int stateMask) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		event.x = at.x;
		event.y = at.y;
		event.stateMask = stateMask;
		event.count = 1;
		event.widget = canvas;
		event.display = canvas.getDisplay();
		event.time = (int) System.currentTimeMillis();
		canvas.notifyListeners(type, event);
		UiTestSupport.flush(canvas.getDisplay());
	}

	private static Event mouse(int type, int button, Point at) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		event.x = at.x;
		event.y = at.y;
		return event;
	}

	private static void post(Display display, Event event) {
		if (!UiTestSupport.post(display, event)) {
			throw new IllegalStateException("the window system refused a posted event: " + event);
		}
		UiTestSupport.flush(display);
	}
}
