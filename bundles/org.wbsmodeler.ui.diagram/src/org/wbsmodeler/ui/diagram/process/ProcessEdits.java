package org.wbsmodeler.ui.diagram.process;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.pages.PageContext;

/** The commands of the process map's tools; each returns one command (unexecutable when the selection does not fit). */
public final class ProcessEdits {

	private final PageContext context;

	ProcessEdits(PageContext context) {
		this.context = context;
	}

	/** A process at the end; the process breakdown is created with it when the model has none. */
	public Command newProcess() {
		Process process = WbsFactory.eINSTANCE.createProcess();
		process.setName("New process");
		ProcessBreakdown pbs = context.project().getProcessBreakdown();
		CompoundCommand command = affecting("Add process", process);
		if (pbs == null) {
			ProcessBreakdown created = WbsFactory.eINSTANCE.createProcessBreakdown();
			created.getProcesses().add(process);
			command.append(SetCommand.create(context.domain(), context.project(), Literals.PROJECT__PROCESS_BREAKDOWN, created));
		} else {
			command.append(AddCommand.create(context.domain(), pbs, Literals.PROCESS_BREAKDOWN__PROCESSES, process));
		}
		return command;
	}

	/** A step after the selected step, or last in the selected process. */
	public Command newStep(EObject selected) {
		ProcessStep step = WbsFactory.eINSTANCE.createProcessStep();
		step.setName("New step");
		if (selected instanceof Process process) {
			step.setOwner(process.getOwner());
			return affecting("Add step", step, AddCommand.create(context.domain(), process, Literals.PROCESS__STEPS, step));
		}
		if (selected instanceof ProcessStep at && at.eContainer() instanceof Process process) {
			step.setOwner(at.getOwner());
			int index = process.getSteps().indexOf(at) + 1;
			return affecting("Add step", step, AddCommand.create(context.domain(), process, Literals.PROCESS__STEPS, step, index));
		}
		return UnexecutableCommand.INSTANCE;
	}

	/** Moves a step by {@code delta} places in its process (-1: one earlier, +1: one later). */
	public Command move(EObject selected, int delta) {
		if (!(selected instanceof ProcessStep step) || !(step.eContainer() instanceof Process process)) {
			return UnexecutableCommand.INSTANCE;
		}
		int index = process.getSteps().indexOf(step) + delta;
		if (delta == 0 || index < 0 || index >= process.getSteps().size()) {
			return UnexecutableCommand.INSTANCE;
		}
		return affecting(delta < 0 ? "Move step earlier" : "Move step later", step, MoveCommand.create(context.domain(), process, Literals.PROCESS__STEPS, step, index));
	}

	public Command setOwner(EObject target, Role role) {
		if (target instanceof Process) {
			return SetCommand.create(context.domain(), target, Literals.PROCESS__OWNER, role);
		}
		if (target instanceof ProcessStep) {
			return SetCommand.create(context.domain(), target, Literals.PROCESS_STEP__OWNER, role);
		}
		return UnexecutableCommand.INSTANCE;
	}

	/** Makes the step's WBS elements exactly these. */
	public Command setWbsElements(ProcessStep step, List<? extends EObject> elements) {
		if (new ArrayList<>(step.getWbsElements()).equals(elements)) {
			return UnexecutableCommand.INSTANCE;
		}
		return SetCommand.create(context.domain(), step, Literals.PROCESS_STEP__WBS_ELEMENTS, new ArrayList<>(elements));
	}

	private static Command affecting(String label, EObject object, Command inner) {
		CompoundCommand command = affecting(label, object);
		command.append(inner);
		return command;
	}

	private static CompoundCommand affecting(String label, EObject object) {
		return new CompoundCommand(label) {
			@Override
			public java.util.Collection<?> getAffectedObjects() {
				return List.of(object);
			}
		};
	}
}
