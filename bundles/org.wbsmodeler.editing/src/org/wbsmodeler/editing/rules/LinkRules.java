package org.wbsmodeler.editing.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.format.Durations;

/**
 * The dependency edits: link (a drag on the Network or the Gantt chart), the Predecessors cell, a link's type and
 * lag, unlink. Every new link passes {@link LinkRule} before a command exists.
 */
public final class LinkRules {

	private final EditingDomain domain;

	LinkRules(EditingDomain domain) {
		this.domain = domain;
	}

	/** Why linking these predecessors to the successor is refused, or null. */
	public String refusal(List<WbsElement> predecessors, WbsElement successor) {
		return LinkRule.refusal(predecessors, successor);
	}

	/** Finish-to-start links from each predecessor to the successor, as one command. */
	public Command link(List<WbsElement> predecessors, WbsElement successor) throws RefusedEdit {
		String refusal = refusal(predecessors, successor);
		if (refusal != null) {
			throw new RefusedEdit(refusal);
		}
		List<Dependency> created = predecessors.stream().map(p -> dependency(LinkSpec.finishToStart(p))).toList();
		GestureCommand command = new GestureCommand("Link " + StructureRules.label(predecessors.get(0)) + (predecessors.size() > 1 ? " and " + (predecessors.size() - 1) + " more" : "")
				+ " \u2192 " + StructureRules.label(successor), List.of(successor));
		command.append(AddCommand.create(domain, successor, Literals.WBS_ELEMENT__PREDECESSORS, created));
		return command;
	}

	/** Replaces the element's predecessors (the Predecessors cell); refused when a new link would close a cycle. */
	public Command setPredecessors(WbsElement element, List<LinkSpec> links) throws RefusedEdit {
		String refusal = LinkRule.replacementRefusal(links.stream().map(LinkSpec::predecessor).toList(), element);
		if (refusal != null) {
			throw new RefusedEdit(refusal);
		}
		GestureCommand command = new GestureCommand("Set predecessors of " + StructureRules.label(element), List.of(element));
		if (!element.getPredecessors().isEmpty()) {
			command.append(RemoveCommand.create(domain, element, Literals.WBS_ELEMENT__PREDECESSORS, new ArrayList<>(element.getPredecessors())));
		}
		List<Dependency> created = links.stream().map(LinkRules::dependency).toList();
		if (!created.isEmpty()) {
			command.append(AddCommand.create(domain, element, Literals.WBS_ELEMENT__PREDECESSORS, created));
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	public Command setType(Dependency link, DependencyType type) {
		return single("Set link type to " + type.getLiteral(), link, SetCommand.create(domain, link, Literals.DEPENDENCY__TYPE, type));
	}

	public Command setLag(Dependency link, double days) {
		return single("Set lag to " + Durations.days(days), link, SetCommand.create(domain, link, Literals.DEPENDENCY__LAG, days));
	}

	public Command unlink(Dependency link) {
		return single("Delete link", link, RemoveCommand.create(domain, link.eContainer(), Literals.WBS_ELEMENT__PREDECESSORS, link));
	}

	private static Command single(String label, Dependency link, Command inner) {
		GestureCommand command = new GestureCommand(label + describe(link), link.eContainer() instanceof WbsElement successor ? List.of(successor) : List.of());
		command.append(inner);
		return command;
	}

	private static String describe(Dependency link) {
		return link.getPredecessor() != null && link.eContainer() instanceof WbsElement successor
				? " of " + StructureRules.label(link.getPredecessor()) + " \u2192 " + StructureRules.label(successor)
				: "";
	}

	private static Dependency dependency(LinkSpec spec) {
		Dependency dependency = WbsFactory.eINSTANCE.createDependency();
		dependency.setPredecessor(spec.predecessor());
		dependency.setType(spec.type());
		dependency.setLag(spec.lag());
		return dependency;
	}
}
