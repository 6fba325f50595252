package org.wbsmodeler.editing.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * The process breakdown's edits, from the Processes page and the process map alike: a new process (with the
 * breakdown itself when the plan has none), a new step after the selected one, a step moved, an owner, the WBS
 * elements that change a step.
 */
public final class ProcessRules {

	private final EditingDomain domain;
	private final Project project;

	ProcessRules(EditingDomain domain, Project project) {
		this.domain = domain;
		this.project = project;
	}

	/** A process at the end; the process breakdown is created with it when the model has none. */
	public Command newProcess() {
		Process process = WbsFactory.eINSTANCE.createProcess();
		process.setName("New process");
		GestureCommand command = new GestureCommand("Add process", List.of(process));
		ProcessBreakdown pbs = project.getProcessBreakdown();
		if (pbs == null) {
			ProcessBreakdown created = WbsFactory.eINSTANCE.createProcessBreakdown();
			created.setName("Processes");
			created.getProcesses().add(process);
			command.append(SetCommand.create(domain, project, Literals.PROJECT__PROCESS_BREAKDOWN, created));
		} else {
			command.append(AddCommand.create(domain, pbs, Literals.PROCESS_BREAKDOWN__PROCESSES, process));
		}
		return command;
	}

	/** A step after the selected step, or last in the selected process; it takes the owner of what was selected. */
	public Command newStep(EObject selected) throws RefusedEdit {
		Process process = selected instanceof Process p ? p : selected instanceof ProcessStep s && s.eContainer() instanceof Process p ? p : null;
		if (process == null) {
			throw new RefusedEdit("Select the process to add a step to first");
		}
		ProcessStep step = WbsFactory.eINSTANCE.createProcessStep();
		step.setName("New step");
		// a new step goes after the selected one, as in a list people read top to bottom
		int index = selected instanceof ProcessStep at ? process.getSteps().indexOf(at) + 1 : process.getSteps().size();
		step.setOwner(selected instanceof ProcessStep at ? at.getOwner() : process.getOwner());
		GestureCommand command = new GestureCommand("Add step to " + ModelLabels.describe(process), List.of(step));
		command.append(AddCommand.create(domain, process, Literals.PROCESS__STEPS, step, index));
		return command;
	}

	/** Moves a step by {@code delta} places in its process (-1: one earlier, +1: one later). */
	public Command moveStep(EObject selected, int delta) throws RefusedEdit {
		if (!(selected instanceof ProcessStep step) || !(step.eContainer() instanceof Process process)) {
			throw new RefusedEdit("Select the step to move first");
		}
		int index = process.getSteps().indexOf(step) + delta;
		if (delta == 0 || index < 0 || index >= process.getSteps().size()) {
			throw new RefusedEdit("Cannot move " + ModelLabels.describe(step) + (delta < 0 ? " earlier: it is the first" : " later: it is the last") + " step");
		}
		GestureCommand command = new GestureCommand(delta < 0 ? "Move step earlier" : "Move step later", List.of(step));
		command.append(MoveCommand.create(domain, process, Literals.PROCESS__STEPS, step, index));
		return command;
	}

	/** The role that owns a process or a step. */
	public Command setOwner(EObject target, Role role) throws RefusedEdit {
		Object feature = target instanceof Process ? Literals.PROCESS__OWNER : target instanceof ProcessStep ? Literals.PROCESS_STEP__OWNER : null;
		if (feature == null) {
			throw new RefusedEdit("Only a process or a step has an owner, not " + ModelLabels.describe(target));
		}
		GestureCommand command = new GestureCommand("Set owner of " + ModelLabels.describe(target), List.of(target));
		command.append(SetCommand.create(domain, target, feature, role));
		return command;
	}

	/** Makes the step's WBS elements exactly these; null when they already are. */
	public Command setWbsElements(ProcessStep step, List<? extends EObject> elements) {
		if (new ArrayList<>(step.getWbsElements()).equals(elements)) {
			return null;
		}
		GestureCommand command = new GestureCommand("Set WBS elements of " + ModelLabels.describe(step), List.of(step));
		command.append(SetCommand.create(domain, step, Literals.PROCESS_STEP__WBS_ELEMENTS, new ArrayList<>(elements)));
		return command;
	}
}
