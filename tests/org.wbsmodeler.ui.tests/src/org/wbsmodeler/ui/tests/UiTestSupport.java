package org.wbsmodeler.ui.tests;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.wbsmodeler.ui.session.PlanJobs;

/**
 * What every UI test needs to wait for the UI, always on a condition and never for a fixed time (on a loaded 2-core
 * machine a fixed time is how UI tests turn flaky): the event queue drained, the UI idle, input delivered.
 */
public final class UiTestSupport {

	/** The modifiers posted down and not yet up (UI tests run on the one UI thread). */
	private static int heldModifiers;

	private static boolean isHeldModifier(int keyCode) {
		return keyCode == SWT.CTRL || keyCode == SWT.ALT || keyCode == SWT.SHIFT;
	}

	/** How long a wait for a condition may take before the test goes on (and its assertions say what is missing). */
	private static final long PATIENCE_MILLIS = 10_000;

	private UiTestSupport() {
	}

	/** Runs every pending event (paints, asyncExecs) so that what a test checks is what the user would see. */
	public static void flush(Display display) {
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/**
	 * Runs the event loop until the UI is idle: no event pending and none of the plan editor's jobs running, twice in a
	 * row (work a job or an asyncExec posts is caught by the second look). For work that follows a command, a refresh
	 * or a layout job. The workbench's own recurring jobs are not waited for: they never all stop at once.
	 */
	public static void settle(Display display) {
		long end = System.currentTimeMillis() + PATIENCE_MILLIS;
		int[] ticks = { 0 };
		int idle = 0;
		while (idle < 2 && System.currentTimeMillis() < end) {
			int ticksBefore = ticks[0];
			int dispatched = 0;
			while (display.readAndDispatch()) {
				dispatched++;
			}
			// the wake-up tick below is dispatched like any event: it is not work, or the UI would never look idle
			boolean worked = dispatched > ticks[0] - ticksBefore;
			idle = worked || PlanJobs.busy() ? 0 : idle + 1;
			if (idle < 2) {
				// sleeps until the next event, or wakes to look at the jobs again
				display.timerExec(5, () -> ticks[0]++);
				display.sleep();
			}
		}
		if (idle < 2) {
			// not a failure (the test's assertions say what is missing), but a slow suite should show why
			System.err.println("UiTestSupport.settle: the UI was still busy after " + PATIENCE_MILLIS + " ms");
		}
	}

	/** Runs the event loop until the condition holds or the time is up; tells whether it holds. */
	public static boolean waitFor(Display display, BooleanSupplier condition, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
		return true;
	}

	/**
	 * Posts real input through the window system and waits until it has come back and been dispatched: a pointer
	 * move until the pointer is there, a key or button release until the display has seen it (the press before it
	 * then has been handled too; a press itself may be taken by a key binding before any filter sees it). Tells
	 * whether the window system took the event.
	 */
	public static boolean post(Display display, Event event) {
		if (event.type == SWT.MouseMove) {
			Point target = new Point(event.x, event.y);
			boolean accepted = display.post(event);
			if (!waitFor(display, () -> display.getCursorLocation().equals(target), PATIENCE_MILLIS)) {
				System.err.println("UiTestSupport.post: the pointer never reached " + target);
			}
			flush(display);
			return accepted;
		}
		if (event.type == SWT.KeyDown && isHeldModifier(event.keyCode)) {
			heldModifiers |= event.keyCode;
		}
		if (event.type == SWT.KeyUp && isHeldModifier(event.keyCode)) {
			heldModifiers &= ~event.keyCode;
		}
		// with Ctrl or Alt down a key binding may take the release of the letter too (GTK's text widgets do for Ctrl+A):
		// it is not waited for; the modifier's own release comes after it and is
		boolean unwatched = event.type == SWT.KeyUp && !isHeldModifier(event.keyCode) && (heldModifiers & (SWT.CTRL | SWT.ALT)) != 0;
		if (event.type != SWT.KeyUp && event.type != SWT.MouseUp || unwatched) {
			return display.post(event);
		}
		boolean[] seen = { false };
		Listener watcher = e -> seen[0] = true;
		display.addFilter(event.type, watcher);
		try {
			boolean accepted = display.post(event);
			if (!waitFor(display, () -> seen[0], PATIENCE_MILLIS)) {
				System.err.println("UiTestSupport.post: the display never saw event " + event.type + " key " + event.keyCode + " '"
						+ event.character + "' (focus on "
						+ display.getFocusControl() + ", active shell " + display.getActiveShell() + ")");
			}
			flush(display);
			return accepted;
		} finally {
			display.removeFilter(event.type, watcher);
		}
	}
}
