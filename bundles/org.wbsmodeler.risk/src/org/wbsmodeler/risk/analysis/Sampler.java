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
	/** per correlation group: √ρ and √(1 − ρ), the copula's weights */
	private final double[] groupWeight;
	private final double[] ownWeight;

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
		groupWeight = new double[streams.length];
		ownWeight = new double[streams.length];
		for (int g = 0; g < streams.length; g++) {
			groupWeight[g] = Math.sqrt(in.groupCorrelation[g]);
			ownWeight[g] = Math.sqrt(1 - in.groupCorrelation[g]);
		}
		streams = new long[in.events()];
		for (int e = 0; e < streams.length; e++) {
			streams[e] = Long.MIN_VALUE / 2 + e;
		}
		events = new LatinHypercube(n, seed, streams);
	}

	/** A thread's scratch for {@link #draw}: one value per correlation group. */
	double[] groupScratch() {
		return new double[groupWeight.length];
	}

	/**
	 * Fills {@code days} and {@code occurred} for iteration {@code i}; returns the events' added cost.
	 * {@code groupShare} is the calling thread's {@link #groupScratch()}.
	 */
	double draw(int i, double[] days, boolean[] occurred, double[] groupShare) {
		double[] baseDays = in.baseDays;
		double[] factor = in.factor;
		int[] group = in.group;
		// each group's part once per iteration, not once per member: √ρ·Φ⁻¹(u) for a partial correlation, u for a full one
		for (int g = 0; g < groupShare.length; g++) {
			double rho = in.groupCorrelation[g];
			groupShare[g] = rho >= 1 ? groups.uniform(g, i) : rho <= 0 ? 0 : groupWeight[g] * Normal.quantile(groups.uniform(g, i));
		}
		for (int v = 0; v < days.length; v++) {
			if (quantiles.has(v)) {
				days[v] = group[v] < 0 ? variables.uniform(v, i) : uniform(v, i, groupShare);
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

	/** A group member's share: the group's (full correlation), its own (none), or the two mixed through a Gaussian copula. */
	private double uniform(int v, int i, double[] groupShare) {
		int g = in.group[v];
		double rho = in.groupCorrelation[g];
		if (rho >= 1) {
			return groupShare[g];
		}
		if (rho <= 0) {
			return variables.uniform(v, i);
		}
		double z = groupShare[g] + ownWeight[g] * Normal.quantile(variables.uniform(v, i));
		return Normal.cdf(z);
	}
}
