package org.wbsmodeler.risk.analysis;

import org.wbsmodeler.risk.sampling.LatinHypercube;
import org.wbsmodeler.risk.sampling.Normal;
import org.wbsmodeler.risk.sampling.Quantiles;

/**
 * Draws one iteration's durations (in days) and event occurrences. Every variable, correlation group and event has
 * its own Latin hypercube stream; a member of a group takes the group's value (correlation 1) or shares that part
 * of its uncertainty through a Gaussian copula. Stateless per iteration: any thread can draw any iteration.
 * <p>
 * Everything drawn per variable sits in flat arrays (streams' keys, quantiles, base days, factors): a plan of ten
 * thousand activities draws ten thousand values per iteration, and that loop reads its arrays in order.
 */
final class Sampler {

	private final RiskInput in;
	private final LatinHypercube variables;
	private final LatinHypercube groups;
	private final LatinHypercube events;
	private final Quantiles quantiles;

	Sampler(RiskInput in, RiskOptions options) {
		this.in = in;
		int n = options.iterations();
		long seed = options.seed();
		long[] streams = new long[in.variables()];
		for (int v = 0; v < streams.length; v++) {
			// keyed by the engine activity, so a task keeps its stream when others gain or lose a range
			streams[v] = in.activity[v];
		}
		variables = new LatinHypercube(n, seed, streams);
		quantiles = new Quantiles(in.range);
		streams = new long[in.groupCorrelation.length];
		for (int g = 0; g < streams.length; g++) {
			streams[g] = -1L - g;
		}
		groups = new LatinHypercube(n, seed, streams);
		streams = new long[in.events()];
		for (int e = 0; e < streams.length; e++) {
			streams[e] = Long.MIN_VALUE / 2 + e;
		}
		events = new LatinHypercube(n, seed, streams);
	}

	/** Fills {@code days} and {@code occurred} for iteration {@code i}; returns the events' added cost. */
	double draw(int i, double[] days, boolean[] occurred) {
		double[] baseDays = in.baseDays;
		double[] factor = in.factor;
		int[] group = in.group;
		for (int v = 0; v < days.length; v++) {
			if (quantiles.has(v)) {
				days[v] = group[v] < 0 ? variables.uniform(v, i) : uniform(v, i);
			}
		}
		quantiles.quantiles(days); // the shares become durations, shape by shape
		for (int v = 0; v < days.length; v++) {
			days[v] = (quantiles.has(v) ? days[v] : baseDays[v]) * factor[v];
		}
		double cost = 0;
		for (int e = 0; e < occurred.length; e++) {
			occurred[e] = events.uniform(e, i) < in.eventProbability[e];
			if (occurred[e]) {
				cost += in.eventCost[e];
				int[] hit = in.eventVariables[e];
				for (int k = 0; k < hit.length; k++) {
					days[hit[k]] += in.eventDelays[e][k];
				}
			}
		}
		return cost;
	}

	private double uniform(int v, int i) {
		int g = in.group[v];
		if (g < 0) {
			return variables.uniform(v, i);
		}
		double rho = in.groupCorrelation[g];
		if (rho >= 1) {
			return groups.uniform(g, i);
		}
		if (rho <= 0) {
			return variables.uniform(v, i);
		}
		double z = Math.sqrt(rho) * Normal.quantile(groups.uniform(g, i)) + Math.sqrt(1 - rho) * Normal.quantile(variables.uniform(v, i));
		return Normal.cdf(z);
	}
}
