package org.wbsmodeler.model.edit.command;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.tasktype.TaskTypeEdits;
import org.wbsmodeler.model.tasktype.TaskTypeEdits.FeatureChange;

/**
 * The editor's edits of duration, work, units and resources as one undoable command each, with MS Project's task
 * type deciding what else moves ({@link TaskTypeEdits}): "Set Duration" of a fixed-units task also sets its work and
 * its assignments' work, and undo takes all of it back. A value the rule refuses (negative, 0 % units) gives an
 * unexecutable command.
 */
public final class TaskTypeCommands {

	private TaskTypeCommands() {
	}

	public static Command setDuration(EditingDomain domain, WbsElement task, double days) {
		return compound(domain, "Set Duration", () -> TaskTypeEdits.durationEdited(task, days));
	}

	public static Command setWork(EditingDomain domain, WbsElement task, double hours) {
		return compound(domain, "Set Work", () -> TaskTypeEdits.workEdited(task, hours));
	}

	public static Command setUnits(EditingDomain domain, WbsElement task, Assignment assignment, double units) {
		return compound(domain, "Set Units", () -> TaskTypeEdits.unitsEdited(task, assignment, units));
	}

	/** Assigns {@code assignment} (a new one, its resource and units set) to {@code task}. */
	public static Command addAssignment(EditingDomain domain, WbsElement task, Assignment assignment) {
		CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, "Assign Resource");
		command.append(AddCommand.create(domain, task, WbsPackage.Literals.WBS_ELEMENT__ASSIGNMENTS, assignment));
		append(command, domain, () -> TaskTypeEdits.assignmentAdded(task, assignment));
		return command;
	}

	public static Command removeAssignment(EditingDomain domain, WbsElement task, Assignment assignment) {
		CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, "Remove Assignment");
		append(command, domain, () -> TaskTypeEdits.assignmentRemoved(task, assignment));
		command.append(RemoveCommand.create(domain, task, WbsPackage.Literals.WBS_ELEMENT__ASSIGNMENTS, assignment));
		return command;
	}

	private static CompoundCommand compound(EditingDomain domain, String label, Supplier<List<FeatureChange>> edit) {
		CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL, label);
		append(command, domain, edit);
		return command;
	}

	private static void append(CompoundCommand command, EditingDomain domain, Supplier<List<FeatureChange>> edit) {
		List<FeatureChange> changes;
		try {
			changes = edit.get();
		} catch (IllegalArgumentException refused) {
			command.append(new Refused(command.getLabel(), refused.getMessage()));
			return;
		}
		for (FeatureChange change : changes) {
			command.append(SetCommand.create(domain, change.owner(), change.feature(), change.value()));
		}
	}

	/** An edit the rule refuses: never executable, its description says why. */
	private static final class Refused extends AbstractCommand {

		Refused(String label, String why) {
			super(label, why);
		}

		@Override
		protected boolean prepare() {
			return false;
		}

		@Override
		public void execute() {
			throw new UnsupportedOperationException(getDescription());
		}

		@Override
		public void redo() {
			throw new UnsupportedOperationException(getDescription());
		}
	}
}
