package org.wbsmodeler.schedule.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.cpm.CriticalPathScheduler;
import org.wbsmodeler.schedule.cpm.ScheduleCycleException;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.schedule.cpm.ScheduleWarning;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * A project scheduled by the critical-path engine: the results per element, the critical path, warnings and the
 * "why" of any activity. Computing it changes nothing in the model; {@link #writeToModel()} stores the dates, floats
 * and critical flags on every element (summaries get the span of their leaves) in one go.
 */
public final class ProjectSchedule {

	private final ModelNetwork model;
	private final ScheduleResult result;

	private ProjectSchedule(ModelNetwork model, ScheduleResult result) {
		this.model = model;
		this.result = result;
	}

	/** Schedules the project; a dependency cycle is reported with its elements in link order. */
	public static ProjectSchedule compute(Project project) throws ScheduleModelException {
		ModelNetwork model = ModelNetwork.of(project);
		try {
			return new ProjectSchedule(model, new CriticalPathScheduler().schedule(model.network()));
		} catch (ScheduleCycleException e) {
			List<WbsElement> cycle = new ArrayList<>();
			for (int a : e.cycle()) {
				cycle.add(model.element(a));
			}
			List<WbsElement> closed = new ArrayList<>(cycle);
			closed.add(cycle.get(0));
			throw new ScheduleModelException("dependency cycle: " + ModelLabels.chain(closed), cycle);
		}
	}

	/**
	 * A schedule already computed on this network (the editor's live schedule, kept up to date incrementally): no
	 * second run of the engine.
	 */
	public static ProjectSchedule of(ModelNetwork model, ScheduleResult result) {
		return new ProjectSchedule(model, result);
	}

	public ModelNetwork network() {
		return model;
	}

	public ScheduleResult result() {
		return result;
	}

	public LocalDateTime projectStart() {
		return model.project().getStart();
	}

	public LocalDateTime projectFinish() {
		return date(result.projectFinish());
	}

	/** The leaf elements the engine scheduled, in outline order. */
	public List<WbsElement> activities() {
		return model.activities();
	}

	public LocalDateTime earlyStart(WbsElement leaf) {
		return date(result.earlyStart(model.activity(leaf)));
	}

	public LocalDateTime earlyFinish(WbsElement leaf) {
		return date(result.earlyFinish(model.activity(leaf)));
	}

	public LocalDateTime lateStart(WbsElement leaf) {
		return date(result.lateStart(model.activity(leaf)));
	}

	public LocalDateTime lateFinish(WbsElement leaf) {
		return date(result.lateFinish(model.activity(leaf)));
	}

	/** Total float in working days of the model. */
	public double totalFloat(WbsElement leaf) {
		return days(result.totalFloat(model.activity(leaf)));
	}

	public double freeFloat(WbsElement leaf) {
		return days(result.freeFloat(model.activity(leaf)));
	}

	public boolean isCritical(WbsElement leaf) {
		return result.isCritical(model.activity(leaf));
	}

	/** The critical paths, each as elements in order (at most {@code max} of them). */
	public List<List<WbsElement>> criticalPaths(int max) {
		List<List<WbsElement>> paths = new ArrayList<>();
		for (int[] path : result.criticalPaths(max)) {
			List<WbsElement> elements = new ArrayList<>();
			for (int a : path) {
				elements.add(model.element(a));
			}
			paths.add(elements);
		}
		return paths;
	}

	/**
	 * What the model asks of MS Project's rules that the engine does differently (see {@link ModelNetwork#notes()}),
	 * then constraint conflicts, manual tasks held against their links, progress out of sequence and negative float,
	 * in words (element codes and names).
	 */
	public List<String> warnings() {
		List<String> all = new ArrayList<>(model.notes());
		result.warnings().stream().map(ScheduleWarning::message).forEach(all::add);
		return all;
	}

	/** The driving chain and float of one leaf; null for a summary. */
	public ScheduleExplanation explain(WbsElement leaf) {
		int a = model.activity(leaf);
		return a < 0 ? null : result.explain(a);
	}

	/** Working days between two instants on the default calendar, for roll-ups and earned value. */
	public RollUp.WorkingDays workingDays() {
		return workingDays(model.network().calendar(0), model.minutesPerDay());
	}

	/** Working days between two instants on a calendar whose working day has {@code minutesPerDay} minutes. */
	public static RollUp.WorkingDays workingDays(WorkCalendar calendar, int minutesPerDay) {
		return (a, b) -> calendar.workBetween(minute(a), minute(b)) / (double) minutesPerDay;
	}

	/**
	 * Writes every element's scheduled dates, floats and critical flag into the model: the leaves' from the engine, the
	 * summaries' from the {@link RollUp} (a summary spans its children, its float is the smallest of theirs, it is
	 * critical when one of them is).
	 *
	 * @return the roll-up of the project as written
	 */
	public RollUp writeToModel() {
		for (WbsElement leaf : model.activities()) {
			int a = model.activity(leaf);
			leaf.setEarlyStart(date(result.earlyStart(a)));
			leaf.setEarlyFinish(date(result.earlyFinish(a)));
			leaf.setLateStart(date(result.lateStart(a)));
			leaf.setLateFinish(date(result.lateFinish(a)));
			leaf.setTotalFloat(days(result.totalFloat(a)));
			leaf.setFreeFloat(days(result.freeFloat(a)));
			leaf.setCritical(result.isCritical(a));
		}
		RollUp rollUp = RollUp.of(model.project(), workingDays());
		for (WbsElement summary : rollUp.summaries()) {
			Totals totals = rollUp.of(summary);
			summary.setEarlyStart(totals.start());
			summary.setEarlyFinish(totals.finish());
			summary.setLateStart(totals.lateStart());
			summary.setLateFinish(totals.lateFinish());
			summary.setTotalFloat(totals.totalFloatDays());
			summary.setFreeFloat(totals.freeFloatDays());
			summary.setCritical(totals.critical());
		}
		return rollUp;
	}

	private double days(long minutes) {
		return minutes / (double) model.minutesPerDay();
	}

	private static LocalDateTime date(long minute) {
		return LocalMinutes.toLocalDateTime(minute);
	}

	private static long minute(LocalDateTime time) {
		return LocalMinutes.of(time);
	}
}
