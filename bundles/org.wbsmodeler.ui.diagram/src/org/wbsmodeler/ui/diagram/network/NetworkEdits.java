package org.wbsmodeler.ui.diagram.network;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.ui.pages.PageContext;
import org.wbsmodeler.ui.plan.CycleCheck;

/**
 * The commands of the network's gestures. A new link is checked with the Plan page's {@link CycleCheck} before
 * anything runs, so a refused link never reaches the model or the undo stack.
 */
public final class NetworkEdits {

	private final PageContext context;

	NetworkEdits(PageContext context) {
		this.context = context;
	}

	/** Why linking these predecessors to the successor is refused, or null. */
	public String checkLink(List<WbsElement> predecessors, WbsElement successor) {
		for (WbsElement predecessor : predecessors) {
			if (predecessor == successor) {
				return "A task cannot depend on itself";
			}
			if (successor.getPredecessors().stream().anyMatch(d -> d.getPredecessor() == predecessor)) {
				return ModelLabels.shortLabel(successor) + " already depends on " + ModelLabels.shortLabel(predecessor);
			}
		}
		String cycle = CycleCheck.cycle(context.project(), successor, predecessors);
		return cycle == null ? null : "Refused: this link would close the dependency cycle " + cycle;
	}

	/** Finish-to-start links from each predecessor to the successor, as one command; null when refused. */
	public Command link(List<WbsElement> predecessors, WbsElement successor) {
		if (checkLink(predecessors, successor) != null) {
			return null;
		}
		List<Dependency> created = new ArrayList<>();
		for (WbsElement predecessor : predecessors) {
			Dependency link = WbsFactory.eINSTANCE.createDependency();
			link.setPredecessor(predecessor);
			link.setType(DependencyType.FS);
			created.add(link);
		}
		CompoundCommand command = new CompoundCommand("Link " + ModelLabels.shortLabel(predecessors.get(0)) + " \u2192 " + ModelLabels.shortLabel(successor)) {
			@Override
			public java.util.Collection<?> getAffectedObjects() {
				return List.of(successor);
			}
		};
		command.append(AddCommand.create(context.domain(), successor, Literals.WBS_ELEMENT__PREDECESSORS, created));
		return command;
	}

	/** Links, or says in the status line why not. */
	void drop(List<WbsElement> predecessors, WbsElement successor) {
		String refusal = checkLink(predecessors, successor);
		if (refusal != null) {
			context.status().accept(refusal);
			return;
		}
		context.status().accept(null);
		context.domain().getCommandStack().execute(link(predecessors, successor));
	}

	public Command setType(Dependency link, DependencyType type) {
		return SetCommand.create(context.domain(), link, Literals.DEPENDENCY__TYPE, type);
	}

	public Command setLag(Dependency link, double days) {
		return SetCommand.create(context.domain(), link, Literals.DEPENDENCY__LAG, days);
	}

	public Command remove(Dependency link) {
		return RemoveCommand.create(context.domain(), link.eContainer(), Literals.WBS_ELEMENT__PREDECESSORS, link);
	}

	void run(Command command) {
		if (command != null && command.canExecute()) {
			context.domain().getCommandStack().execute(command);
		}
	}

	PageContext context() {
		return context;
	}
}
