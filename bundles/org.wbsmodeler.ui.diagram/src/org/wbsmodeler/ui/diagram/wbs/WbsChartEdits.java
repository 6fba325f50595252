package org.wbsmodeler.ui.diagram.wbs;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.ui.pages.PageContext;
import org.wbsmodeler.ui.plan.PlanCommands;
import org.wbsmodeler.ui.plan.RefusedEdit;

/**
 * The commands of the WBS chart's gestures. Moves go through the Plan page's {@link PlanCommands#moveTo}, so a drop
 * on the chart and a drop in the tree are refused for the same reasons with the same words.
 */
final class WbsChartEdits {

	private final PageContext context;
	private final PlanCommands commands;

	WbsChartEdits(PageContext context, PlanCommands commands) {
		this.context = context;
		this.commands = commands;
	}

	/** A new task as the last child of a box (of the project when none is given). */
	Command newChild(WbsElement parent) throws RefusedEdit {
		EObject owner = parent == null ? context.project() : parent;
		if (!(owner instanceof WbsContainer container)) {
			throw new RefusedEdit("Cannot add a task under " + ModelLabels.describe(parent) + ": a " + ModelLabels.kindOf(parent)
					+ " cannot hold tasks (add a sibling, or make it a work package in the Plan)");
		}
		return add(owner, container.getChildren().size(), "Add task under " + (parent == null ? "the project" : ModelLabels.shortLabel(parent)));
	}

	/** A new task right after a box, at its level. */
	Command newSibling(WbsElement at) {
		EObject owner = at.eContainer();
		int index = ((WbsContainer) owner).getChildren().indexOf(at) + 1;
		return add(owner, index, "Add task after " + ModelLabels.shortLabel(at));
	}

	private Command add(EObject owner, int index, String label) {
		Activity task = WbsFactory.eINSTANCE.createActivity();
		task.setName("New task");
		task.setDuration(1);
		CompoundCommand command = new CompoundCommand(label) {
			@Override
			public java.util.Collection<?> getAffectedObjects() {
				return List.of(task);
			}
		};
		command.append(AddCommand.create(context.domain(), owner, Literals.WBS_CONTAINER__CHILDREN, task, index));
		return command;
	}

	/** Why the boxes cannot go under the target, or null. */
	String checkMove(List<WbsElement> dragged, Object target) {
		try {
			Command command = move(dragged, target);
			return command.canExecute() ? null : "Cannot move " + ModelLabels.shortLabel(dragged.get(0)) + " there";
		} catch (RefusedEdit e) {
			return e.getMessage();
		}
	}

	/** Puts the boxes under the target, after its children (one command; codes renumber as they follow positions). */
	Command move(List<WbsElement> dragged, Object target) throws RefusedEdit {
		if (!(target instanceof EObject parent) || !(target instanceof WbsContainer container)) {
			throw new RefusedEdit("Cannot drop on " + (target instanceof EObject o ? ModelLabels.describe(o) : "this")
					+ ": it cannot hold tasks");
		}
		if (!(parent instanceof Project) && !(parent instanceof WbsElement)) {
			throw new RefusedEdit("Cannot drop here");
		}
		return commands.moveTo(dragged, parent, container.getChildren().size());
	}

	/** The drop: the move on the editor's stack, or the reason it is refused in the status line. */
	void drop(List<WbsElement> dragged, Object target) {
		try {
			Command command = move(dragged, target);
			if (command.canExecute()) {
				context.status().accept(null);
				context.domain().getCommandStack().execute(command);
			} else {
				context.status().accept("Cannot move " + ModelLabels.shortLabel(dragged.get(0)) + " there");
			}
		} catch (RefusedEdit e) {
			context.status().accept(e.getMessage());
		}
	}
}
