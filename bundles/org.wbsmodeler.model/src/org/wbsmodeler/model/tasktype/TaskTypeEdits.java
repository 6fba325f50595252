package org.wbsmodeler.model.tasktype;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.WorkingPeriods;

/**
 * {@link TaskTypeRule} on a model element: reads the task's duration, work (its effort) and work assignments, and
 * answers the attribute values an edit sets, the edited one included. The editor wraps them in one command
 * ({@code TaskTypeCommands} in the edit bundle); tests and the command line may apply them directly.
 */
public final class TaskTypeEdits {

	/** One attribute of one object and the value it takes. */
	public record FeatureChange(EObject owner, EStructuralFeature feature, Object value) {

		public void apply() {
			owner.eSet(feature, value);
		}
	}

	private static final WbsPackage P = WbsPackage.eINSTANCE;

	private TaskTypeEdits() {
	}

	public static List<FeatureChange> durationEdited(WbsElement task, double days) {
		return changes(task, workAssignments(task), TaskTypeRule.durationEdited(stateOf(task), days));
	}

	public static List<FeatureChange> workEdited(WbsElement task, double hours) {
		return changes(task, workAssignments(task), TaskTypeRule.workEdited(stateOf(task), hours));
	}

	/** The units of {@code assignment}, a work assignment of {@code task}, set to {@code units} (1.0 = 100 %). */
	public static List<FeatureChange> unitsEdited(WbsElement task, Assignment assignment, double units) {
		List<Assignment> assignments = workAssignments(task);
		int index = assignments.indexOf(assignment);
		if (index < 0) {
			// a material or cost assignment: its units are a quantity, not time, and move nothing else
			return List.of(new FeatureChange(assignment, P.getAssignment_Units(), units));
		}
		return changes(task, assignments, TaskTypeRule.unitsEdited(stateOf(task), index, units));
	}

	/**
	 * The values that move when {@code added}, an assignment not yet in the task, joins it (its own work among them).
	 * A material or cost resource moves nothing.
	 */
	public static List<FeatureChange> assignmentAdded(WbsElement task, Assignment added) {
		if (!isWork(added)) {
			return List.of();
		}
		List<Assignment> assignments = new ArrayList<>(workAssignments(task));
		assignments.add(added);
		return changes(task, assignments, TaskTypeRule.assignmentAdded(stateOf(task), added.getUnits()));
	}

	/** The values that move when {@code removed}, an assignment of the task, leaves it. */
	public static List<FeatureChange> assignmentRemoved(WbsElement task, Assignment removed) {
		List<Assignment> assignments = new ArrayList<>(workAssignments(task));
		int index = assignments.indexOf(removed);
		if (index < 0) {
			return List.of();
		}
		TaskOutcome outcome = TaskTypeRule.assignmentRemoved(stateOf(task), index);
		assignments.remove(index);
		return changes(task, assignments, outcome);
	}

	/** The task as the rule sees it. */
	public static TaskState stateOf(WbsElement task) {
		List<Assignment> assignments = workAssignments(task);
		double[] units = new double[assignments.size()];
		double[] work = new double[assignments.size()];
		for (int i = 0; i < units.length; i++) {
			units[i] = assignments.get(i).getUnits();
			work[i] = assignments.get(i).getWork();
		}
		return new TaskState(task.getTaskType(), task.isEffortDriven(), hoursPerDay(task), task.getDuration(), Costs.effort(task), units, work);
	}

	/**
	 * Hours in one day of the task's duration: its calendar's, else the project's default calendar's; 24 for an
	 * elapsed duration, which runs round the clock.
	 */
	public static double hoursPerDay(WbsElement task) {
		if (task.isDurationElapsed()) {
			return 24;
		}
		Calendar calendar = task.getCalendar();
		if (calendar == null) {
			EObject container = task.eContainer();
			while (container != null && !(container instanceof Project)) {
				container = container.eContainer();
			}
			calendar = container instanceof Project project ? project.getDefaultCalendar() : null;
		}
		return WorkingPeriods.hoursPerDay(calendar);
	}

	private static List<Assignment> workAssignments(WbsElement task) {
		List<Assignment> work = new ArrayList<>();
		for (Assignment assignment : task.getAssignments()) {
			if (isWork(assignment)) {
				work.add(assignment);
			}
		}
		return work;
	}

	private static boolean isWork(Assignment assignment) {
		return assignment.getResource() != null && !assignment.getResource().eIsProxy()
				&& assignment.getResource().getType() == ResourceType.WORK;
	}

	private static List<FeatureChange> changes(WbsElement task, List<Assignment> assignments, TaskOutcome outcome) {
		List<FeatureChange> changes = new ArrayList<>();
		add(changes, task, P.getWbsElement_Duration(), task.getDuration(), outcome.duration());
		add(changes, task, P.getWbsElement_Effort(), task.getEffort(), outcome.work());
		double[] units = outcome.units();
		double[] work = outcome.assignmentWork();
		for (int i = 0; i < units.length; i++) {
			Assignment assignment = assignments.get(i);
			add(changes, assignment, P.getAssignment_Units(), assignment.getUnits(), units[i]);
			add(changes, assignment, P.getAssignment_Work(), assignment.getWork(), work[i]);
		}
		return changes;
	}

	private static void add(List<FeatureChange> changes, EObject owner, EStructuralFeature feature, double before, double after) {
		if (Double.compare(before, after) != 0) {
			changes.add(new FeatureChange(owner, feature, after));
		}
	}
}
