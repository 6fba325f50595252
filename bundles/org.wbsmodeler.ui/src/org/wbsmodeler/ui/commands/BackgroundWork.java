package org.wbsmodeler.ui.commands;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.wbsmodeler.ui.internal.UiActivator;
import org.wbsmodeler.ui.session.PlanJobs;

/**
 * Long work of a command (export, import, diagrams, report) in a job, so the window stays responsive; its one-line
 * outcome or failure comes back to the UI thread.
 */
final class BackgroundWork {

	/** The work: returns what to tell the user, or throws with a one-line message. */
	@FunctionalInterface
	interface Work<T> {
		T run() throws Exception;
	}

	private BackgroundWork() {
	}

	/** Runs the work in a user job; then, on the UI thread, hands the result on or shows the failure. */
	static <T> Job start(String title, Shell shell, Work<T> work, Consumer<T> done) {
		Job job = PlanJobs.create(title, monitor -> {
			try {
				T result = work.run();
				asyncOn(shell, () -> done.accept(result));
				return Status.OK_STATUS;
			} catch (Exception e) {
				String message = e.getMessage() == null ? e.toString() : e.getMessage();
				asyncOn(shell, () -> MessageDialog.openError(shell, title, message));
				if (e instanceof RuntimeException) {
					UiActivator.log(title + " failed", e);
				}
				return new Status(IStatus.INFO, UiActivator.PLUGIN_ID, message);
			}
		});
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void asyncOn(Shell shell, Runnable runnable) {
		if (!shell.isDisposed()) {
			shell.getDisplay().asyncExec(() -> {
				if (!shell.isDisposed()) {
					runnable.run();
				}
			});
		}
	}
}
