package org.wbsmodeler.model.tasktype;

import org.wbsmodeler.model.TaskType;

/**
 * Duration, work and units of one task, as MS Project relates them: each work assignment works
 * {@code duration × units × hoursPerDay} hours (a flat contour), the task's work is the sum. Plain numbers, so that
 * {@link TaskTypeRule} is arithmetic that can be tested against MS Project's table without a model.
 *
 * @param type           the task type: which quantity stays put
 * @param effortDriven   whether adding or removing a resource keeps the task's work
 * @param hoursPerDay    hours of one day of duration: the task's calendar's (24 for an elapsed duration)
 * @param duration       duration in days
 * @param work           the task's work in hours
 * @param units          units of each work assignment (1.0 = 100 %); empty for a task without work resources
 * @param assignmentWork work of each work assignment in hours, parallel to {@code units}
 */
public record TaskState(TaskType type, boolean effortDriven, double hoursPerDay, double duration, double work, double[] units,
		double[] assignmentWork) {

	public TaskState {
		if (units.length != assignmentWork.length) {
			throw new IllegalArgumentException("one work figure per assignment: " + units.length + " units, " + assignmentWork.length + " works");
		}
		units = units.clone();
		assignmentWork = assignmentWork.clone();
	}

	/** A task without work resources: its units are implied by its work and duration. */
	public static TaskState withoutResources(TaskType type, double hoursPerDay, double duration, double work) {
		return new TaskState(type, false, hoursPerDay, duration, work, new double[0], new double[0]);
	}

	@Override
	public double[] units() {
		return units.clone();
	}

	@Override
	public double[] assignmentWork() {
		return assignmentWork.clone();
	}

	double unitsAt(int index) {
		return units[index];
	}

	double workAt(int index) {
		return assignmentWork[index];
	}

	int assignments() {
		return units.length;
	}

	/** The sum of the assignments' units, or for a task without resources the units its work and duration imply. */
	public double totalUnits() {
		if (units.length == 0) {
			return duration > 0 && work > 0 ? work / (duration * hoursPerDay) : 0;
		}
		double total = 0;
		for (double u : units) {
			total += u;
		}
		return total;
	}
}
