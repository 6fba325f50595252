package org.wbsmodeler.model.tasktype;

import org.wbsmodeler.model.TaskType;

/**
 * MS Project's task types as arithmetic: work = duration × units × hours per day, and when one of the three is
 * edited, the type says which of the other two moves (MS Project's "Change the task type" table):
 *
 * <pre>
 *                  edit duration   edit work       edit units
 * fixed units      work moves      duration moves  duration moves
 * fixed duration   work moves      units move      work moves
 * fixed work       units move      duration moves  duration moves
 * </pre>
 *
 * Adding or removing a resource of an effort-driven task (a fixed-work task always is) keeps the task's work and
 * shares it out by units again: the duration moves (fixed units, fixed work) or the units do (fixed duration);
 * otherwise the duration stays and the work follows the resources. The first resource of a task is never effort
 * driven: it works the task's duration at its units, as in MS Project. A task without work resources has the units
 * its work and duration imply (work 24 h over 3 days of 8 h: 100 %), so its work follows its duration all the same;
 * one with neither work nor units keeps the other value when one is edited. Cost follows work because a work
 * resource costs its rate per hour of the assignment's work ({@code Costs}).
 */
public final class TaskTypeRule {

	private TaskTypeRule() {
	}

	/** The duration was set to {@code days}. */
	public static TaskOutcome durationEdited(TaskState task, double days) {
		requireNonNegative(days, "duration");
		double[] units = task.units();
		double[] work = task.assignmentWork();
		if (task.type() == TaskType.FIXED_WORK && days > 0) {
			// each assignment keeps its work and works it at the units that fit the new duration
			for (int i = 0; i < units.length; i++) {
				units[i] = work[i] / (days * task.hoursPerDay());
			}
			return new TaskOutcome(days, task.work(), units, work);
		}
		double totalUnits = task.totalUnits();
		if (totalUnits == 0) {
			return new TaskOutcome(days, task.work(), units, work);
		}
		for (int i = 0; i < units.length; i++) {
			work[i] = days * units[i] * task.hoursPerDay();
		}
		return new TaskOutcome(days, days * totalUnits * task.hoursPerDay(), units, work);
	}

	/** The task's work was set to {@code hours}. */
	public static TaskOutcome workEdited(TaskState task, double hours) {
		requireNonNegative(hours, "work");
		double[] units = task.units();
		double totalUnits = task.totalUnits();
		if (task.type() == TaskType.FIXED_DURATION) {
			double[] work = share(hours, units, totalUnits);
			if (task.duration() > 0) {
				for (int i = 0; i < units.length; i++) {
					units[i] = work[i] / (task.duration() * task.hoursPerDay());
				}
			}
			return new TaskOutcome(task.duration(), hours, units, work);
		}
		if (totalUnits == 0) {
			return new TaskOutcome(task.duration(), hours, units, share(hours, units, totalUnits));
		}
		return new TaskOutcome(hours / (totalUnits * task.hoursPerDay()), hours, units, share(hours, units, totalUnits));
	}

	/** The units of work assignment {@code index} were set to {@code newUnits}. */
	public static TaskOutcome unitsEdited(TaskState task, int index, double newUnits) {
		if (index < 0 || index >= task.assignments()) {
			throw new IllegalArgumentException("no work assignment " + index + " (the task has " + task.assignments() + ")");
		}
		if (!(newUnits > 0)) {
			throw new IllegalArgumentException("units must be more than 0 %, not " + newUnits * 100 + " %");
		}
		double[] units = task.units();
		double[] work = task.assignmentWork();
		units[index] = newUnits;
		if (task.type() == TaskType.FIXED_DURATION) {
			work[index] = task.duration() * newUnits * task.hoursPerDay();
			return new TaskOutcome(task.duration(), sum(work), units, work);
		}
		// the assignment keeps its work and takes as long as its units need; the task lasts as long as its longest one
		double duration = 0;
		for (int i = 0; i < units.length; i++) {
			duration = Math.max(duration, work[i] / (units[i] * task.hoursPerDay()));
		}
		return new TaskOutcome(duration, task.work(), units, work);
	}

	/** A work resource was assigned at {@code newUnits}; it comes last in the outcome's arrays. */
	public static TaskOutcome assignmentAdded(TaskState task, double newUnits) {
		if (!(newUnits > 0)) {
			throw new IllegalArgumentException("units must be more than 0 %, not " + newUnits * 100 + " %");
		}
		double[] units = append(task.units(), newUnits);
		boolean effortDriven = task.effortDriven() || task.type() == TaskType.FIXED_WORK;
		if (!effortDriven || task.assignments() == 0) {
			double[] work = append(task.assignmentWork(), task.duration() * newUnits * task.hoursPerDay());
			return new TaskOutcome(task.duration(), task.assignments() == 0 ? work[0] : task.work() + work[work.length - 1], units, work);
		}
		return reshare(task, units);
	}

	/** Work assignment {@code index} was removed. */
	public static TaskOutcome assignmentRemoved(TaskState task, int index) {
		if (index < 0 || index >= task.assignments()) {
			throw new IllegalArgumentException("no work assignment " + index + " (the task has " + task.assignments() + ")");
		}
		double[] units = remove(task.units(), index);
		double[] work = remove(task.assignmentWork(), index);
		boolean effortDriven = task.effortDriven() || task.type() == TaskType.FIXED_WORK;
		if (units.length == 0) {
			// the work stays as the task's estimate: nobody is left to share it
			return new TaskOutcome(task.duration(), task.work(), units, work);
		}
		if (!effortDriven) {
			return new TaskOutcome(task.duration(), sum(work), units, work);
		}
		return reshare(task, units);
	}

	/** Effort driven: the task's work, shared by the new units; the duration or (fixed duration) the units give way. */
	private static TaskOutcome reshare(TaskState task, double[] units) {
		double totalUnits = sum(units);
		double[] work = share(task.work(), units, totalUnits);
		if (task.type() == TaskType.FIXED_DURATION && task.duration() > 0) {
			for (int i = 0; i < units.length; i++) {
				units[i] = work[i] / (task.duration() * task.hoursPerDay());
			}
			return new TaskOutcome(task.duration(), task.work(), units, work);
		}
		return new TaskOutcome(task.work() / (totalUnits * task.hoursPerDay()), task.work(), units, work);
	}

	/** {@code hours} shared by units; equal shares when no units are known. */
	private static double[] share(double hours, double[] units, double totalUnits) {
		double[] work = new double[units.length];
		for (int i = 0; i < units.length; i++) {
			work[i] = totalUnits > 0 ? hours * units[i] / totalUnits : hours / units.length;
		}
		return work;
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double value : values) {
			total += value;
		}
		return total;
	}

	private static double[] append(double[] values, double value) {
		double[] longer = java.util.Arrays.copyOf(values, values.length + 1);
		longer[values.length] = value;
		return longer;
	}

	private static double[] remove(double[] values, int index) {
		double[] shorter = new double[values.length - 1];
		System.arraycopy(values, 0, shorter, 0, index);
		System.arraycopy(values, index + 1, shorter, index, values.length - index - 1);
		return shorter;
	}

	private static void requireNonNegative(double value, String what) {
		if (!(value >= 0)) {
			throw new IllegalArgumentException(what + " must not be negative: " + value);
		}
	}
}
