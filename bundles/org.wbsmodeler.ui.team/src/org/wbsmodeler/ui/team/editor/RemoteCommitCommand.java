package org.wbsmodeler.ui.team.editor;

import org.eclipse.emf.common.command.AbstractCommand;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.ui.team.sync.ModelPatch;

/**
 * Others' commits taken into the open model. It goes through the editor's one command stack (so the pages, the
 * schedule and the dirty state follow it as any edit) but cannot be undone: Ctrl+Z undoes the user's own edits made
 * after it and stops there, instead of taking back what someone else committed as if it were the user's. It has no
 * affected objects, so the user's selection stays where it was.
 */
final class RemoteCommitCommand extends AbstractCommand {

	private final ModelPatch patch;

	RemoteCommitCommand(String label, ModelPatch patch) {
		super(label, "Commits by others, taken in from the server");
		this.patch = patch;
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		try {
			patch.apply();
		} catch (PlanException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public void redo() {
		throw new UnsupportedOperationException("a commit by others is not redone");
	}
}
