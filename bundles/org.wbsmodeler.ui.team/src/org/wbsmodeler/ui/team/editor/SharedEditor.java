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
import org.wbsmodeler.server.client.PlanEventStream;
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.team.sync.ModelPatch;
import org.wbsmodeler.ui.team.sync.SharedPlan;

/**
 * A plan editor on a copy of a shared plan. Saving the file commits what changed since its base. The plan's event
 * stream tells of others' commits as they land (fetched then, and taken into the model, unsaved edits kept) and of who
 * else has the plan open (for the status line); it connects again by itself when the server comes back, and the
 * commits missed meanwhile are fetched then. Network calls run in one job at a time; the model is read and changed on
 * the UI thread only. Closing the editor ends the stream and its thread.
 */
public final class SharedEditor {

	static final String COMMIT_MESSAGE = "Saved in WBS Modeler";

	private final WbsEditor editor;
	private final SharedPlan plan;
	private final Runnable statusChanged;
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
	private final Job fetch;
	private final PlanEventStream events;
	private final IPropertyListener saved = this::propertyChanged;
	private boolean wasDirty;
	/** A save was refused for conflicts: once the others' commits are in, commit again if nothing conflicts now. */
	private boolean commitAfterFetch;
	private volatile boolean closed;
	private volatile List<String> others = List.of();
	private volatile String problem;

	SharedEditor(WbsEditor editor, SharedPlan plan, Runnable statusChanged, ConflictPresenter conflicts) {
		this.editor = editor;
		this.plan = plan;
		this.statusChanged = statusChanged;
		this.conflicts = conflicts;
		this.wasDirty = editor.isDirty();
		editor.addPropertyListener(saved);
		fetch = Job.create("Shared plan " + plan.url(), this::fetch);
		fetch.setSystem(true);
		fetch.setRule(oneAtATime);
		events = plan.events(new PlanEventStream.Listener() {
			@Override
			public void connected() {
				problem = null;
				// commits may have landed while the stream was not open
				fetch.schedule();
				ui(SharedEditor.this::showStatus);
			}

			@Override
			public void commit(long revision) {
				if (revision > plan.revision()) {
					fetch.schedule();
				}
			}

			@Override
			public void presence(List<String> names) {
				others = List.copyOf(names);
				ui(SharedEditor.this::showStatus);
			}

			@Override
			public void disconnected(String why, long retryInMs) {
				// the field is narrow: why the connection failed (refused, reset) says nothing more to the user
				problem = retryInMs < 0 ? "server refused: " + why : "server away, reconnecting";
				ui(SharedEditor.this::showStatus);
			}
		}).start();
	}

	/** Whether the plan's event stream (its thread) still runs: from opening until shortly after closing. */
	public boolean listening() {
		return events.running();
	}

	/** The rule of this plan's network jobs: a job with it runs after the commits and fetches scheduled before it. */
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
		events.close();
		fetch.cancel();
		Job leave = Job.create("Leaving " + plan.url(), monitor -> {
			try {
				plan.leave();
			} catch (Exception e) {
				// the server forgets an editor whose stream ended
			} finally {
				plan.client().close();
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
			// others committed since the base: their commits are taken in as if they had arrived live, which lists
			// the same conflicts (with the base moved on, so that picking a side and saving again commits)
			problem = commit.conflicts().size() + " conflict(s), not committed";
			showStatus();
			commitAfterFetch = true;
			fetch.schedule();
			return;
		}
		if (!commit.theirs().isEmpty()) {
			takeIn(plan.catchUp(resource(), commit.theirs()), commit.theirs());
		} else {
			writeBase();
		}
		showStatus();
	}

	/** Fetches the commits after the model's base (the stream said there are some, or may have missed some). */
	private IStatus fetch(IProgressMonitor monitor) {
		if (closed) {
			return Status.CANCEL_STATUS;
		}
		try {
			PlanClient.Log log = plan.incoming();
			if (!log.commits().isEmpty()) {
				ui(() -> arrived(log));
			} else {
				// a refused save whose others' commits a fetch before took in: its conflicts were listed then
				ui(() -> commitAfterFetch = false);
			}
		} catch (Exception e) {
			// the stream reconnects when the server is back, and asks again then
			problem = "server: " + firstLine(e);
			ui(this::showStatus);
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
			String why = (commitAfterFetch ? "Save not committed: changed meanwhile in " : "Changed in ") + "commits by " + authors(log.commits());
			conflicts.show(editor, why, merge.conflicts(), merge.current());
		} else if (commitAfterFetch && !plan.prepare(resource()).changes().isEmpty()) {
			// a refused save whose conflicts went away meanwhile: what it had to commit is committed now
			commit(COMMIT_MESSAGE);
		}
		commitAfterFetch = false;
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
		statusChanged.run();
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
