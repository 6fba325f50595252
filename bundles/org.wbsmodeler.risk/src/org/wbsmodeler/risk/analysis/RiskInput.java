package org.wbsmodeler.risk.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.event.RiskEvent;
import org.wbsmodeler.risk.sampling.Shape;
import org.wbsmodeler.risk.sampling.ThreePoint;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.model.ModelNetwork;
import org.wbsmodeler.schedule.model.ScheduleModelException;

/**
 * What a risk analysis varies, read from the model and checked once: the activities with a three-point estimate
 * or hit by an event (finished ones never vary), their correlation groups, the events, and how cost follows
 * duration. Bad input is refused here, with one line naming the element, before anything runs.
 */
final class RiskInput {

	final ModelNetwork model;
	/** engine activity of each variable */
	final int[] activity;
	/** its range, or null for a fixed duration that only events change */
	final ThreePoint[] range;
	final double[] baseDays;
	final double[] factor;
	/** correlation group of each variable, or -1 */
	final int[] group;
	final double[] groupCorrelation;
	final List<String> groupNames = new ArrayList<>();
	final double[] eventProbability;
	final String[] eventName;
	final double[] eventCost;
	/** per event, pairs of (variable, delay in days) */
	final int[][] eventVariables;
	final double[][] eventDelays;
	/** cost that scales with each variable's duration (work, at the resources' rates) */
	final double[] variableCost;
	final int[] milestones;

	RiskInput(Project project, List<RiskEvent> events, RiskOptions options) throws RiskInputException {
		OutlineIndex outline = OutlineIndex.build(project);
		for (WbsElement leaf : outline.leaves()) {
			if (leaf.getDuration() < 0) {
				throw new RiskInputException(ModelLabels.describe(leaf) + ": negative duration " + leaf.getDuration());
			}
		}
		try {
			model = ModelNetwork.of(project);
		} catch (ScheduleModelException e) {
			throw new RiskInputException(e.getMessage());
		}
		ScheduleNetwork network = model.network();
		Map<WbsElement, Integer> variableOf = new IdentityHashMap<>();
		Set<WbsElement> recorded = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Integer> activities = new ArrayList<>();
		List<ThreePoint> ranges = new ArrayList<>();
		List<Integer> milestoneList = new ArrayList<>();
		for (int a = 0; a < network.activityCount(); a++) {
			WbsElement leaf = model.element(a);
			if (leaf instanceof Milestone) {
				milestoneList.add(a);
			}
			ThreePoint range = leaf instanceof Activity activity ? range(activity) : null;
			RiskOptions.Bias bias = options.calibration().get(leaf);
			if (range == null && bias != null && !network.isFinished(a)) {
				// no estimate of its own: the team's record for tasks like it is its range
				double d = leaf.getDuration();
				range = new ThreePoint(d * bias.least(), d * bias.mean(), d * bias.most(), Shape.TRIANGULAR);
				recorded.add(leaf);
			}
			if (range != null && !network.isFinished(a)) {
				variableOf.put(leaf, activities.size());
				activities.add(a);
				ranges.add(range);
			}
		}
		// events: their leaves vary too, even without a range
		int e = events.size();
		eventProbability = new double[e];
		eventName = new String[e];
		eventCost = new double[e];
		eventVariables = new int[e][];
		eventDelays = new double[e][];
		for (int k = 0; k < e; k++) {
			RiskEvent event = events.get(k);
			if (!(event.probability() >= 0 && event.probability() <= 1)) {
				String on = event.impacts().isEmpty() ? "" : ModelLabels.describe(event.impacts().get(0).element()) + ": ";
				throw new RiskInputException(on + "risk event '" + event.name() + "' has probability " + event.probability() + ", outside 0 to 1");
			}
			eventProbability[k] = event.probability();
			eventName[k] = event.name();
			List<int[]> hit = new ArrayList<>();
			List<Double> delays = new ArrayList<>();
			double cost = 0;
			for (RiskEvent.Impact impact : event.impacts()) {
				if (impact.delayDays() < 0) {
					throw new RiskInputException(ModelLabels.describe(impact.element()) + ": risk event '" + event.name() + "' has a negative delay "
							+ impact.delayDays());
				}
				cost += impact.cost();
				for (WbsElement leaf : outline.leavesOf(impact.element())) {
					int a = model.activity(leaf);
					if (a < 0 || network.isFinished(a) || impact.delayDays() == 0) {
						continue;
					}
					Integer v = variableOf.get(leaf);
					if (v == null) {
						v = activities.size();
						variableOf.put(leaf, v);
						activities.add(a);
						ranges.add(null);
					}
					hit.add(new int[] { v });
					delays.add(impact.delayDays());
				}
			}
			eventCost[k] = cost;
			eventVariables[k] = new int[hit.size()];
			eventDelays[k] = new double[hit.size()];
			for (int j = 0; j < hit.size(); j++) {
				eventVariables[k][j] = hit.get(j)[0];
				eventDelays[k][j] = delays.get(j);
			}
		}
		int n = activities.size();
		activity = ints(activities);
		range = ranges.toArray(new ThreePoint[n]);
		baseDays = new double[n];
		factor = new double[n];
		variableCost = new double[n];
		group = new int[n];
		java.util.Arrays.fill(group, -1);
		for (int v = 0; v < n; v++) {
			WbsElement leaf = model.element(activity[v]);
			baseDays[v] = leaf.getDuration();
			RiskOptions.Bias bias = options.calibration().get(leaf);
			// an estimate of its own moves with the bias; a range made from the record has it already
			factor[v] = bias == null || recorded.contains(leaf) ? 1 : bias.mean();
			double remaining = network.isStarted(a(v)) ? 1 - Math.max(0, Math.min(100, leaf.getPercentComplete())) / 100 : 1;
			variableCost[v] = (Costs.cost(leaf) - leaf.getFixedCost()) * remaining;
		}
		List<Double> correlations = new ArrayList<>();
		Map<WbsElement, String> memberOf = new HashMap<>();
		for (CorrelationGroup g : project.getCorrelationGroups()) {
			if (!(g.getCorrelation() >= 0 && g.getCorrelation() <= 1)) {
				throw new RiskInputException("correlation group '" + g.getName() + "' has correlation " + g.getCorrelation() + ", outside 0 to 1");
			}
			int index = correlations.size();
			correlations.add(g.getCorrelation());
			groupNames.add(g.getName());
			for (Activity member : g.getActivities()) {
				String other = memberOf.put(member, g.getName());
				if (other != null) {
					throw new RiskInputException(ModelLabels.describe(member) + ": in two correlation groups, '" + other + "' and '" + g.getName() + "'");
				}
				Integer v = variableOf.get(member);
				if (v != null && range[v] != null) {
					group[v] = index;
				}
			}
		}
		groupCorrelation = new double[correlations.size()];
		for (int g = 0; g < groupCorrelation.length; g++) {
			groupCorrelation[g] = correlations.get(g);
		}
		milestones = ints(milestoneList);
	}

	// plain loops rather than streams here and in the rest of a run: a command line's run is one cold pass, and
	// each stream pipeline or lambda costs it classes to load and call sites to link before anything is computed
	private static int[] ints(List<Integer> list) {
		int[] array = new int[list.size()];
		for (int i = 0; i < array.length; i++) {
			array[i] = list.get(i);
		}
		return array;
	}

	private int a(int variable) {
		return activity[variable];
	}

	/** The activity's three-point estimate, null without one; refuses an inconsistent one. */
	static ThreePoint range(Activity activity) throws RiskInputException {
		boolean o = activity.isSetOptimisticDuration();
		boolean m = activity.isSetMostLikelyDuration();
		boolean p = activity.isSetPessimisticDuration();
		if (!o && !m && !p) {
			return null;
		}
		String label = ModelLabels.describe(activity);
		if (!o || !p) {
			throw new RiskInputException(label + ": a three-point estimate needs an optimistic and a pessimistic duration");
		}
		double opt = activity.getOptimisticDuration();
		double pes = activity.getPessimisticDuration();
		double likely = m ? activity.getMostLikelyDuration() : activity.getDuration();
		if (opt < 0 || likely < 0 || pes < 0) {
			throw new RiskInputException(label + ": negative duration in its three-point estimate (" + opt + ", " + likely + ", " + pes + ")");
		}
		if (pes < opt) {
			throw new RiskInputException(label + ": pessimistic duration " + pes + " is less than optimistic " + opt);
		}
		if (likely < opt || likely > pes) {
			throw new RiskInputException(label + ": most likely duration " + likely + " is outside " + opt + " to " + pes);
		}
		Shape shape = switch (activity.getDurationDistribution()) {
		case BETA_PERT -> Shape.BETA_PERT;
		case UNIFORM -> Shape.UNIFORM;
		default -> Shape.TRIANGULAR;
		};
		return new ThreePoint(opt, likely, pes, shape);
	}

	int variables() {
		return activity.length;
	}

	int events() {
		return eventProbability.length;
	}
}
