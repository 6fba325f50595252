package org.wbsmodeler.risk.analysis;

import java.util.function.DoubleUnaryOperator;

import org.wbsmodeler.risk.sampling.LatinHypercube;
import org.wbsmodeler.risk.sampling.Normal;

/**
 * Draws one iteration's durations (in days) and event occurrences. Every variable, correlation group and event has
 * its own Latin hypercube stream; a member of a group takes the group's value (correlation 1) or shares that part
 * of its uncertainty through a Gaussian copula. Stateless per iteration: any thread can draw any iteration.
 */
final class Sampler {

	private final RiskInput in;
	private final LatinHypercube[] variable;
	private final LatinHypercube[] group;
	private final LatinHypercube[] event;
	private final DoubleUnaryOperator[] quantile;

	Sampler(RiskInput in, RiskOptions options) {
		this.in = in;
		int n = options.iterations();
		long seed = options.seed();
		variable = new LatinHypercube[in.variables()];
		for (int v = 0; v < variable.length; v++) {
			// keyed by the engine activity, so a task keeps its stream when others gain or lose a range
			variable[v] = new LatinHypercube(n, seed, in.activity[v]);
		}
		quantile = new DoubleUnaryOperator[in.variables()];
		for (int v = 0; v < quantile.length; v++) {
			quantile[v] = in.range[v] == null ? null : in.range[v].quantileFunction();
		}
		group = new LatinHypercube[in.groupCorrelation.length];
		for (int g = 0; g < group.length; g++) {
			group[g] = new LatinHypercube(n, seed, -1L - g);
		}
		event = new LatinHypercube[in.events()];
		for (int e = 0; e < event.length; e++) {
			event[e] = new LatinHypercube(n, seed, Long.MIN_VALUE / 2 + e);
		}
	}

	/** Fills {@code days} and {@code occurred} for iteration {@code i}; returns the events' added cost. */
	double draw(int i, double[] days, boolean[] occurred) {
		for (int v = 0; v < days.length; v++) {
			DoubleUnaryOperator q = quantile[v];
			days[v] = (q == null ? in.baseDays[v] : q.applyAsDouble(uniform(v, i))) * in.factor[v];
		}
		double cost = 0;
		for (int e = 0; e < occurred.length; e++) {
			occurred[e] = event[e].uniform(i) < in.eventProbability[e];
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
			return variable[v].uniform(i);
		}
		double rho = in.groupCorrelation[g];
		if (rho >= 1) {
			return group[g].uniform(i);
		}
		if (rho <= 0) {
			return variable[v].uniform(i);
		}
		double z = Math.sqrt(rho) * Normal.quantile(group[g].uniform(i)) + Math.sqrt(1 - rho) * Normal.quantile(variable[v].uniform(i));
		return Normal.cdf(z);
	}
}
