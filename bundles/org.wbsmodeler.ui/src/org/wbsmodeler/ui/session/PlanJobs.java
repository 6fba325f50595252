package org.wbsmodeler.ui.session;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The background jobs a plan editor starts (a diagram's layout, a validation, a long command) belong to one job
 * family, so whoever must wait for the editor's own work (a UI test, a shutdown) can find it among the workbench's
 * recurring jobs, which never all stop at once.
 */
public final class PlanJobs {

	/** The family every plan editor's job belongs to. */
	public static final Object FAMILY = PlanJobs.class;

	private PlanJobs() {
	}

	/** A job of the family that runs the given work ({@link Job#create(String, IJobFunction)} with a family). */
	public static Job create(String name, IJobFunction work) {
		return new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return work.run(monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
	}

	/** Whether a job of the family is running or waiting to run. */
	public static boolean busy() {
		for (Job job : Job.getJobManager().find(FAMILY)) {
			int state = job.getState();
			if (state == Job.RUNNING || state == Job.WAITING) {
				return true;
			}
		}
		return false;
	}
}
