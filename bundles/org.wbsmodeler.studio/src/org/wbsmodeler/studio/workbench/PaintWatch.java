package org.wbsmodeler.studio.workbench;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Notes which controls paint (a display filter sees every paint event) and runs the event loop until the part of the
 * window one cares about has painted and nothing is left to do: no event pending, no job running or waiting (but the
 * {@link Job#DECORATE} ones nobody waits for). That is what a person sees as "it is there": the measurements of the
 * editor benchmark and the smoke check end there.
 */
public final class PaintWatch implements AutoCloseable {

	private final Display display;
	private final Set<Control> painted = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Listener filter = this::paint;
	/** How often our own wake-up timer ran: a round that ran only that timer was still a quiet round. */
	private int wakeUps;
	private final Runnable wakeUp = () -> wakeUps++;

	public PaintWatch(Display display) {
		this.display = display;
		display.addFilter(SWT.Paint, filter);
	}

	private void paint(Event event) {
		if (event.widget instanceof Control control) {
			if (painted.isEmpty()) {
				firstPaintNanos = System.nanoTime();
			}
			painted.add(control);
		}
	}

	private long firstPaintNanos;

	/** When the first paint after the last {@link #reset()} came ({@link System#nanoTime()}), 0 before it. */
	public long firstPaintNanos() {
		return firstPaintNanos;
	}

	/** Forgets the paints so far: what follows is measured from here. */
	public void reset() {
		painted.clear();
		firstPaintNanos = 0;
	}

	/** Whether {@code scope} or a control inside it painted since the last {@link #reset()}. */
	public boolean paintedUnder(Control scope) {
		for (Control control : painted) {
			if (control.isDisposed()) {
				continue;
			}
			for (Control c = control; c != null; c = c.getParent()) {
				if (c == scope) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Runs the event loop until {@code scope} painted, no event is pending and no job but a decoration runs. Returns false
	 * when that did not happen within {@code timeoutMillis}.
	 */
	public boolean awaitPaintedAndIdle(Control scope, long timeoutMillis) {
		return runUntil(timeoutMillis, quiet -> quiet && paintedUnder(scope));
	}

	/**
	 * Runs the event loop until nothing has happened (no event, no job) for {@code quietMillis}: work posted with timers
	 * after a gesture (a deferred validation) is then done. Returns false when that did not happen within
	 * {@code timeoutMillis}.
	 */
	public boolean awaitQuiet(long quietMillis, long timeoutMillis) {
		long[] quietSince = { System.nanoTime() };
		return runUntil(timeoutMillis, quiet -> {
			if (!quiet) {
				quietSince[0] = System.nanoTime();
			}
			return System.nanoTime() - quietSince[0] > quietMillis * 1_000_000L;
		});
	}

	/** The one event loop of both waits: {@code done} is asked after each round, told whether the round was quiet. */
	private boolean runUntil(long timeoutMillis, java.util.function.Predicate<Boolean> done) {
		long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
		while (System.nanoTime() < deadline) {
			int dispatched = 0;
			int wakeUpsBefore = wakeUps;
			while (display.readAndDispatch()) {
				dispatched++;
			}
			boolean onlyWokeUp = dispatched == wakeUps - wakeUpsBefore;
			if (done.test(onlyWokeUp && noForegroundJob())) {
				return true;
			}
			if (onlyWokeUp) {
				// wake up soon even when nothing arrives: a job may finish without posting an event
				display.timerExec(2, wakeUp);
				display.sleep();
			}
		}
		return false;
	}

	/**
	 * No job running or waiting but {@link Job#DECORATE} ones: those run when nothing else does and show nothing the
	 * user waits for (a big plan's Problems markers of its saved file), as the workbench's decorators.
	 */
	private static boolean noForegroundJob() {
		if (Job.getJobManager().isIdle()) {
			return true;
		}
		for (Job job : Job.getJobManager().find(null)) {
			int state = job.getState();
			if ((state == Job.RUNNING || state == Job.WAITING) && job.getPriority() != Job.DECORATE) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void close() {
		if (!display.isDisposed()) {
			display.removeFilter(SWT.Paint, filter);
		}
	}
}
