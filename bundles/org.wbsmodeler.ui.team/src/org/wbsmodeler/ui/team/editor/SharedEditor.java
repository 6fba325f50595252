package org.wbsmodeler.ui.team.editor;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.team.sync.ModelPatch;
import org.wbsmodeler.ui.team.sync.SharedPlan;

/**
 * A plan editor on a copy of a shared plan. Saving the file commits what changed since its base; every
 * {@link #POLL_MS} the server is asked for others' commits (taken into the model, unsaved edits kept) and told that
 * the plan is open here (the answer, who else has it open, goes to the status line). Network calls run in one job at
 * a time; the model is read and changed on the UI thread only.
 */
public final class SharedEditor {

	static final int POLL_MS = 1500;
	static final String COMMIT_MESSAGE = "Saved in WBS Modeler";

	private final WbsEditor editor;
	private final SharedPlan plan;
	private final TeamStatusItem status;
	private final ConflictPresenter conflicts;
	private final ISchedulingRule oneAtATime = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};
	private final Job poll;
	private final IPropertyListener saved = this::propertyChanged;
	private boolean wasDirty;
	private volatile boolean closed;
	private volatile List<String> others = List.of();
	private volatile String problem;

	SharedEditor(WbsEditor editor, SharedPlan plan, TeamStatusItem status, ConflictPresenter conflicts) {
		this.editor = editor;
		this.plan = plan;
		this.status = status;
		this.conflicts = conflicts;
		this.wasDirty = editor.isDirty();
		editor.addPropertyListener(saved);
		poll = Job.create("Shared plan " + plan.url(), this::poll);
		poll.setSystem(true);
		poll.setRule(oneAtATime);
		poll.schedule();
		showStatus();
	}

	/** The rule of this plan's network jobs: a job with it runs after the commits and polls scheduled before it. */
	public ISchedulingRule networkRule() {
		return oneAtATime;
	}

	public SharedPlan plan() {
		return plan;
	}

	public WbsEditor editor() {
		return editor;
	}

	/** The status line's text for this plan. */
	public String statusText() {
		String text = "Shared r" + plan.revision();
		if (!others.isEmpty()) {
			text += " · also open: " + String.join(", ", others);
		}
		return problem == null ? text : text + " · " + problem;
	}

	void close() {
		closed = true;
		editor.removePropertyListener(saved);
		poll.cancel();
		Job leave = Job.create("Leaving " + plan.url(), monitor -> {
			try {
				plan.leave();
			} catch (Exception e) {
				// the server forgets an editor that stops saying it is there
			}
		});
		leave.setSystem(true);
		leave.setRule(oneAtATime);
		leave.schedule();
	}

	private Resource resource() {
		return editor.project() == null ? null : editor.project().eResource();
	}

	/** The editor went from dirty to clean: the file was saved, so its changes are committed. */
	private void propertyChanged(Object source, int property) {
		if (property != IEditorPart.PROP_DIRTY) {
			return;
		}
		boolean dirty = editor.isDirty();
		if (wasDirty && !dirty && resource() != null) {
			commit(COMMIT_MESSAGE);
		}
		wasDirty = dirty;
	}

	/**
	 * Commits what the model changed since its base (it was just saved). The changes are read when the job runs, on
	 * the UI thread, so that two saves in a row never send the same changes twice.
	 */
	public void commit(String message) {
		Job job = Job.create("Committing " + plan.file().getFileName(), monitor -> {
			SharedPlan.Pending[] pending = new SharedPlan.Pending[1];
			Display.getDefault().syncExec(() -> {
				if (!closed && resource() != null) {
					pending[0] = plan.prepare(resource());
				}
			});
			if (pending[0] == null) {
				return Status.CANCEL_STATUS;
			}
			try {
				SharedPlan.Commit commit = plan.commit(pending[0], message);
				ui(() -> committed(commit));
			} catch (Exception e) {
				problem = "commit failed: " + firstLine(e);
				ui(this::showStatus);
			}
			return Status.OK_STATUS;
		});
		job.setRule(oneAtATime);
		job.schedule();
	}

	private void committed(SharedPlan.Commit commit) {
		problem = null;
		if (!commit.accepted()) {
			problem = commit.conflicts().size() + " conflict(s), not committed";
			showStatus();
			conflicts.show("Save of " + plan.file().getFileName() + " not committed", commit.conflicts(), plan.prepare(resource()).base());
			return;
		}
		if (!commit.theirs().isEmpty()) {
			takeIn(plan.catchUp(resource(), commit.theirs()), commit.theirs());
		} else {
			writeBase();
		}
		showStatus();
	}

	private IStatus poll(IProgressMonitor monitor) {
		if (closed) {
			return Status.CANCEL_STATUS;
		}
		try {
			others = plan.presence();
			PlanClient.Log log = plan.incoming();
			problem = null;
			if (!log.commits().isEmpty()) {
				ui(() -> arrived(log));
			}
		} catch (Exception e) {
			problem = "server: " + firstLine(e);
		}
		ui(this::showStatus);
		if (!closed) {
			poll.schedule(POLL_MS);
		}
		return Status.OK_STATUS;
	}

	/** Others' commits arrived: into the model, unsaved edits kept; conflicts shown. */
	private void arrived(PlanClient.Log log) {
		if (closed || resource() == null) {
			return;
		}
		SharedPlan.Merge merge = plan.merge(resource(), log.commits(), log.revision());
		takeIn(merge, log.commits());
		if (!merge.conflicts().isEmpty()) {
			conflicts.show("Commits by " + authors(log.commits()), merge.conflicts(), merge.current());
		}
		showStatus();
	}

	private void takeIn(SharedPlan.Merge merge, List<CommitRecord> commits) {
		boolean clean = !editor.isDirty();
		if (merge.changesModel()) {
			BasicCommandStack stack = (BasicCommandStack) editor.getEditingDomain().getCommandStack();
			stack.execute(new RemoteCommitCommand("Commits by " + authors(commits), new ModelPatch(resource(), merge.target())));
		}
		if (clean) {
			// nothing of the user's is unsaved: the file follows the server (saving commits nothing, writes the base)
			editor.doSave(null);
			wasDirty = false;
			writeBase();
		}
	}

	private void writeBase() {
		try {
			plan.writeBase();
		} catch (java.io.IOException e) {
			problem = "cannot write " + plan.file().getFileName() + ".shared: " + firstLine(e);
		}
	}

	private static String authors(List<CommitRecord> commits) {
		return String.join(", ", commits.stream().map(CommitRecord::author).distinct().toList());
	}

	private void showStatus() {
		status.setText(statusText());
	}

	private void ui(Runnable runnable) {
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!closed) {
					runnable.run();
				}
			});
		}
	}

	private static String firstLine(Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		return message.lines().findFirst().orElse(message);
	}
}
