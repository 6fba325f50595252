package org.wbsmodeler.ui.markers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;
import org.wbsmodeler.ui.internal.UiActivator;
import org.wbsmodeler.ui.session.PlanJobs;

/**
 * Keeps the Problems markers of an open model in step with its command stack: after each command, undo or redo
 * (debounced, so a burst of edits validates once) the model is validated on the UI thread and a job writes the
 * markers; a result that a newer change has overtaken is dropped. Attach it with {@link #attach(CommandStack)}.
 *
 * <p>A plan too big to validate at every pause ({@link #LIVE_VALIDATION_LIMIT}) has markers for its saved file: at
 * open and after each save a job loads the file afresh and validates that, so the UI thread does none of it.
 */
public final class MarkerUpdater implements CommandStackListener {

	/** Quiet time after the last change before validating: typing in cells should not validate at every commit. */
	public static final int DELAY_MS = 500;

	private final IFile file;
	private final Resource resource;
	private final Display display;
	private final AtomicLong generation = new AtomicLong();
	private final Runnable validateLiveModel = this::validateLiveModel;
	private CommandStack stack;
	private volatile Job running;
	private volatile boolean detached;
	/** Whether the markers describe the saved file (a big plan) rather than the model as edited. */
	private boolean fromSavedFile;

	/**
	 * @param file     the model's file in the workspace (markers live there)
	 * @param resource the editor's resource of that file; its first content is the project
	 */
	public MarkerUpdater(IFile file, Resource resource) {
		this.file = file;
		this.resource = resource;
		this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
	}

	/**
	 * Above this many WBS elements the model is validated after each save rather than after each command: a validation
	 * of 20,000 elements takes the UI thread a few tenths of a second.
	 */
	public static final int LIVE_VALIDATION_LIMIT = 20_000;

	/**
	 * Markers for an editor's model: following every command (validated after a quiet moment) up to
	 * {@link #LIVE_VALIDATION_LIMIT} elements, each save above it, where validating at every pause would stall typing.
	 */
	public static MarkerUpdater forEditor(IFile file, Resource resource, CommandStack commandStack, int elements) {
		MarkerUpdater markers = new MarkerUpdater(file, resource);
		if (elements <= LIVE_VALIDATION_LIMIT) {
			markers.attach(commandStack);
		} else {
			markers.fromSavedFile = true;
			markers.schedule();
		}
		return markers;
	}

	/** Listens to a command stack and validates once now, so markers are right from the start. */
	public MarkerUpdater attach(CommandStack commandStack) {
		this.stack = commandStack;
		commandStack.addCommandStackListener(this);
		schedule();
		return this;
	}

	/** Stops listening; markers stay as they are (they are not persistent and go when the workbench closes). */
	public void detach() {
		detached = true;
		if (stack != null) {
			stack.removeCommandStackListener(this);
		}
		generation.incrementAndGet();
		if (!display.isDisposed()) {
			display.timerExec(-1, validateLiveModel);
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		schedule();
	}

	/** Validates after the quiet time; a later call restarts the wait. A big plan's saved file is validated in a job. */
	public void schedule() {
		long mine = generation.incrementAndGet();
		if (fromSavedFile) {
			validateSavedFile(mine);
			return;
		}
		display.asyncExec(() -> display.timerExec(DELAY_MS, validateLiveModel));
	}

	/** The job of the last validation, for tests and for a Validate command that waits for it; may be null. */
	public Job running() {
		return running;
	}

	private void validateLiveModel() {
		if (detached || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Project project)) {
			return;
		}
		long mine = generation.get();
		// validated here, on the live model, after the quiet time; the job only writes the markers. Copying the plan
		// for a job to validate cost the UI thread 3 to 8 times what the validation itself does (2,000 activities:
		// ~200 ms against ~30–80; 20,000: ~2 s against ~0.2–0.5)
		List<ModelProblem> problems = new ArrayList<>(loadWarnings(resource));
		problems.addAll(ProblemMarkers.validate(project, resource::getURIFragment));
		run(mine, 0, Job.SHORT, () -> problems);
	}

	/** The saved file loaded afresh in the job and validated: the markers of a plan too big to validate at every pause. */
	private void validateSavedFile(long mine) {
		Path saved = file.getLocation() == null ? null : file.getLocation().toFile().toPath();
		if (saved == null || detached) {
			return;
		}
		run(mine, DELAY_MS, Job.DECORATE, () -> {
			Resource fresh;
			try {
				fresh = ModelFiles.loadResource(saved);
			} catch (ModelLoadException e) {
				// the editor shows why its file does not load; the markers stay as they were
				return null;
			}
			List<ModelProblem> problems = new ArrayList<>(loadWarnings(fresh));
			problems.addAll(ProblemMarkers.validate((Project) fresh.getContents().get(0), fresh::getURIFragment));
			return problems;
		});
	}

	/** What the load kept without understanding it (a plug-in that is not installed) stays in view as a warning. */
	private List<ModelProblem> loadWarnings(Resource loaded) {
		return loaded.getWarnings().stream().map(warning -> new ModelProblem(IMarker.SEVERITY_WARNING, warning.getMessage(), file.getName(), null)).toList();
	}

	/**
	 * Runs a validation in a job and puts its problems on the file, unless a newer change overtook it (or it gave none).
	 * A big plan's is a {@link Job#DECORATE} job: it runs when nothing else waits, and nobody waits for it.
	 */
	private void run(long mine, long delayMillis, int priority, Supplier<List<ModelProblem>> validation) {
		Job job = PlanJobs.create("Validating " + file.getName(), (IProgressMonitor monitor) -> {
			List<ModelProblem> problems = validation.get();
			if (problems == null || generation.get() != mine || detached) {
				return Status.CANCEL_STATUS;
			}
			try {
				ProblemMarkers.replace(file, problems);
			} catch (CoreException e) {
				UiActivator.log("cannot update the problem markers of " + file.getFullPath(), e);
				return e.getStatus();
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(priority);
		job.setRule(file);
		Job overtaken = running;
		if (overtaken != null) {
			overtaken.cancel(); // not started yet (a big plan's waits): it never loads the file for a result to be dropped
		}
		running = job;
		job.schedule(delayMillis);
	}

}
