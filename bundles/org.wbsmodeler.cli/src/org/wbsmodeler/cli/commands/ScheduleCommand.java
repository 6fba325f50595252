package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelDates;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.earnedvalue.Baselines;
import org.wbsmodeler.schedule.earnedvalue.EarnedValue;
import org.wbsmodeler.schedule.earnedvalue.EarnedValueAnalysis;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * {@code wbs schedule FILE}: critical-path schedule of the model — start, finish, critical path, every activity's
 * dates and float, as a table or JSON; earned value against a baseline at a status date; {@code --save} stores the
 * computed dates in the file (atomically).
 */
public final class ScheduleCommand implements Command {

	@Override
	public String name() {
		return "schedule";
	}

	@Override
	public String synopsis() {
		return "FILE [--status-date YYYY-MM-DD] [--baseline NAME] [--json] [--save]";
	}

	@Override
	public String summary() {
		return "critical-path schedule: dates, float, critical path, roll-ups, earned value";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--status-date", "--baseline");
	}

	@Override
	public Set<String> flags() {
		return Set.of("--json", "--save");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model to schedule");
		Project project = ModelInput.load(console, file);
		Date statusDate = statusDate(arguments, project);
		ProjectSchedule schedule = ScheduledModel.schedule(file, project);
		RollUp rollUp = schedule.writeToModel();
		EarnedValue earned = null;
		String baselineName = arguments.value("--baseline");
		if (baselineName != null) {
			Baseline baseline = Baselines.find(project, baselineName).orElseThrow(() -> new CliException(file + ": no baseline named '" + baselineName
					+ "'" + (project.getBaselines().isEmpty() ? "; save one with ./wbs baseline" : "; it has: "
							+ project.getBaselines().stream().map(Baseline::getName).collect(Collectors.joining(", ")))));
			earned = new EarnedValueAnalysis(baseline, statusDate, schedule.workingDays()).of(project);
		}
		List<WbsElement> criticalPath = schedule.criticalPaths(1).stream().findFirst().orElse(List.of());
		if (arguments.has("--json")) {
			printJson(console.out(), project, schedule, rollUp, criticalPath, earned, statusDate);
		} else {
			printTable(console.out(), project, schedule, rollUp, criticalPath, earned, statusDate);
		}
		if (arguments.has("--save")) {
			try {
				ModelFiles.save(project, console.resolve(file));
			} catch (IOException e) {
				throw new CliException(file + ": cannot save (" + e.getMessage() + "); the file is unchanged", ExitCodes.BAD_INPUT, e);
			}
			console.err().println(file + ": scheduled dates saved");
		}
		return ExitCodes.OK;
	}

	private static Date statusDate(Arguments arguments, Project project) throws CliException {
		String text = arguments.value("--status-date");
		if (text == null) {
			return project.getStatusDate() != null ? project.getStatusDate() : new Date();
		}
		try {
			// the end of the status day: work done that day counts
			return ModelDates.toDate(LocalDate.parse(text).atTime(17, 0));
		} catch (DateTimeParseException e) {
			throw new CliException("--status-date needs a date like 2027-04-30, not '" + text + "'");
		}
	}

	private static void printTable(PrintStream out, Project project, ProjectSchedule schedule, RollUp rollUp, List<WbsElement> criticalPath,
			EarnedValue earned, Date statusDate) {
		Totals totals = rollUp.project();
		out.println("project:  " + project.getName());
		out.println("start:    " + Formats.dateTime(schedule.projectStart()));
		out.println("finish:   " + Formats.dateTime(schedule.projectFinish()) + "  (" + Formats.days(totals.durationDays()) + " working days)");
		out.println("effort:   " + Formats.days(totals.effortHours()) + " h");
		out.println("cost:     " + Formats.money(totals.cost()) + " " + project.getCurrency());
		out.println("progress: " + Formats.days(totals.percentComplete()) + " % (duration-weighted)");
		out.println("critical path: " + ModelLabels.chain(criticalPath));
		for (String warning : schedule.warnings()) {
			out.println("warning: " + warning);
		}
		if (earned != null) {
			out.printf(java.util.Locale.ROOT, "earned value at %s: PV %s  EV %s  AC %s  SV %s  CV %s  SPI %.2f  CPI %.2f%n", Formats.dateTime(statusDate),
					Formats.money(earned.plannedValue()), Formats.money(earned.earnedValue()), Formats.money(earned.actualCost()),
					Formats.money(earned.scheduleVariance()), Formats.money(earned.costVariance()), earned.spi(), earned.cpi());
		}
		out.println();
		out.printf("%-8s %-40s %6s  %-16s  %-16s  %-16s  %-16s  %6s  %6s  %s%n", "code", "name", "days", "early start", "early finish", "late start",
				"late finish", "total", "free", "critical");
		for (WbsElement leaf : schedule.activities()) {
			out.printf("%-8s %-40s %6s  %-16s  %-16s  %-16s  %-16s  %6s  %6s  %s%n", leaf.getCode(), clip(leaf.getName(), 40), Formats.days(leaf.getDuration()),
					Formats.dateTime(schedule.earlyStart(leaf)), Formats.dateTime(schedule.earlyFinish(leaf)), Formats.dateTime(schedule.lateStart(leaf)),
					Formats.dateTime(schedule.lateFinish(leaf)), Formats.days(schedule.totalFloat(leaf)), Formats.days(schedule.freeFloat(leaf)),
					schedule.isCritical(leaf) ? "yes" : "");
		}
		out.println();
		out.printf("%-8s %-40s %-16s  %-16s  %6s  %10s  %14s  %6s%n", "code", "roll-up", "start", "finish", "days", "effort h", "cost", "% done");
		for (WbsElement summary : summaries(project)) {
			Totals t = rollUp.of(summary);
			out.printf("%-8s %-40s %-16s  %-16s  %6s  %10s  %14s  %6s%n", summary.getCode(), clip(summary.getName(), 40), Formats.dateTime(t.start()),
					Formats.dateTime(t.finish()), Formats.days(t.durationDays()), Formats.days(t.effortHours()), Formats.money(t.cost()),
					Formats.days(t.percentComplete()));
		}
	}

	/** Phases, deliverables and work packages that have something under them, in outline order. */
	private static List<WbsElement> summaries(Project project) {
		List<WbsElement> result = new java.util.ArrayList<>();
		for (var it = project.eAllContents(); it.hasNext();) {
			if (it.next() instanceof org.wbsmodeler.model.SummaryElement summary && !summary.getChildren().isEmpty()) {
				result.add(summary);
			}
		}
		return result;
	}

	private static void printJson(PrintStream out, Project project, ProjectSchedule schedule, RollUp rollUp, List<WbsElement> criticalPath,
			EarnedValue earned, Date statusDate) {
		Totals totals = rollUp.project();
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"project\": ").append(Formats.json(project.getName())).append(",\n");
		json.append("  \"start\": ").append(Formats.jsonDate(schedule.projectStart())).append(",\n");
		json.append("  \"finish\": ").append(Formats.jsonDate(schedule.projectFinish())).append(",\n");
		json.append("  \"effortHours\": ").append(Formats.jsonNumber(totals.effortHours())).append(",\n");
		json.append("  \"cost\": ").append(Formats.jsonNumber(totals.cost())).append(",\n");
		json.append("  \"percentComplete\": ").append(Formats.jsonNumber(totals.percentComplete())).append(",\n");
		json.append("  \"criticalPath\": [").append(criticalPath.stream().map(e -> Formats.json(e.getCode())).collect(Collectors.joining(", "))).append("],\n");
		json.append("  \"warnings\": [").append(schedule.warnings().stream().map(Formats::json).collect(Collectors.joining(", "))).append("],\n");
		if (earned != null) {
			json.append("  \"earnedValue\": {\"statusDate\": ").append(Formats.jsonDate(statusDate)).append(", \"pv\": ").append(Formats.jsonNumber(earned.plannedValue()))
					.append(", \"ev\": ").append(Formats.jsonNumber(earned.earnedValue())).append(", \"ac\": ").append(Formats.jsonNumber(earned.actualCost()))
					.append(", \"sv\": ").append(Formats.jsonNumber(earned.scheduleVariance())).append(", \"cv\": ").append(Formats.jsonNumber(earned.costVariance()))
					.append(", \"spi\": ").append(Formats.jsonNumber(earned.spi())).append(", \"cpi\": ").append(Formats.jsonNumber(earned.cpi())).append("},\n");
		}
		json.append("  \"summaries\": [\n");
		List<WbsElement> summaries = summaries(project);
		for (int i = 0; i < summaries.size(); i++) {
			WbsElement summary = summaries.get(i);
			Totals t = rollUp.of(summary);
			json.append("    {\"code\": ").append(Formats.json(summary.getCode())).append(", \"name\": ").append(Formats.json(summary.getName()))
					.append(", \"start\": ").append(Formats.jsonDate(t.start())).append(", \"finish\": ").append(Formats.jsonDate(t.finish()))
					.append(", \"durationDays\": ").append(Formats.jsonNumber(t.durationDays())).append(", \"effortHours\": ").append(Formats.jsonNumber(t.effortHours()))
					.append(", \"cost\": ").append(Formats.jsonNumber(t.cost())).append(", \"percentComplete\": ").append(Formats.jsonNumber(t.percentComplete()))
					.append('}').append(i + 1 < summaries.size() ? ",\n" : "\n");
		}
		json.append("  ],\n");
		json.append("  \"activities\": [\n");
		List<WbsElement> leaves = schedule.activities();
		for (int i = 0; i < leaves.size(); i++) {
			WbsElement leaf = leaves.get(i);
			json.append("    {\"code\": ").append(Formats.json(leaf.getCode())).append(", \"name\": ").append(Formats.json(leaf.getName()))
					.append(", \"durationDays\": ").append(Formats.jsonNumber(leaf.getDuration()))
					.append(", \"earlyStart\": ").append(Formats.jsonDate(schedule.earlyStart(leaf)))
					.append(", \"earlyFinish\": ").append(Formats.jsonDate(schedule.earlyFinish(leaf)))
					.append(", \"lateStart\": ").append(Formats.jsonDate(schedule.lateStart(leaf)))
					.append(", \"lateFinish\": ").append(Formats.jsonDate(schedule.lateFinish(leaf)))
					.append(", \"totalFloatDays\": ").append(Formats.jsonNumber(schedule.totalFloat(leaf)))
					.append(", \"freeFloatDays\": ").append(Formats.jsonNumber(schedule.freeFloat(leaf)))
					.append(", \"critical\": ").append(schedule.isCritical(leaf)).append('}').append(i + 1 < leaves.size() ? ",\n" : "\n");
		}
		json.append("  ]\n}");
		out.println(json);
	}

	private static String clip(String text, int width) {
		String value = text == null ? "" : text;
		return value.length() <= width ? value : value.substring(0, width - 1) + "…";
	}
}
