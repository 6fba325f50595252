package org.wbsmodeler.cli.commands;

import java.io.PrintStream;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation.Step;
import org.wbsmodeler.schedule.model.ModelNetwork;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/**
 * {@code wbs why FILE CODE}: why an activity starts when it does (its driving chain back to the project start or a
 * constraint) and, when it is not critical, how much float it has and which successor uses it up.
 */
public final class WhyCommand implements Command {

	@Override
	public String name() {
		return "why";
	}

	@Override
	public String synopsis() {
		return "FILE CODE";
	}

	@Override
	public String summary() {
		return "explain an activity's dates: its driving chain, its float and what consumes it";
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model");
		String code = arguments.required(1, "CODE: the WBS code of an activity, e.g. 2.1.3");
		Project project = ModelInput.load(console, file);
		WbsElement element = find(project, code);
		if (element == null) {
			throw new CliException(file + ": no element with WBS code " + code);
		}
		ProjectSchedule schedule = ScheduledModel.schedule(file, project);
		ScheduleExplanation why = schedule.explain(element);
		if (why == null) {
			throw new CliException(file + ": " + ModelLabels.describe(element) + " is a summary; its dates come from the elements under it");
		}
		print(console.out(), schedule, element, why);
		return ExitCodes.OK;
	}

	private static void print(PrintStream out, ProjectSchedule schedule, WbsElement element, ScheduleExplanation why) {
		ModelNetwork network = schedule.network();
		out.println(ModelLabels.shortLabel(element) + ": early " + Formats.dateTime(schedule.earlyStart(element)) + " – " + Formats.dateTime(schedule.earlyFinish(element))
				+ ", late " + Formats.dateTime(schedule.lateStart(element)) + " – " + Formats.dateTime(schedule.lateFinish(element)));
		out.println(why.critical() ? "critical: no float" : "total float " + Formats.days(schedule.totalFloat(element)) + " d, free float "
				+ Formats.days(schedule.freeFloat(element)) + " d");
		out.println();
		out.println("starts when it does because:");
		for (Step step : why.drivingChain()) {
			WbsElement at = network.element(step.activity());
			String reason = switch (step.cause()) {
			case LINK -> "waits for " + ModelLabels.shortLabel(network.element(step.other())) + " (" + link(step, network) + ")";
			case CONSTRAINT -> "its constraint " + at.getConstraintType().getName() + " " + Formats.dateTime(at.getConstraintDate());
			case PROJECT_START -> "nothing before it: the project start";
			case PROJECT_FINISH -> "the project finish";
			};
			out.println("  " + ModelLabels.shortLabel(at) + " starts " + Formats.dateTime(schedule.earlyStart(at)) + ": " + reason);
		}
		if (!why.critical()) {
			int consumer = why.consumingSuccessor();
			out.println();
			out.println(consumer < 0 ? "its float runs to the project finish:" : "its float is used up by " + ModelLabels.shortLabel(network.element(consumer)) + ":");
			for (Step step : why.floatChain()) {
				WbsElement at = network.element(step.activity());
				String reason = switch (step.cause()) {
				case LINK -> "must finish for " + ModelLabels.shortLabel(network.element(step.other())) + " (" + link(step, network) + ")";
				case CONSTRAINT -> "its constraint " + at.getConstraintType().getName() + " " + Formats.dateTime(at.getConstraintDate());
				case PROJECT_FINISH -> "the project finish " + Formats.dateTime(schedule.projectFinish());
				case PROJECT_START -> "the project start";
				};
				out.println("  " + ModelLabels.shortLabel(at) + " late finish " + Formats.dateTime(schedule.lateFinish(at)) + ": " + reason);
			}
		}
	}

	private static String link(Step step, ModelNetwork network) {
		double lagDays = step.lag() / (double) network.minutesPerDay();
		return step.type() + (lagDays == 0 ? "" : (lagDays > 0 ? " +" : " ") + Formats.days(lagDays) + " d");
	}

	private static WbsElement find(Project project, String code) {
		return OutlineIndex.build(project).byCode(code);
	}
}
