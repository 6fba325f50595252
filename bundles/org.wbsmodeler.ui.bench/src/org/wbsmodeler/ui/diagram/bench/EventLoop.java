package org.wbsmodeler.ui.diagram.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/** What the diagram and Gantt page benchmarks wait with: the UI thread's event loop, never a fixed sleep alone. */
final class EventLoop {

	private EventLoop() {
	}

	/** Lets what opening or the last edit posted finish: no job running, then the event loop run for {@code millis}. */
	static void settle(Display display, long millis, long timeoutMs, String failure) {
		waitFor(display, () -> Job.getJobManager().isIdle(), timeoutMs, failure);
		long end = System.nanoTime() + millis * 1_000_000L;
		while (System.nanoTime() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Runs the event loop until the condition holds; after {@code timeoutMs} an IllegalStateException says {@code failure}. */
	static void waitFor(Display display, BooleanSupplier condition, long timeoutMs, String failure) {
		long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException(failure + " within " + timeoutMs / 1000 + " s");
			}
			if (!display.readAndDispatch()) {
				display.timerExec(1, () -> {
				});
				display.sleep();
			}
		}
	}

	static long median(List<Long> values) {
		long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
