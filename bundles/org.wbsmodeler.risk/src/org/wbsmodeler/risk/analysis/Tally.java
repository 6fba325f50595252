package org.wbsmodeler.risk.analysis;

/** What each iteration leaves behind, at its own index: the finish, the cost, each milestone's finish. */
final class Tally {

	/** project finish, minutes after the project start */
	final long[] finish;
	final double[] cost;
	/** per milestone, its finish in minutes after the project start */
	final int[][] milestones;
	final double deterministicCost;

	Tally(int iterations, int milestoneCount, double deterministicCost) {
		finish = new long[iterations];
		cost = new double[iterations];
		milestones = new int[milestoneCount][iterations];
		this.deterministicCost = deterministicCost;
	}
}
