package org.wbsmodeler.model.tasktype;

/**
 * What an edit leaves: the task's duration (days) and work (hours), and each work assignment's units and work, in the
 * order of {@link TaskState#units()}. The edited value is among them as entered.
 */
public record TaskOutcome(double duration, double work, double[] units, double[] assignmentWork) {

	public TaskOutcome {
		units = units.clone();
		assignmentWork = assignmentWork.clone();
	}

	@Override
	public double[] units() {
		return units.clone();
	}

	@Override
	public double[] assignmentWork() {
		return assignmentWork.clone();
	}
}
