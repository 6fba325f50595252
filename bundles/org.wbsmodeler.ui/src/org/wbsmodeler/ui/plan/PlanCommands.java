package org.wbsmodeler.ui.plan;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.ui.edit.DateFormats;
import org.wbsmodeler.ui.edit.EditCommands;

/**
 * Every structural edit of the plan as one EMF command with a label a person reads in Edit &gt; Undo. Rules follow MS
 * Project: indent makes rows children of the row above them, outdent puts them right after their old parent, both
 * for a block of sibling rows; a refused gesture throws {@link RefusedEdit} with the reason.
 */
public final class PlanCommands implements EditCommands {

	private static final EStructuralFeature CHILDREN = Literals.WBS_CONTAINER__CHILDREN;

	private final EditingDomain domain;
	private final Project project;

	public PlanCommands(EditingDomain domain, Project project) {
		this.domain = domain;
		this.project = project;
	}

	/** A new activity above {@code at} (MS Project's Insert), or at the end of the project when nothing is selected. */
	public Command insertTask(WbsElement at) {
		Activity task = WbsFactory.eINSTANCE.createActivity();
		task.setName("New task");
		task.setDuration(1);
		EObject owner = at == null ? project : at.eContainer();
		int index = at == null ? project.getChildren().size() : children(owner).indexOf(at);
		PlanCommand command = new PlanCommand("Insert task", List.of(task));
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
			throw new RefusedEdit("Cannot indent " + label(rows.get(0)) + ": " + label(newParent) + " is " + article(ModelLabels.kindOf(newParent)) + ModelLabels.kindOf(newParent)
					+ " and cannot hold tasks");
		}
		PlanCommand command = new PlanCommand("Indent " + label(rows), rows);
		command.append(RemoveCommand.create(domain, rows.get(0).eContainer(), CHILDREN, rows));
		command.append(AddCommand.create(domain, newParent, CHILDREN, rows, container.getChildren().size()));
		return command;
	}

	public Command outdent(List<WbsElement> selection) throws RefusedEdit {
		List<WbsElement> rows = siblingRows(selection, "outdent");
		EObject parent = rows.get(0).eContainer();
		if (!(parent instanceof WbsElement parentElement)) {
			throw new RefusedEdit("Cannot outdent " + label(rows.get(0)) + ": it is already at the top level");
		}
		EObject grandparent = parent.eContainer();
		int index = children(grandparent).indexOf(parentElement) + 1;
		PlanCommand command = new PlanCommand("Outdent " + label(rows), rows);
		command.append(RemoveCommand.create(domain, parent, CHILDREN, rows));
		command.append(AddCommand.create(domain, grandparent, CHILDREN, rows, index));
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
		PlanCommand command = new PlanCommand("Move " + label(rows) + (delta < 0 ? " up" : " down"), rows);
		List<WbsElement> order = new ArrayList<>(rows);
		if (delta > 0) {
			java.util.Collections.reverse(order);
		}
		for (WbsElement row : order) {
			command.append(MoveCommand.create(domain, owner, CHILDREN, row, siblings.indexOf(row) + delta));
		}
		return command;
	}

	/** Deletes elements together with the links that point at them from elements that stay. */
	@Override
	public Command delete(EditingDomain ignored, Collection<?> selection) {
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
	@Override
	public Command paste(EditingDomain ignored, Object target) {
		// a row deleted since it was selected is no place to paste at
		WbsElement at = target instanceof WbsElement row && row.eContainer() != null ? row : null;
		EObject owner = at != null ? at.eContainer() : project;
		int index = at != null ? children(owner).indexOf(at) + 1 : project.getChildren().size();
		Command paste = PasteRowsCommand.of(domain, project, owner, index);
		return paste == null ? UnexecutableCommand.INSTANCE : paste;
	}

	/** Cut is copy, then delete with the links to the rows, as one command. */
	@Override
	public Command cut(EditingDomain ignored, Collection<?> selection) {
		if (selection.isEmpty() || !selection.stream().allMatch(WbsElement.class::isInstance)) {
			return EditCommands.super.cut(domain, selection);
		}
		List<WbsElement> rows = selection.stream().map(WbsElement.class::cast).toList();
		PlanCommand command = new PlanCommand("Cut " + label(rows), rows);
		command.append(CopyToClipboardCommand.create(domain, rows));
		command.append(delete(domain, rows));
		return command;
	}

	public Command rename(WbsElement element, String name) {
		return labelled("Rename " + label(element), SetCommand.create(domain, element, Literals.WBS_ELEMENT__NAME, name));
	}

	public Command setDuration(WbsElement element, double days) {
		return labelled("Set duration of " + label(element), SetCommand.create(domain, element, Literals.WBS_ELEMENT__DURATION, days));
	}

	public Command setPercentComplete(WbsElement element, double percent) {
		return labelled("Set % complete of " + label(element), SetCommand.create(domain, element, Literals.WBS_ELEMENT__PERCENT_COMPLETE, percent));
	}

	/**
	 * Switches the task mode. A task switched to manual stays where the schedule has it now, as in MS Project: its
	 * manual start becomes its scheduled start unless it already has one (its finish follows its duration).
	 */
	public Command setTaskMode(WbsElement element, TaskMode mode, LocalDateTime scheduledStart) {
		if (element.getTaskMode() == mode) {
			return null;
		}
		PlanCommand command = new PlanCommand((mode == TaskMode.MANUAL ? "Schedule manually " : "Auto schedule ") + label(element), List.of(element));
		command.append(SetCommand.create(domain, element, Literals.WBS_ELEMENT__TASK_MODE, mode));
		if (mode == TaskMode.MANUAL && element.getManualStart() == null && scheduledStart != null) {
			command.append(SetCommand.create(domain, element, Literals.WBS_ELEMENT__MANUAL_START, scheduledStart));
		}
		return command;
	}

	/** Records when work actually started (null: not started); refused after the actual finish. */
	public Command setActualStart(WbsElement element, LocalDateTime start) throws RefusedEdit {
		if (start == null && element.getActualFinish() != null) {
			throw new RefusedEdit("Clear the actual finish of " + label(element) + " first: a finished task has a start");
		}
		if (start != null && element.getActualFinish() != null && element.getActualFinish().isBefore(start)) {
			throw new RefusedEdit("An actual start after the actual finish (" + DateFormats.dateTime(element.getActualFinish()) + ") is refused");
		}
		return labelled("Set actual start of " + label(element), SetCommand.create(domain, element, Literals.WBS_ELEMENT__ACTUAL_START, start));
	}

	/**
	 * Records when work actually finished (null: not finished). Without an actual start it is refused, so that no
	 * start is made up (MS Project would take the scheduled one).
	 */
	public Command setActualFinish(WbsElement element, LocalDateTime finish) throws RefusedEdit {
		if (finish != null && element.getActualStart() == null) {
			throw new RefusedEdit("Enter the actual start of " + label(element) + " first");
		}
		if (finish != null && finish.isBefore(element.getActualStart())) {
			throw new RefusedEdit("An actual finish before the actual start (" + DateFormats.dateTime(element.getActualStart()) + ") is refused");
		}
		return labelled("Set actual finish of " + label(element), SetCommand.create(domain, element, Literals.WBS_ELEMENT__ACTUAL_FINISH, finish));
	}

	/** Replaces the element's predecessors; refused when a new link would close a dependency cycle. */
	public Command setPredecessors(WbsElement element, List<PredecessorText.Link> links) throws RefusedEdit {
		String cycle = CycleCheck.cycle(project, element, links.stream().map(PredecessorText.Link::predecessor).toList());
		if (cycle != null) {
			throw new RefusedEdit("Refused: this link would close the dependency cycle " + cycle);
		}
		PlanCommand command = new PlanCommand("Set predecessors of " + label(element), List.of(element));
		if (!element.getPredecessors().isEmpty()) {
			command.append(RemoveCommand.create(domain, element, Literals.WBS_ELEMENT__PREDECESSORS, new ArrayList<>(element.getPredecessors())));
		}
		List<Dependency> created = new ArrayList<>();
		for (PredecessorText.Link link : links) {
			Dependency dependency = WbsFactory.eINSTANCE.createDependency();
			dependency.setPredecessor(link.predecessor());
			dependency.setType(link.type());
			dependency.setLag(link.lag());
			created.add(dependency);
		}
		if (!created.isEmpty()) {
			command.append(AddCommand.create(domain, element, Literals.WBS_ELEMENT__PREDECESSORS, created));
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** Makes the element's assignments the typed ones: kept resources keep their work, units follow the text. */
	public Command setAssignments(WbsElement element, List<AssignmentText.Entry> entries) {
		PlanCommand command = new PlanCommand("Assign resources to " + label(element), List.of(element));
		List<Assignment> kept = new ArrayList<>();
		List<Assignment> added = new ArrayList<>();
		for (AssignmentText.Entry entry : entries) {
			Assignment existing = element.getAssignments().stream().filter(a -> a.getResource() == entry.resource() && !kept.contains(a)).findFirst().orElse(null);
			if (existing != null) {
				kept.add(existing);
				if (existing.getUnits() != entry.units()) {
					command.append(SetCommand.create(domain, existing, Literals.ASSIGNMENT__UNITS, entry.units()));
				}
			} else {
				Assignment assignment = WbsFactory.eINSTANCE.createAssignment();
				assignment.setResource(entry.resource());
				assignment.setUnits(entry.units());
				added.add(assignment);
			}
		}
		List<Assignment> removed = element.getAssignments().stream().filter(a -> !kept.contains(a)).toList();
		if (!removed.isEmpty()) {
			command.append(RemoveCommand.create(domain, element, Literals.WBS_ELEMENT__ASSIGNMENTS, removed));
		}
		if (!added.isEmpty()) {
			command.append(AddCommand.create(domain, element, Literals.WBS_ELEMENT__ASSIGNMENTS, added));
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** Puts rows under a new parent at an index (drag and drop): one command, refused where the parent cannot hold them. */
	public Command moveTo(List<WbsElement> selection, EObject newParent, int index) throws RefusedEdit {
		List<WbsElement> rows = siblingRows(selection, "move");
		if (!(newParent instanceof WbsContainer)) {
			throw new RefusedEdit("Cannot drop on " + ModelLabels.describe(newParent) + ": it cannot hold tasks");
		}
		for (EObject up = newParent; up != null; up = up.eContainer()) {
			if (rows.contains(up)) {
				throw new RefusedEdit("Cannot move " + label(rows.get(0)) + " into itself");
			}
		}
		EObject owner = rows.get(0).eContainer();
		PlanCommand command = new PlanCommand("Move " + label(rows), rows);
		int target = index;
		if (owner == newParent) {
			List<WbsElement> siblings = children(owner);
			target -= (int) rows.stream().filter(r -> siblings.indexOf(r) < index).count();
		}
		command.append(RemoveCommand.create(domain, owner, CHILDREN, rows));
		command.append(AddCommand.create(domain, newParent, CHILDREN, rows, Math.max(0, target)));
		return command;
	}

	/** The selected rows that share the first row's parent, in outline order; refused when they do not. */
	private static List<WbsElement> siblingRows(List<WbsElement> selection, String gesture) throws RefusedEdit {
		if (selection.isEmpty()) {
			throw new RefusedEdit("Select the rows to " + gesture + " first");
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

	@SuppressWarnings("unchecked")
	static List<WbsElement> children(EObject owner) {
		return (List<WbsElement>) owner.eGet(CHILDREN);
	}

	private static Command labelled(String label, Command command) {
		return new CommandWrapper(label, label, command);
	}

	static String label(WbsElement element) {
		return ModelLabels.shortLabel(element);
	}

	private static String label(List<WbsElement> rows) {
		return rows.size() == 1 ? label(rows.get(0)) : rows.size() + " tasks from " + Codes.of(rows.get(0));
	}

	/** "an activity", "a milestone". */
	private static String article(String noun) {
		return noun.isEmpty() || "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) < 0 ? "a " : "an ";
	}
}
