package org.wbsmodeler.ui.tasks;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation.Step;
import org.wbsmodeler.schedule.model.ModelNetwork;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.ui.edit.DateFormats;
import org.wbsmodeler.model.format.Durations;

/**
 * Why an activity starts when it does, in words for the Why dialog: the driving chain back to the project start or
 * a constraint and, when it has float, the chain of successors that uses it up. The engine behind {@code ./wbs why}.
 *
 * @param summary    dates and float of the activity
 * @param driving    one line per step of the driving chain, the activity first
 * @param floatChain one line per step of the float chain; empty for a critical activity
 * @param elements   the activities of the driving chain, for selecting them in the editor
 */
public record WhyChain(String summary, List<String> driving, List<String> floatChain, List<WbsElement> elements) {

	/** Explains a leaf; throws for a summary (its dates come from below) and for a model with a cycle. */
	public static WhyChain of(Project project, WbsElement element) throws ScheduleModelException {
		return of(ProjectSchedule.compute(project), element);
	}

	/** Explains a leaf from a schedule already computed (the editor's live one); throws for a summary. */
	public static WhyChain of(ProjectSchedule schedule, WbsElement element) throws ScheduleModelException {
		ScheduleExplanation why = schedule.explain(element);
		if (why == null) {
			throw new ScheduleModelException(ModelLabels.describe(element) + " is a summary; its dates come from the elements under it", List.of());
		}
		ModelNetwork network = schedule.network();
		String summary = ModelLabels.shortLabel(element) + ": starts " + DateFormats.dateTime(schedule.earlyStart(element)) + ", finishes "
				+ DateFormats.dateTime(schedule.earlyFinish(element)) + "; "
				+ (why.critical() ? "critical, no float" : "total float " + Durations.days(schedule.totalFloat(element)) + ", free float "
						+ Durations.days(schedule.freeFloat(element)));
		List<String> driving = new ArrayList<>();
		List<WbsElement> elements = new ArrayList<>();
		for (Step step : why.drivingChain()) {
			WbsElement at = network.element(step.activity());
			elements.add(at);
			driving.add(ModelLabels.shortLabel(at) + " starts " + DateFormats.dateTime(schedule.earlyStart(at)) + ": " + switch (step.cause()) {
			case LINK -> "waits for " + ModelLabels.shortLabel(network.element(step.other())) + " (" + link(step, network) + ")";
			case CONSTRAINT -> "its constraint " + at.getConstraintType().getName() + " " + DateFormats.dateTime(at.getConstraintDate());
			case PROJECT_START -> "nothing comes before it: the project start";
			case PROJECT_FINISH -> "the project finish";
			});
		}
		List<String> floatChain = new ArrayList<>();
		for (Step step : why.floatChain()) {
			WbsElement at = network.element(step.activity());
			floatChain.add(ModelLabels.shortLabel(at) + " must finish by " + DateFormats.dateTime(schedule.lateFinish(at)) + ": " + switch (step.cause()) {
			case LINK -> "for " + ModelLabels.shortLabel(network.element(step.other())) + " (" + link(step, network) + ")";
			case CONSTRAINT -> "its constraint " + at.getConstraintType().getName() + " " + DateFormats.dateTime(at.getConstraintDate());
			case PROJECT_FINISH -> "the project finish " + DateFormats.dateTime(schedule.projectFinish());
			case PROJECT_START -> "the project start";
			});
		}
		return new WhyChain(summary, List.copyOf(driving), List.copyOf(floatChain), List.copyOf(elements));
	}

	private static String link(Step step, ModelNetwork network) {
		double lagDays = step.lag() / (double) network.minutesPerDay();
		return step.type() + (lagDays == 0 ? "" : " " + Durations.lag(lagDays));
	}

	/** The whole explanation as text, one line per step. */
	public String text() {
		StringBuilder text = new StringBuilder(summary).append("\n\nStarts when it does because:\n");
		driving.forEach(line -> text.append("  ").append(line).append('\n'));
		if (!floatChain.isEmpty()) {
			text.append("\nIts float is used up by:\n");
			floatChain.forEach(line -> text.append("  ").append(line).append('\n'));
		}
		return text.toString();
	}
}
