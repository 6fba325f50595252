package org.wbsmodeler.risk.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.risk.analysis.RiskAnalysis;
import org.wbsmodeler.risk.analysis.RiskInputException;
import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.risk.analysis.RiskResult;

/**
 * {@code wbs bench risk}: a generated plan of N activities (phases of 100, each activity linked from one or two
 * recent ones with all four link types, a milestone every 250, every activity with a three-point estimate of one
 * of the three distributions, a tenth of them in correlation groups) run through the whole risk analysis: prints
 * {@code risk activities=N iterations=I ms=… per_iteration_us=… threads=T}.
 */
public final class RiskBenchmark {

	private static final WbsFactory F = WbsFactory.eINSTANCE;
	private static final DependencyType[] TYPES = { DependencyType.FS, DependencyType.FS, DependencyType.FS, DependencyType.SS, DependencyType.FF,
			DependencyType.SF };

	private RiskBenchmark() {
	}

	/** Runs {@code runs} times after one warm-up of a tenth of the iterations; the line gives the median. */
	public static String run(int activities, int iterations, int threads, int runs, long seed) throws RiskInputException {
		Project plan = plan(activities, seed);
		RiskOptions options = RiskOptions.defaults().withIterations(iterations).withThreads(threads).withSeed(seed);
		RiskAnalysis.run(plan, List.of(), options.withIterations(Math.max(1, iterations / 10)));
		long[] ms = new long[runs];
		RiskResult result = null;
		for (int r = 0; r < runs; r++) {
			long t0 = System.nanoTime();
			result = RiskAnalysis.run(plan, List.of(), options);
			ms[r] = (System.nanoTime() - t0) / 1_000_000;
		}
		java.util.Arrays.sort(ms);
		long median = ms[runs / 2];
		return "risk activities=" + activities + " iterations=" + iterations + " ms=" + median + " per_iteration_us="
				+ Math.round(median * 1000.0 / iterations) + " threads=" + threads + " p80=" + result.finish().percentile(0.8);
	}

	/** The generated plan (leaves: {@code activities} activities plus a milestone every 250). */
	public static Project plan(int activities, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Project project = F.createProject();
		project.setName("risk benchmark");
		project.setStart(LocalDateTime.of(2027, 2, 1, 8, 0));
		List<WbsElement> leaves = new ArrayList<>();
		Phase phase = null;
		CorrelationGroup group = null;
		DurationDistribution[] shapes = DurationDistribution.VALUES.toArray(DurationDistribution[]::new);
		for (int i = 0; i < activities; i++) {
			if (i % 100 == 0) {
				phase = F.createPhase();
				phase.setName("Phase " + (i / 100 + 1));
				project.getChildren().add(phase);
				group = F.createCorrelationGroup();
				group.setName("Team " + (i / 100 + 1));
				group.setCorrelation(i % 200 == 0 ? 1 : 0.5);
				project.getCorrelationGroups().add(group);
			}
			Activity a = F.createActivity();
			a.setName("Activity " + (i + 1));
			double d = 1 + random.nextInt(10);
			a.setDuration(d);
			a.setOptimisticDuration(d * 0.8);
			a.setMostLikelyDuration(d);
			a.setPessimisticDuration(d * (1.2 + 0.2 * random.nextInt(5)));
			a.setDurationDistribution(shapes[random.nextInt(shapes.length)]);
			phase.getChildren().add(a);
			if (random.nextInt(10) == 0) {
				group.getActivities().add(a);
			}
			link(random, leaves, a);
			leaves.add(a);
			if ((i + 1) % 250 == 0) {
				Milestone m = F.createMilestone();
				m.setName("Milestone " + (i + 1) / 250);
				phase.getChildren().add(m);
				link(random, leaves, m);
				leaves.add(m);
			}
		}
		return project;
	}

	private static void link(SplittableRandom random, List<WbsElement> leaves, WbsElement to) {
		int n = leaves.size();
		if (n == 0) {
			return;
		}
		int links = 1 + random.nextInt(2);
		for (int k = 0; k < links; k++) {
			WbsElement from = leaves.get(n - 1 - random.nextInt(Math.min(n, 200)));
			Dependency d = F.createDependency();
			d.setPredecessor(from);
			d.setType(TYPES[random.nextInt(TYPES.length)]);
			if (random.nextInt(5) == 0) {
				d.setLag(random.nextInt(3));
			}
			to.getPredecessors().add(d);
		}
	}
}
