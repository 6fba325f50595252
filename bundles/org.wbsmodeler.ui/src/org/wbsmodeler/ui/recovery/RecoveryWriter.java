package org.wbsmodeler.ui.recovery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.wbsmodeler.ui.internal.UiActivator;

/**
 * Keeps one editor's unsaved state in the {@link RecoveryStore}: after an edit that leaves the editor dirty, the model
 * is serialized on the UI thread (where it is edited) once the edits pause for {@link #DELAY_MILLIS}, and never later
 * than {@link #LATEST_MILLIS} after the first unwritten edit, and written by a background thread. Serializing a big
 * plan takes a while on the UI thread: a burst of edits (typing durations down a column) pays it once, in a pause,
 * not every second in the middle of it. Writes and deletes for the editor run in order on one thread, so
 * a save's delete is never overtaken by an older write.
 */
public final class RecoveryWriter {

	/** The quiet time after the last edit of a burst before its state is written (beyond the write itself). */
	public static final int DELAY_MILLIS = 1_000;
	/** How long after the first unwritten edit its state is written at the latest, however the edits go on: within 5 s. */
	public static final int LATEST_MILLIS = 4_000;

	private final RecoveryStore store;
	private final Display display;
	private final Resource resource;
	private final BooleanSupplier dirty;
	private final ExecutorService disk = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "WBS recovery writer");
		thread.setDaemon(true);
		return thread;
	});
	private Path plan;
	private Instant lastEdit;
	/** Counts edits; the writing thread compares it to see whether the model changed while it read it. */
	private volatile long edits;
	private boolean pending;
	/** When the first edit not yet written came. */
	private Instant firstPending;
	/** One runnable, so that scheduling it again moves its timer instead of adding one. */
	private final Runnable write = this::writeNow;
	/** Whether a recovery for this plan is this editor's to delete (it wrote one, or opened from one). */
	private boolean owns;
	/** The editor closed: a timer still pending writes nothing. */
	private boolean disposed;

	public RecoveryWriter(RecoveryStore store, Display display, Resource resource, Path plan, BooleanSupplier dirty) {
		this.store = store;
		this.display = display;
		this.resource = resource;
		this.plan = plan;
		this.dirty = dirty;
	}

	/** The editor was opened from a recovery: it owns it, and deletes it on save or close. */
	public void adoptRecovery(Instant edited) {
		owns = true;
		lastEdit = edited;
	}

	/** After every command, undo and redo: a dirty editor's state is written soon; a clean one keeps none. */
	public void changed() {
		if (!dirty.getAsBoolean()) {
			forget();
			return;
		}
		lastEdit = Instant.now();
		edits++;
		if (!pending) {
			pending = true;
			firstPending = lastEdit;
			display.timerExec(DELAY_MILLIS, write);
		} else if (java.time.Duration.between(firstPending, lastEdit).toMillis() < LATEST_MILLIS - DELAY_MILLIS) {
			display.timerExec(DELAY_MILLIS, write); // SWT moves the pending timer of the same runnable
		}
	}

	/**
	 * Hands the model to the writing thread, which serializes and writes it. Serializing a 100,000-activity plan takes
	 * a second or more: it only reads the model, so it runs there, and a copy that an edit overtook is dropped (that
	 * edit has its own write coming). A plan whose resource cannot be written by reading alone is serialized here.
	 */
	public void writeNow() {
		pending = false;
		if (disposed || !dirty.getAsBoolean() || resource.getContents().isEmpty()) {
			return;
		}
		Path target = plan;
		Instant edited = lastEdit;
		long seen = edits;
		boolean onWritingThread = RecoveryStore.serializesByReading(resource);
		byte[] serializedHere = onWritingThread ? null : serialize(target);
		if (!onWritingThread && serializedHere == null) {
			return;
		}
		owns = true;
		disk.execute(() -> {
			byte[] model = serializedHere;
			if (model == null) {
				try {
					model = RecoveryStore.serialize(resource);
				} catch (IOException | RuntimeException e) {
					// read while an edit changed the model: try again once the UI is free (that edit may not be a command)
					retry();
					return;
				}
				if (seen != edits) {
					return; // an edit came meanwhile: its own write is due and holds it
				}
			}
			try {
				store.write(target, model, edited);
			} catch (IOException e) {
				UiActivator.log("Could not keep the unsaved changes of " + target, e);
			}
		});
	}

	private byte[] serialize(Path target) {
		try {
			return RecoveryStore.serialize(resource);
		} catch (IOException e) {
			UiActivator.log("Could not keep the unsaved changes of " + target, e);
			return null;
		}
	}

	private void retry() {
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!disposed) {
					changed();
				}
			});
		}
	}

	/** Saved, or back to the saved state: the kept state goes. */
	public void forget() {
		pending = false;
		if (!owns || disposed) {
			return;
		}
		owns = false;
		Path target = plan;
		disk.execute(() -> {
			try {
				store.delete(target);
			} catch (IOException e) {
				UiActivator.log("Could not delete the recovery of " + target, e);
			}
		});
	}

	/** Saved under another name: what was kept for the old file goes, the next edit is kept for the new one. */
	public void moved(Path newPlan) {
		forget();
		plan = newPlan;
	}

	/** The editor closes (without saving, when dirty): its kept state goes, and the writing thread ends. */
	public void dispose() {
		forget();
		disposed = true;
		disk.shutdown();
	}
}
