package org.wbsmodeler.editing.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.format.PlanDates;
import org.wbsmodeler.model.tasktype.TaskTypeEdits;
import org.wbsmodeler.model.tasktype.TaskTypeEdits.FeatureChange;

/**
 * The edits of one task's inputs: name, duration, % complete, task mode, actual dates, resources, and a bar dropped
 * on another day. Only inputs are set, never dates: the live schedule derives those.
 */
public final class TaskRules {

	private final EditingDomain domain;

	TaskRules(EditingDomain domain) {
		this.domain = domain;
	}

	public Command rename(WbsElement element, String name) {
		return set("Rename " + StructureRules.label(element), element, Literals.WBS_ELEMENT__NAME, name);
	}

	/**
	 * A new duration, and what MS Project's task type moves with it ({@link TaskTypeEdits}): the work of a fixed-units
	 * task follows its duration (and its cost the work), a fixed-work task's units give way, a fixed-duration task's
	 * units. One command: undo takes all of it back.
	 */
	public Command setDuration(WbsElement element, double days) throws RefusedEdit {
		if (days < 0 || Double.isNaN(days)) {
			throw new RefusedEdit("The duration of " + StructureRules.label(element) + " cannot be negative");
		}
		List<FeatureChange> changes;
		try {
			changes = TaskTypeEdits.durationEdited(element, days);
		} catch (IllegalArgumentException refused) {
			throw new RefusedEdit(refused.getMessage());
		}
		GestureCommand command = new GestureCommand("Set duration of " + StructureRules.label(element) + " to " + Durations.days(days), List.of(element));
		command.append(SetCommand.create(domain, element, Literals.WBS_ELEMENT__DURATION, days));
		for (FeatureChange change : changes) {
			if (change.owner() != element || change.feature() != Literals.WBS_ELEMENT__DURATION) {
				command.append(SetCommand.create(domain, change.owner(), change.feature(), change.value()));
			}
		}
		return command;
	}

	public Command setPercentComplete(WbsElement element, double percent) {
		return set("Set % complete of " + StructureRules.label(element), element, Literals.WBS_ELEMENT__PERCENT_COMPLETE, percent);
	}

	/**
	 * Switches the task mode. A task switched to manual stays where the schedule has it now, as in MS Project: its
	 * manual start becomes its scheduled start unless it already has one (its finish follows its duration). Null when
	 * the mode is already that.
	 */
	public Command setTaskMode(WbsElement element, TaskMode mode, LocalDateTime scheduledStart) {
		if (element.getTaskMode() == mode) {
			return null;
		}
		GestureCommand command = new GestureCommand((mode == TaskMode.MANUAL ? "Schedule manually " : "Auto schedule ") + StructureRules.label(element), List.of(element));
		command.append(SetCommand.create(domain, element, Literals.WBS_ELEMENT__TASK_MODE, mode));
		if (mode == TaskMode.MANUAL && element.getManualStart() == null && scheduledStart != null) {
			command.append(SetCommand.create(domain, element, Literals.WBS_ELEMENT__MANUAL_START, scheduledStart));
		}
		return command;
	}

	/** Records when work actually started (null: not started); refused after the actual finish. */
	public Command setActualStart(WbsElement element, LocalDateTime start) throws RefusedEdit {
		if (start == null && element.getActualFinish() != null) {
			throw new RefusedEdit("Clear the actual finish of " + StructureRules.label(element) + " first: a finished task has a start");
		}
		if (start != null && element.getActualFinish() != null && element.getActualFinish().isBefore(start)) {
			throw new RefusedEdit("An actual start after the actual finish (" + PlanDates.dateTime(element.getActualFinish()) + ") is refused");
		}
		return set("Set actual start of " + StructureRules.label(element), element, Literals.WBS_ELEMENT__ACTUAL_START, start);
	}

	/**
	 * Records when work actually finished (null: not finished). Without an actual start it is refused, so that no
	 * start is made up (MS Project would take the scheduled one).
	 */
	public Command setActualFinish(WbsElement element, LocalDateTime finish) throws RefusedEdit {
		if (finish != null && element.getActualStart() == null) {
			throw new RefusedEdit("Enter the actual start of " + StructureRules.label(element) + " first");
		}
		if (finish != null && finish.isBefore(element.getActualStart())) {
			throw new RefusedEdit("An actual finish before the actual start (" + PlanDates.dateTime(element.getActualStart()) + ") is refused");
		}
		return set("Set actual finish of " + StructureRules.label(element), element, Literals.WBS_ELEMENT__ACTUAL_FINISH, finish);
	}

	/** A bar dragged to another day: start no earlier than that day's first working minute, as MS Project does. */
	public Command startNoEarlierThan(WbsElement task, LocalDate day) {
		GestureCommand command = new GestureCommand("Move " + StructureRules.label(task) + " to start no earlier than " + day, List.of(task));
		command.append(SetCommand.create(domain, task, Literals.WBS_ELEMENT__CONSTRAINT_TYPE, ConstraintType.SNET));
		command.append(SetCommand.create(domain, task, Literals.WBS_ELEMENT__CONSTRAINT_DATE, day.atStartOfDay()));
		return command;
	}

	/** Makes the element's assignments the typed ones: kept resources keep their work, units follow the text. */
	public Command setAssignments(WbsElement element, List<AssignmentSpec> entries) {
		GestureCommand command = new GestureCommand("Assign resources to " + StructureRules.label(element), List.of(element));
		List<Assignment> kept = new ArrayList<>();
		List<Assignment> added = new ArrayList<>();
		for (AssignmentSpec entry : entries) {
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

	/**
	 * One point of an activity's three-point estimate in working days (null: unset, no range). The points stay in
	 * order (optimistic ≤ most likely ≤ pessimistic among those set), so that a risk run never meets a range it refuses.
	 */
	public Command setEstimatePoint(WbsElement element, EAttribute point, Double days) throws RefusedEdit {
		if (!(element instanceof Activity activity) || element.isSummary()) {
			throw new RefusedEdit("Only a task has a three-point estimate: " + StructureRules.label(element) + " has none");
		}
		List<EAttribute> points = List.of(Literals.ACTIVITY__OPTIMISTIC_DURATION, Literals.ACTIVITY__MOST_LIKELY_DURATION,
				Literals.ACTIVITY__PESSIMISTIC_DURATION);
		int rank = points.indexOf(point);
		if (rank < 0) {
			throw new IllegalArgumentException(point.getName() + " is no point of a three-point estimate");
		}
		String what = pointName(point);
		if (days != null) {
			if (days < 0 || Double.isNaN(days)) {
				throw new RefusedEdit("The " + what + " duration of " + StructureRules.label(element) + " cannot be negative");
			}
			for (int other = 0; other < points.size(); other++) {
				EAttribute otherPoint = points.get(other);
				if (other == rank || !activity.eIsSet(otherPoint)) {
					continue;
				}
				double value = (Double) activity.eGet(otherPoint);
				if (other < rank ? days < value : days > value) {
					throw new RefusedEdit("The " + what + " duration of " + StructureRules.label(element) + " cannot be " + (other < rank ? "below" : "above")
							+ " its " + pointName(otherPoint) + " duration (" + Durations.days(value) + ")");
				}
			}
		}
		String label = days == null ? "Clear " + what + " duration of " + StructureRules.label(element)
				: "Set " + what + " duration of " + StructureRules.label(element) + " to " + Durations.days(days);
		return set(label, element, point, days == null ? SetCommand.UNSET_VALUE : days);
	}

	private static String pointName(EAttribute point) {
		return point == Literals.ACTIVITY__OPTIMISTIC_DURATION ? "optimistic" : point == Literals.ACTIVITY__MOST_LIKELY_DURATION ? "most likely" : "pessimistic";
	}

	private Command set(String label, WbsElement element, EStructuralFeature feature, Object value) {
		GestureCommand command = new GestureCommand(label, List.of(element));
		command.append(SetCommand.create(domain, element, feature, value));
		return command;
	}
}
