package org.wbsmodeler.ui.compare.conflicts;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.conflict.ListedConflict;

/** Marks a conflict as picked (the last part of a pick): undone, the conflict is open again. */
final class ResolveConflict extends AbstractCommand {

	private final OpenConflicts conflicts;
	private final ListedConflict conflict;
	private final Resource plan;

	ResolveConflict(OpenConflicts conflicts, ListedConflict conflict, Resource plan) {
		super("Resolve Conflict");
		this.conflicts = conflicts;
		this.conflict = conflict;
		this.plan = plan;
	}

	@Override
	protected boolean prepare() {
		return !conflicts.isPicked(conflict);
	}

	@Override
	public void execute() {
		conflicts.setPicked(conflict, true);
	}

	@Override
	public void undo() {
		conflicts.setPicked(conflict, false);
	}

	@Override
	public void redo() {
		execute();
	}

	/** The element, for the editor to select after the pick (nothing when it was deleted). */
	@Override
	public Collection<?> getAffectedObjects() {
		EObject element = plan.getEObject(conflict.id());
		return element == null || element.eResource() == null ? List.of() : List.of(element);
	}
}
