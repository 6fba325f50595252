package org.wbsmodeler.editing.rules;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;

/**
 * One user gesture on the plan as one command with a readable label ("Indent 1.2.3 Design"). It reports the elements
 * it is about as affected objects after execute, undo and redo alike, so the editor selects the moved rows at their
 * new and at their old place; when they are gone (a delete), the elements the last step touched are selected.
 */
public class GestureCommand extends CompoundCommand {

	private final List<? extends EObject> subjects;

	public GestureCommand(String label, List<? extends EObject> subjects) {
		super(label);
		this.subjects = subjects;
	}

	@Override
	public Collection<?> getAffectedObjects() {
		List<? extends EObject> present = subjects.stream().filter(s -> s.eResource() != null).toList();
		return present.isEmpty() ? super.getAffectedObjects() : present;
	}
}
