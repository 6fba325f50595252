package org.wbsmodeler.ui.pages.cells;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * The commands the pages run, each with a label people read in Edit > Undo ("Undo Set priority of requirement
 * BR-01"). Pages never write the model themselves: everything goes through {@link #run}.
 */
public final class Edits {

	private final EditingDomain domain;

	public Edits(EditingDomain domain) {
		this.domain = domain;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** Sets a feature; null when the value is already there (nothing to undo). */
	public Command set(EObject owner, EStructuralFeature feature, Object value) {
		if (Objects.equals(owner.eGet(feature), value)) {
			return null;
		}
		String label = "Set " + ModelTexts.feature(feature) + " of " + ModelTexts.describe(owner);
		return labelled(label, SetCommand.create(domain, owner, feature, value));
	}

	/** Adds a new object to a containment or a reference to a many-valued reference. */
	public Command add(String label, EObject owner, EStructuralFeature feature, Object value) {
		return labelled(label, AddCommand.create(domain, owner, feature, value));
	}

	/** Removes a value from a many-valued reference, leaving the object itself alone. */
	public Command removeReference(String label, EObject owner, EReference reference, Object value) {
		return labelled(label, org.eclipse.emf.edit.command.RemoveCommand.create(domain, owner, reference, value));
	}

	/** Deletes objects and every reference to them (a removed stakeholder is no longer a requirement's source). */
	public Command delete(Collection<? extends EObject> objects) {
		String label = "Remove " + (objects.size() == 1 ? ModelTexts.describe(objects.iterator().next()) : objects.size() + " items");
		return labelled(label, DeleteCommand.create(domain, objects));
	}

	/** Moves a value within its list, by one place up (-1) or down (+1); null at either end. */
	public Command move(EObject object, int by) {
		EObject owner = object.eContainer();
		EStructuralFeature feature = object.eContainingFeature();
		List<?> list = (List<?>) owner.eGet(feature);
		int to = list.indexOf(object) + by;
		if (to < 0 || to >= list.size()) {
			return null;
		}
		return labelled("Move " + ModelTexts.describe(object) + (by < 0 ? " up" : " down"), MoveCommand.create(domain, owner, feature, object, to));
	}

	/** One undoable unit with a readable label. */
	public static Command labelled(String label, Command... commands) {
		CompoundCommand compound = new CompoundCommand(label);
		for (Command command : commands) {
			compound.append(command);
		}
		return compound;
	}

	/** Executes a command on the stack when it can run; tells whether it ran. */
	public boolean run(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}
}
