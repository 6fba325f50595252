package org.wbsmodeler.cli.commands;

import java.io.PrintStream;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.appraisal.EstimateAppraisal;

/**
 * {@code wbs appraise FILE}: how good the estimates were. For finished and started activities with a baseline, the
 * estimated against the actual duration and work, then error and bias by element kind, phase, resource and role.
 */
public final class AppraiseCommand implements Command {

	@Override
	public String name() {
		return "appraise";
	}

	@Override
	public String synopsis() {
		return "FILE";
	}

	@Override
	public String summary() {
		return "appraise the estimates: estimated against actual duration and work of started and finished tasks, error and bias by kind, phase, resource, role";
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model");
		Project project = ModelInput.load(console, file);
		print(console.out(), EstimateAppraisal.of(project));
		return ExitCodes.OK;
	}

	static void print(PrintStream out, EstimateAppraisal appraisal) {
		if (appraisal.baseline() == null) {
			out.println("no baseline: estimates are appraised against the latest baseline (./wbs baseline FILE --name NAME)");
			return;
		}
		if (appraisal.samples().isEmpty()) {
			out.println("against baseline '" + appraisal.baseline() + "': no started or finished activity to appraise yet");
			return;
		}
		out.println("against baseline '" + appraisal.baseline() + "' (ratio = actual ÷ estimated; a started task projected from its % complete at the status date):");
		out.printf("%-50s %10s %10s %7s %10s %10s %7s%n", "activity", "est. days", "act. days", "ratio", "est. work", "act. work", "ratio");
		for (EstimateAppraisal.Sample s : appraisal.samples()) {
			out.printf("%-50s %10s %10s %7.2f %10s %10s %7s%n", truncate(ModelLabels.shortLabel(s.element()) + (s.finished() ? "" : " (started)"), 50),
					Formats.days(s.estimatedDays()), Formats.days(s.actualDays()), s.durationRatio(), Formats.days(s.estimatedWork()), Formats.days(s.actualWork()),
					Double.isNaN(s.workRatio()) ? "–" : String.format(java.util.Locale.ROOT, "%.2f", s.workRatio()));
		}
		out.println();
		out.printf("%-10s %-38s %5s %14s %14s %14s %14s%n", "by", "", "tasks", "duration bias", "duration error", "work bias", "work error");
		row(out, appraisal.overall());
		for (EstimateAppraisal.Group g : appraisal.groups()) {
			row(out, g);
		}
	}

	private static void row(PrintStream out, EstimateAppraisal.Group g) {
		out.printf("%-10s %-38s %5d %14s %14s %14s %14s%n", g.dimension(), truncate(g.name(), 38), g.count(), percent(g.durationBias()), percent(g.durationError()),
				percent(g.workBias()), percent(g.workError()));
	}

	private static String percent(double share) {
		return Double.isNaN(share) ? "–" : String.format(java.util.Locale.ROOT, "%+.0f %%", 100 * share);
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}
}
