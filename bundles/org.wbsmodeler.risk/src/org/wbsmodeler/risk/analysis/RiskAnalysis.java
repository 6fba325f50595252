package org.wbsmodeler.risk.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.concurrent.atomic.AtomicReference;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.event.RiskEvent;
import org.wbsmodeler.risk.event.RiskEvents;
import org.wbsmodeler.schedule.cpm.ScheduleCycleException;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.schedule.rollup.RollUp;

/**
 * Monte Carlo schedule and cost risk: {@code N} full schedules of the project on the critical-path engine, each with
 * durations drawn by Latin hypercube sampling from the three-point estimates, correlation groups and risk events.
 * Calendars, link types, lags, constraints, manual tasks and progress act as in the deterministic schedule
 * (finished tasks never vary). Iteration {@code i} draws from streams keyed by (seed, variable, i), so the answer
 * is the same for the same seed whatever the thread count and the time zone.
 *
 * <pre>
 * RiskResult r = RiskAnalysis.run(project, RiskOptions.defaults().withIterations(5000).withSeed(7));
 * LocalDateTime p80 = r.finish().percentile(0.8);
 * </pre>
 */
public final class RiskAnalysis {

	/** Iterations a thread takes at a time. */
	private static final int BLOCK = 32;
	private static final double MINUTES_PER_DAY = 1440;

	private RiskAnalysis() {
	}

	/** Runs with the risk events of the installed {@link RiskEvents} sources. */
	public static RiskResult run(Project project, RiskOptions options) throws RiskInputException {
		return run(project, RiskEvents.of(project), options);
	}

	/**
	 * Runs with the installed risk events until done or until {@code cancelled} says yes: each worker asks before
	 * each block of iterations, and a run cancelled returns no result.
	 *
	 * @throws CancellationException when {@code cancelled} said yes
	 */
	public static RiskResult run(Project project, RiskOptions options, BooleanSupplier cancelled) throws RiskInputException {
		return run(project, RiskEvents.of(project), options, cancelled);
	}

	public static RiskResult run(Project project, List<RiskEvent> events, RiskOptions options) throws RiskInputException {
		return run(project, events, options, NEVER);
	}

	/** @throws CancellationException when {@code cancelled} said yes */
	public static RiskResult run(Project project, List<RiskEvent> events, RiskOptions options, BooleanSupplier cancelled) throws RiskInputException {
		RiskInput in = new RiskInput(project, events, options);
		ProjectSchedule plan;
		try {
			plan = ProjectSchedule.compute(project); // a cycle is named here, before anything is sampled
		} catch (ScheduleModelException e) {
			throw new RiskInputException(e.getMessage());
		}
		int n = options.iterations();
		Tally tally = new Tally(n, in.milestones.length, RollUp.of(project).project().cost());
		Sampler sampler = new Sampler(in, options);
		int threads = Math.min(options.threads(), (n + BLOCK - 1) / BLOCK);
		List<Worker> workers = new ArrayList<>();
		try {
			for (int t = 0; t < threads; t++) {
				workers.add(new Worker(project, in, sampler, tally));
			}
		} catch (ScheduleModelException | ScheduleCycleException e) {
			throw new RiskInputException(e.getMessage());
		}
		runAll(workers, n, cancelled);
		return result(plan, in, tally, workers, options);
	}

	private static final BooleanSupplier NEVER = new BooleanSupplier() {
		@Override
		public boolean getAsBoolean() {
			return false;
		}
	};

	private static void runAll(List<Worker> workers, int n, BooleanSupplier cancelled) {
		AtomicInteger next = new AtomicInteger();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		AtomicBoolean stopped = new AtomicBoolean();
		List<Thread> running = new ArrayList<>();
		for (Worker worker : workers) {
			Runnable work = new Runnable() {
				@Override
				public void run() {
					try {
						for (int from = next.getAndAdd(BLOCK); from < n && failure.get() == null && !stopped.get(); from = next.getAndAdd(BLOCK)) {
							if (cancelled.getAsBoolean()) {
								stopped.set(true);
								break;
							}
							for (int i = from; i < Math.min(n, from + BLOCK); i++) {
								worker.iterate(i);
							}
						}
					} catch (Throwable e) {
						failure.compareAndSet(null, e);
					}
				}
			};
			if (workers.size() == 1) {
				work.run();
			} else {
				running.add(Thread.ofPlatform().name("wbs-risk-" + running.size()).daemon().start(work));
			}
		}
		for (Thread thread : running) {
			try {
				thread.join();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("risk analysis interrupted", e);
			}
		}
		if (stopped.get() && failure.get() == null) {
			throw new CancellationException("risk analysis cancelled");
		}
		if (failure.get() != null) {
			// durations only change, so a cycle cannot appear: whatever failed is a bug, not bad input
			throw new IllegalStateException("risk analysis failed: " + failure.get(), failure.get());
		}
	}

	private static RiskResult result(ProjectSchedule plan, RiskInput in, Tally tally, List<Worker> workers, RiskOptions options) {
		int n = options.iterations();
		ScheduleResult deterministic = plan.result();
		long start = deterministic.network().projectStart();
		DateDistribution finish = new DateDistribution(start, tally.finish, deterministic.projectFinish() - start);
		Map<WbsElement, DateDistribution> milestones = new LinkedHashMap<>();
		for (int m = 0; m < in.milestones.length; m++) {
			int a = in.milestones[m];
			milestones.put(in.model.element(a), DateDistribution.of(start, tally.milestones[m], deterministic.finish(a) - start));
		}
		int activities = in.model.network().activityCount();
		long[] critical = new long[activities];
		int v = in.variables();
		long[] sx = new long[v];
		long[] sxx = new long[v];
		long[] sxy = new long[v];
		long[] ey = new long[in.events()];
		long[] ec = new long[in.events()];
		for (Worker w : workers) {
			add(critical, w.critical);
			add(sx, w.sumX);
			add(sxx, w.sumXX);
			add(sxy, w.sumXY);
			add(ey, w.sumEventY);
			add(ec, w.eventCount);
		}
		double sy = 0;
		double syy = 0;
		for (long y : tally.finish) {
			sy += y;
			syy += (double) y * y;
		}
		double varY = syy / n - (sy / n) * (sy / n);
		Map<WbsElement, Double> criticality = new LinkedHashMap<>();
		for (int a = 0; a < activities; a++) {
			criticality.put(in.model.element(a), (double) critical[a] / n);
		}
		
		List<RiskResult.Driver> drivers = new ArrayList<>();
		for (int k = 0; k < v; k++) {
			if (in.range[k] == null) {
				continue; // no uncertainty of its own: the events that hit it are the drivers
			}
			double varX = (double) sxx[k] / n - ((double) sx[k] / n) * ((double) sx[k] / n);
			double r = correlation((double) sxy[k] / n - ((double) sx[k] / n) * (sy / n), varX, varY);
			WbsElement element = in.model.element(in.activity[k]);
			drivers.add(new RiskResult.Driver(ModelLabels.describe(element), element, r, (double) critical[in.activity[k]] / n,
					r * Math.sqrt(Math.max(0, varY)) / MINUTES_PER_DAY));
		}
		for (int e = 0; e < in.events(); e++) {
			double p = (double) ec[e] / n;
			double r = correlation((double) ey[e] / n - p * (sy / n), p * (1 - p), varY);
			drivers.add(new RiskResult.Driver(in.eventName[e], null, r, p, r * Math.sqrt(Math.max(0, varY)) / MINUTES_PER_DAY));
		}
		drivers.sort(BY_STRENGTH);
		return new RiskResult(n, options.seed(), finish, milestones, new CostDistribution(tally.cost, tally.deterministicCost), criticality,
				List.copyOf(drivers));
	}

	/** Strongest correlation first (either sign), then by name; a class rather than a lambda: see RiskInput#ints. */
	private static final Comparator<RiskResult.Driver> BY_STRENGTH = new Comparator<>() {
		@Override
		public int compare(RiskResult.Driver a, RiskResult.Driver b) {
			int c = Double.compare(-Math.abs(a.correlation()), -Math.abs(b.correlation()));
			return c != 0 ? c : a.name().compareTo(b.name());
		}
	};

	private static double correlation(double covariance, double varX, double varY) {
		return varX > 1e-12 && varY > 1e-12 ? Math.max(-1, Math.min(1, covariance / Math.sqrt(varX * varY))) : 0;
	}

	private static void add(long[] into, long[] from) {
		for (int i = 0; i < into.length; i++) {
			into[i] += from[i];
		}
	}
}
