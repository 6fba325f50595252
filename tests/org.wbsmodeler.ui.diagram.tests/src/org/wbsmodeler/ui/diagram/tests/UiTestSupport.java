package org.wbsmodeler.ui.diagram.tests;

import org.eclipse.swt.widgets.Display;

/** Small helpers every UI test needs: running the event loop until the UI has caught up. */
public final class UiTestSupport {

	private UiTestSupport() {
	}

	/** Runs every pending event (paints, asyncExecs) so that what a test checks is what the user would see. */
	public static void flush(Display display) {
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Flushes events for a while: for work posted with timers or jobs that finish on the UI thread. */
	public static void flush(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
	}

	/** Runs the event loop until the condition holds or the time is up; tells whether it holds. */
	public static boolean waitFor(Display display, java.util.function.BooleanSupplier condition, long millis) {
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (condition.getAsBoolean()) {
				return true;
			}
			flush(display, 20);
		}
		return condition.getAsBoolean();
	}
}
