package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
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
		LocalDateTime statusDate = statusDate(arguments, project);
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
		// the dates are in the model now: the save writes the file while the listing is printed (both only read the
		// model, and nothing changes it until the save is joined below; a 100,000-activity plan takes seconds for each)
		java.util.concurrent.FutureTask<Void> saving = null;
		if (arguments.has("--save")) {
			java.nio.file.Path target = console.resolve(file);
			saving = new java.util.concurrent.FutureTask<>(() -> {
				ModelFiles.save(project, target);
				return null;
			});
			Thread saver = new Thread(saving, "schedule --save");
			saver.setDaemon(true);
			saver.start();
		}
		try {
			if (arguments.has("--json")) {
				ScheduleJson.write(console.out(), project, schedule, rollUp, criticalPath, earned, statusDate);
			} else {
				PrintStream table = console.listing();
				printTable(table, project, schedule, rollUp, criticalPath, earned, statusDate);
				table.flush();
			}
		} catch (RuntimeException | Error e) {
			if (saving != null) {
				// the command fails, but not with a save half done: AtomicFiles finishes or leaves the file as it was
				try {
					saving.get();
				} catch (java.util.concurrent.ExecutionException | InterruptedException ignored) {
					e.addSuppressed(ignored);
				}
			}
			throw e;
		}
		if (saving != null) {
			joinSave(saving, file);
			console.err().println(file + ": scheduled dates saved");
		}
		return ExitCodes.OK;
	}

	private static void joinSave(java.util.concurrent.FutureTask<Void> saving, String file) throws CliException {
		try {
			saving.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliException(file + ": save interrupted; the file is unchanged", ExitCodes.BAD_INPUT, e);
		} catch (java.util.concurrent.ExecutionException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw new CliException(file + ": cannot save (" + io.getMessage() + "); the file is unchanged", ExitCodes.BAD_INPUT, io);
			}
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw (Error) cause;
		}
	}

	private static LocalDateTime statusDate(Arguments arguments, Project project) throws CliException {
		String text = arguments.value("--status-date");
		if (text == null) {
			// no status date: the user's "now", the wall-clock time on this machine (the plan itself has no zone)
			return project.getStatusDate() != null ? project.getStatusDate() : LocalDateTime.now();
		}
		try {
			// the end of the status day: work done that day counts
			return LocalDate.parse(text).atTime(17, 0);
		} catch (DateTimeParseException e) {
			throw new CliException("--status-date needs a date like 2027-04-30, not '" + text + "'");
		}
	}

	private static void printTable(PrintStream out, Project project, ProjectSchedule schedule, RollUp rollUp, List<WbsElement> criticalPath,
			EarnedValue earned, LocalDateTime statusDate) {
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
		// header and rows laid out by one method, padded by hand: a formatter per row was a third of a
		// 100,000-activity table's time
		StringBuilder line = new StringBuilder(160);
		out.println(activityRow(line, "code", "name", "days", "early start", "early finish", "late start", "late finish", "total", "free", "critical"));
		for (WbsElement leaf : schedule.activities()) {
			out.println(activityRow(line, rollUp.outline().code(leaf), clip(leaf.getName(), 40), Formats.days(leaf.getDuration()),
					Formats.dateTime(schedule.earlyStart(leaf)), Formats.dateTime(schedule.earlyFinish(leaf)), Formats.dateTime(schedule.lateStart(leaf)),
					Formats.dateTime(schedule.lateFinish(leaf)), Formats.days(schedule.totalFloat(leaf)), Formats.days(schedule.freeFloat(leaf)),
					schedule.isCritical(leaf) ? "yes" : ""));
		}
		out.println();
		out.println(rollUpRow(line, "code", "roll-up", "start", "finish", "days", "effort h", "cost", "% done"));
		for (WbsElement summary : rollUp.summaries()) {
			Totals t = rollUp.of(summary);
			out.println(rollUpRow(line, rollUp.outline().code(summary), clip(summary.getName(), 40), Formats.dateTime(t.start()), Formats.dateTime(t.finish()),
					Formats.days(t.durationDays()), Formats.days(t.effortHours()), Formats.money(t.cost()), Formats.days(t.percentComplete())));
		}
	}

	/** One line of the roll-up table, in {@code line} (cleared first): as {@code "%-8s %-40s %-16s  %-16s  %6s  %10s  %14s  %6s"}. */
	private static StringBuilder rollUpRow(StringBuilder line, String code, String name, String start, String finish, String days, String effort,
			String cost, String done) {
		line.setLength(0);
		Formats.left(line, code, 8).append(' ');
		Formats.left(line, name, 40).append(' ');
		Formats.left(line, start, 16).append("  ");
		Formats.left(line, finish, 16).append("  ");
		Formats.right(line, days, 6).append("  ");
		Formats.right(line, effort, 10).append("  ");
		Formats.right(line, cost, 14).append("  ");
		return Formats.right(line, done, 6);
	}

	/** One line of the activity table, in {@code line} (cleared first): as {@code "%-8s %-40s %6s  %-16s ×4  %6s  %6s  %s"}. */
	private static StringBuilder activityRow(StringBuilder line, String code, String name, String days, String earlyStart, String earlyFinish,
			String lateStart, String lateFinish, String totalFloat, String freeFloat, String critical) {
		line.setLength(0);
		Formats.left(line, code, 8).append(' ');
		Formats.left(line, name, 40).append(' ');
		Formats.right(line, days, 6).append("  ");
		for (String date : new String[] { earlyStart, earlyFinish, lateStart, lateFinish }) {
			Formats.left(line, date, 16).append("  ");
		}
		Formats.right(line, totalFloat, 6).append("  ");
		Formats.right(line, freeFloat, 6).append("  ");
		return line.append(critical);
	}

	private static String clip(String text, int width) {
		String value = text == null ? "" : text;
		return value.length() <= width ? value : value.substring(0, width - 1) + "…";
	}
}
