package org.wbsmodeler.risk.analysis;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.schedule.cpm.DurationsOnlyScheduler;
import org.wbsmodeler.schedule.cpm.IncrementalScheduler;
import org.wbsmodeler.schedule.cpm.ScheduleCycleException;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.schedule.model.ModelNetwork;
import org.wbsmodeler.schedule.model.ScheduleModelException;

/**
 * One thread's share of the iterations, on its own copy of the network (built once, then only durations change
 * and the scheduler reschedules: all of it in the order found the first time when most durations vary, only what
 * the changes reach when few do). What is kept per iteration goes into the shared arrays at the iteration's index;
 * what is summed over iterations is summed in integers, so the totals do not depend on which thread did what.
 */
final class Worker {

	private static final int PINNED = ScheduleNetwork.MANUAL | ScheduleNetwork.STARTED;

	private final RiskInput in;
	private final Sampler sampler;
	private final Tally tally;
	private final ModelNetwork model;
	/** When most activities vary: every pass, no re-sort, no free float. */
	private final DurationsOnlyScheduler sweep;
	/** When few vary: only what their changes reach. */
	private final IncrementalScheduler incremental;
	private final double[] days;
	private final int[] minutes;
	private final boolean[] occurred;
	private final double[] groupShare;
	// sums over this worker's iterations
	final long[] critical;
	final long[] sumX;
	final long[] sumXX;
	final long[] sumXY;
	final long[] sumEventY;
	final long[] eventCount;

	Worker(Project project, RiskInput in, Sampler sampler, Tally tally) throws ScheduleModelException, ScheduleCycleException {
		this.in = in;
		this.sampler = sampler;
		this.tally = tally;
		model = ModelNetwork.of(project);
		int v = in.variables();
		boolean most = !Boolean.getBoolean("wbs.risk.incremental") && v > model.network().activityCount() / 4;
		sweep = most ? new DurationsOnlyScheduler(model.network()) : null;
		incremental = most ? null : new IncrementalScheduler(model.network());
		days = new double[v];
		minutes = new int[v];
		occurred = new boolean[in.events()];
		groupShare = sampler.groupScratch();
		critical = new long[model.network().activityCount()];
		sumX = new long[v];
		sumXX = new long[v];
		sumXY = new long[v];
		sumEventY = new long[in.events()];
		eventCount = new long[in.events()];
	}

	void iterate(int i) throws ScheduleCycleException {
		double eventCost = sampler.draw(i, days, occurred, groupShare);
		ScheduleNetwork network = model.network();
		int perDay = model.minutesPerDay();
		double cost = tally.deterministicCost + eventCost;
		for (int v = 0; v < days.length; v++) {
			int a = in.activity[v];
			double d = Math.max(0, days[v]);
			if ((network.mode(a) & PINNED) == 0) {
				int m = (int) Math.round(d * (network.isElapsed(a) ? 1440 : perDay));
				if (sweep != null) {
					sweep.setDuration(a, m);
				} else {
					network.setDuration(a, m);
				}
				minutes[v] = m;
			} else {
				minutes[v] = model.setDuration(a, d); // a manual or started task's own rules
			}
			if (in.baseDays[v] > 0) {
				cost += in.variableCost[v] * (d / in.baseDays[v] - 1);
			}
		}
		ScheduleResult result = sweep != null ? sweep.reschedule() : incremental.reschedule();
		long start = network.projectStart();
		long y = result.projectFinish() - start;
		for (int m = 0; m < in.milestones.length; m++) {
			tally.milestones[m][i] = (int) (result.finish(in.milestones[m]) - start);
		}
		boolean[] isCritical = result.criticalFlags();
		tally.finish[i] = y;
		tally.cost[i] = cost;
		for (int a = 0; a < critical.length; a++) {
			critical[a] += isCritical[a] ? 1 : 0; // no branch on a coin toss
		}
		for (int v = 0; v < minutes.length; v++) {
			long x = minutes[v];
			sumX[v] += x;
			sumXX[v] += x * x;
			sumXY[v] += x * y;
		}
		for (int e = 0; e < occurred.length; e++) {
			if (occurred[e]) {
				eventCount[e]++;
				sumEventY[e] += y;
			}
		}
	}
}
