package org.wbsmodeler.editing.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.model.util.WbsTree;

/**
 * The breakdown's edits: insert, new child and sibling, indent and outdent, move up and down, move under another
 * parent, delete with the links to what goes, cut and paste — each one command with a label a person reads in
 * Edit &gt; Undo, each refusal a {@link RefusedEdit} worded once. Rules follow MS Project: indent makes rows children
 * of the row above them, outdent keeps them in place one level up (the rows below become their children), both for
 * a block of sibling rows. Rows no longer in the plan (deleted since they were selected) are refused, never followed
 * to a missing parent.
 */
public final class StructureRules {

	private static final EStructuralFeature CHILDREN = Literals.WBS_CONTAINER__CHILDREN;

	private final EditingDomain domain;
	private final Project project;

	StructureRules(EditingDomain domain, Project project) {
		this.domain = domain;
		this.project = project;
	}

	/** A new activity above {@code at} (MS Project's Insert), or at the end of the project when nothing is selected. */
	public Command insertTask(WbsElement selected) {
		// a row deleted since it was selected (or under a deleted row) is no place to insert at
		WbsElement at = selected != null && EcoreUtil.isAncestor(project, selected) ? selected : null;
		EObject owner = at == null ? project : at.eContainer();
		int index = at == null ? project.getChildren().size() : children(owner).indexOf(at);
		return add(owner, index, "Insert task");
	}

	/** A new activity as the last child of {@code parent} (of the project when null). */
	public Command newChild(WbsElement parent) throws RefusedEdit {
		EObject owner = parent == null ? project : parent;
		if (!(owner instanceof WbsContainer container)) {
			throw new RefusedEdit("Cannot add a task under " + ModelLabels.describe(parent) + ": " + article(ModelLabels.kindOf(parent)) + ModelLabels.kindOf(parent)
					+ " cannot hold tasks (add a sibling, or make it a work package)");
		}
		return add(owner, container.getChildren().size(), "Add task under " + (parent == null ? "the project" : label(parent)));
	}

	/** A new activity right after {@code at}, at its level. */
	public Command newSibling(WbsElement at) throws RefusedEdit {
		if (at == null || !EcoreUtil.isAncestor(project, at) || !(at.eContainer() instanceof WbsContainer owner)) {
			throw new RefusedEdit("Select one task to add a task after it");
		}
		return add(owner, owner.getChildren().indexOf(at) + 1, "Add task after " + label(at));
	}

	private Command add(EObject owner, int index, String label) {
		Activity task = WbsFactory.eINSTANCE.createActivity();
		task.setName("New task");
		task.setDuration(1);
		GestureCommand command = new GestureCommand(label, List.of(task));
		command.append(AddCommand.create(domain, owner, CHILDREN, task, index));
		return command;
	}

	public Command indent(List<WbsElement> selection) throws RefusedEdit {
		List<WbsElement> rows = siblingRows(selection, "indent");
		List<WbsElement> siblings = children(rows.get(0).eContainer());
		int first = siblings.indexOf(rows.get(0));
		if (first == 0) {
			throw new RefusedEdit("Cannot indent " + label(rows.get(0)) + ": there is no row above it at its level");
		}
		WbsElement newParent = siblings.get(first - 1);
		if (!(newParent instanceof WbsContainer container)) {
			throw new RefusedEdit("Cannot indent " + label(rows.get(0)) + ": " + label(newParent) + " is " + article(ModelLabels.kindOf(newParent))
					+ ModelLabels.kindOf(newParent) + " and cannot hold tasks");
		}
		GestureCommand command = new GestureCommand("Indent " + label(rows), rows);
		command.append(RemoveCommand.create(domain, rows.get(0).eContainer(), CHILDREN, rows));
		command.append(AddCommand.create(domain, newParent, CHILDREN, rows, container.getChildren().size()));
		return command;
	}

	/**
	 * Outdent as MS Project does it: the rows stay where they are on screen, one level up, right after their old
	 * parent; the siblings that followed them become children of the last of them (after its own children). An
	 * activity or milestone cannot hold them, so it is outdented only together with the rows that follow it.
	 */
	public Command outdent(List<WbsElement> selection) throws RefusedEdit {
		List<WbsElement> rows = siblingRows(selection, "outdent");
		EObject parent = rows.get(0).eContainer();
		if (!(parent instanceof WbsElement parentElement)) {
			throw new RefusedEdit("Cannot outdent " + label(rows.get(0)) + ": it is already at the top level");
		}
		List<WbsElement> siblings = children(parent);
		WbsElement last = rows.get(rows.size() - 1);
		List<WbsElement> followers = new ArrayList<>(siblings.subList(siblings.indexOf(last) + 1, siblings.size()));
		followers.removeAll(rows);
		if (!followers.isEmpty() && !(last instanceof WbsContainer)) {
			throw new RefusedEdit("Cannot outdent " + label(last) + ": the rows below it would become its subtasks, and " + article(ModelLabels.kindOf(last))
					+ ModelLabels.kindOf(last) + " cannot hold tasks (select the rows below it too)");
		}
		EObject grandparent = parent.eContainer();
		int index = children(grandparent).indexOf(parentElement) + 1;
		GestureCommand command = new GestureCommand("Outdent " + label(rows), rows);
		command.append(RemoveCommand.create(domain, parent, CHILDREN, rows));
		command.append(AddCommand.create(domain, grandparent, CHILDREN, rows, index));
		if (!followers.isEmpty()) {
			command.append(RemoveCommand.create(domain, parent, CHILDREN, followers));
			command.append(AddCommand.create(domain, last, CHILDREN, followers, ((WbsContainer) last).getChildren().size()));
		}
		return command;
	}

	/** Moves a block of sibling rows one place up ({@code delta} -1) or down (+1) among their siblings. */
	public Command move(List<WbsElement> selection, int delta) throws RefusedEdit {
		List<WbsElement> rows = siblingRows(selection, "move");
		EObject owner = rows.get(0).eContainer();
		List<WbsElement> siblings = children(owner);
		int first = siblings.indexOf(rows.get(0));
		int last = siblings.indexOf(rows.get(rows.size() - 1));
		if (delta < 0 ? first == 0 : last == siblings.size() - 1) {
			throw new RefusedEdit("Cannot move " + label(rows.get(0)) + (delta < 0 ? " up: it is the first" : " down: it is the last") + " at its level");
		}
		GestureCommand command = new GestureCommand("Move " + label(rows) + (delta < 0 ? " up" : " down"), rows);
		List<WbsElement> order = new ArrayList<>(rows);
		if (delta > 0) {
			Collections.reverse(order);
		}
		for (WbsElement row : order) {
			command.append(MoveCommand.create(domain, owner, CHILDREN, row, siblings.indexOf(row) + delta));
		}
		return command;
	}

	/** Puts rows under a new parent at an index (a drag in the Plan or on the WBS chart): one command, {@link ReparentRule} first. */
	public Command moveTo(List<WbsElement> selection, EObject newParent, int index) throws RefusedEdit {
		List<WbsElement> rows = siblingRows(selection, "move");
		String refusal = ReparentRule.refusal(rows, newParent);
		if (refusal != null) {
			throw new RefusedEdit(refusal);
		}
		EObject owner = rows.get(0).eContainer();
		GestureCommand command = new GestureCommand("Move " + label(rows), rows);
		int target = index;
		if (owner == newParent) {
			List<WbsElement> siblings = children(owner);
			target -= (int) rows.stream().filter(r -> siblings.indexOf(r) < index).count();
		}
		command.append(RemoveCommand.create(domain, owner, CHILDREN, rows));
		command.append(AddCommand.create(domain, newParent, CHILDREN, rows, Math.max(0, target)));
		return command;
	}

	/** Puts rows under a new parent after its children. */
	public Command moveUnder(List<WbsElement> selection, EObject newParent) throws RefusedEdit {
		return moveTo(selection, newParent, newParent instanceof WbsContainer container ? container.getChildren().size() : 0);
	}

	/** Deletes objects together with the links that point at them from elements that stay. */
	public Command delete(Collection<?> selection) {
		List<EObject> objects = new ArrayList<>();
		for (Object object : selection) {
			if (!(object instanceof EObject eObject) || eObject.eContainer() == null) {
				return UnexecutableCommand.INSTANCE;
			}
			objects.add(eObject);
		}
		if (objects.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		String what = objects.stream().allMatch(WbsElement.class::isInstance) ? label(objects.stream().map(WbsElement.class::cast).toList())
				: objects.size() == 1 ? ModelLabels.describe(objects.get(0)) : objects.size() + " objects";
		return new DeleteWithLinksCommand(domain, "Delete " + what, objects);
	}

	/** Pastes copies of the clipboard's rows right after the selected row, at its level (at the end with no selection). */
	public Command paste(Object target) {
		// a row deleted since it was selected is no place to paste at
		WbsElement at = target instanceof WbsElement row && row.eContainer() != null ? row : null;
		EObject owner = at != null ? at.eContainer() : project;
		int index = at != null ? children(owner).indexOf(at) + 1 : project.getChildren().size();
		Command paste = PasteRowsCommand.of(domain, project, owner, index);
		return paste == null ? UnexecutableCommand.INSTANCE : paste;
	}

	/** Cut is copy, then delete with the links to the rows, as one command; null when the selection is not all rows. */
	public Command cut(Collection<?> selection) {
		if (selection.isEmpty() || !selection.stream().allMatch(WbsElement.class::isInstance)) {
			return null;
		}
		List<WbsElement> rows = selection.stream().map(WbsElement.class::cast).toList();
		GestureCommand command = new GestureCommand("Cut " + label(rows), rows);
		command.append(CopyToClipboardCommand.create(domain, rows));
		command.append(delete(rows));
		return command;
	}

	/** The selected rows that share the first row's parent, in outline order; refused when they do not. */
	private List<WbsElement> siblingRows(List<WbsElement> selection, String gesture) throws RefusedEdit {
		if (selection.isEmpty()) {
			throw new RefusedEdit("Select the rows to " + gesture + " first");
		}
		WbsElement gone = selection.stream().filter(e -> !EcoreUtil.isAncestor(project, e)).findFirst().orElse(null);
		if (gone != null) {
			throw new RefusedEdit("Cannot " + gesture + " " + (gone.getName() == null ? "that row" : "'" + gone.getName() + "'") + ": it is no longer in the plan");
		}
		EObject parent = selection.get(0).eContainer();
		if (selection.stream().anyMatch(e -> e.eContainer() != parent)) {
			throw new RefusedEdit("Cannot " + gesture + " rows of different levels together: select rows under one parent");
		}
		List<WbsElement> siblings = children(parent);
		List<WbsElement> rows = new ArrayList<>(selection);
		rows.sort(Comparator.comparingInt(siblings::indexOf));
		return rows;
	}

	static List<WbsElement> children(EObject owner) {
		return WbsTree.children(owner);
	}

	static String label(WbsElement element) {
		return LinkRule.label(element);
	}

	static String label(List<WbsElement> rows) {
		return rows.size() == 1 ? label(rows.get(0)) : rows.size() + " tasks from " + rows.get(0).getCode();
	}

	/** "an activity", "a milestone". */
	static String article(String noun) {
		return noun.isEmpty() || "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) < 0 ? "a " : "an ";
	}
}
