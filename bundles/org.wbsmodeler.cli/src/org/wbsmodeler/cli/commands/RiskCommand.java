package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.analysis.DateDistribution;
import org.wbsmodeler.risk.analysis.RiskAnalysis;
import org.wbsmodeler.risk.analysis.RiskInputException;
import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.risk.analysis.RiskResult;
import org.wbsmodeler.risk.appraisal.Calibration;
import org.wbsmodeler.risk.appraisal.EstimateAppraisal;

/**
 * {@code wbs risk FILE [--iterations N] [--seed S] [--threads T] [--calibrate] [--json]}: Monte Carlo schedule and
 * cost risk. Prints the P10/P50/P80/P90 dates of the finish and every milestone, the cost percentiles, the chance of
 * making the plan's own date and the top drivers. Exit codes as {@code schedule}: 1 for a cycle or a bad estimate
 * (one line naming the task, nothing run), 2 for an unreadable file.
 */
public final class RiskCommand implements Command {

	private static final int DRIVERS = 10;

	@Override
	public String name() {
		return "risk";
	}

	@Override
	public String synopsis() {
		return "FILE [--iterations N] [--seed S] [--threads T] [--calibrate] [--json]";
	}

	@Override
	public String summary() {
		return "schedule and cost risk: P10/P50/P80/P90 finish, milestones and cost over N sampled schedules, criticality, top drivers";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--iterations", "--seed", "--threads");
	}

	@Override
	public Set<String> flags() {
		return Set.of("--json", "--calibrate");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model");
		Project project = ModelInput.load(console, file);
		Calibration calibration = calibration(project, arguments);
		RiskResult result = analyse(file, project, arguments, calibration);
		if (arguments.has("--json")) {
			console.out().print(json(project, result, calibration));
		} else {
			print(console.out(), project, result);
			if (calibration != null) {
				CalibrationText.print(console.out(), calibration);
			}
		}
		return ExitCodes.OK;
	}

	/** The team's record when {@code --calibrate} asks for it, else null. */
	static Calibration calibration(Project project, Arguments arguments) {
		return arguments.has("--calibrate") ? EstimateAppraisal.of(project).calibration(project) : null;
	}

	static RiskResult analyse(String file, Project project, Arguments arguments) throws CliException {
		return analyse(file, project, arguments, calibration(project, arguments));
	}

	/** The options of {@code risk} (also {@code render --diagram risk|tornado}): iterations, seed, threads, calibration. */
	private static RiskResult analyse(String file, Project project, Arguments arguments, Calibration calibration) throws CliException {
		int iterations = arguments.intValue("--iterations", RiskOptions.DEFAULT_ITERATIONS);
		int threads = arguments.intValue("--threads", Runtime.getRuntime().availableProcessors());
		if (iterations < 1 || threads < 1) {
			throw new CliException("--iterations and --threads must be at least 1");
		}
		RiskOptions options = RiskOptions.defaults().withIterations(iterations).withThreads(threads)
				.withSeed(arguments.intValue("--seed", (int) RiskOptions.DEFAULT_SEED));
		if (calibration != null) {
			options = options.withCalibration(calibration.biases());
		}
		try {
			return RiskAnalysis.run(project, options);
		} catch (RiskInputException e) {
			throw new CliException(file + ": " + e.getMessage(), ExitCodes.PROBLEMS, e);
		}
	}

	private static void print(PrintStream out, Project project, RiskResult r) {
		out.println(project.getName() + ": " + r.iterations() + " iterations, seed " + r.seed());
		out.printf("%-44s %-16s %-16s %-16s %-16s %-16s%n", "", "deterministic", "P10", "P50", "P80", "P90");
		row(out, "finish", r.finish());
		for (Map.Entry<WbsElement, DateDistribution> m : r.milestones().entrySet()) {
			row(out, ModelLabels.shortLabel(m.getKey()), m.getValue());
		}
		out.printf("%-44s %-16s", "cost", Formats.money(r.cost().deterministic()));
		for (double p : RiskResult.REPORTED) {
			out.printf(" %-16s", Formats.money(r.cost().percentile(p)));
		}
		out.println();
		out.println();
		out.printf("chance of finishing by the deterministic date: %.0f %%%n", 100 * r.finish().deterministicProbability());
		out.println();
		List<RiskResult.Driver> drivers = r.drivers().subList(0, Math.min(DRIVERS, r.drivers().size()));
		if (drivers.isEmpty()) {
			out.println("no drivers: no activity has a three-point estimate and no risk event applies");
			return;
		}
		out.println("top drivers (correlation of duration with the finish, criticality, finish moved by one standard deviation):");
		int rank = 1;
		for (RiskResult.Driver d : drivers) {
			String name = d.element() == null ? "event: " + d.name() : ModelLabels.shortLabel(d.element());
			String share = d.element() == null ? "occurs" : "critical";
			out.printf("  %2d. %-50s r=%5.2f  %s %3.0f %%  %+.1f d%n", rank++, truncate(name, 50), d.correlation(), share, 100 * d.criticality(),
					d.swingDays());
		}
	}

	private static void row(PrintStream out, String label, DateDistribution d) {
		out.printf("%-44s %-16s", truncate(label, 44), Formats.dateTime(d.deterministic()));
		for (double p : RiskResult.REPORTED) {
			out.printf(" %-16s", Formats.dateTime(d.percentile(p)));
		}
		out.println();
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

	static String json(Project project, RiskResult r, Calibration calibration) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = JsonFactory.builder().build().createGenerator(text)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("project", project.getName());
			json.writeNumberField("iterations", r.iterations());
			json.writeNumberField("seed", r.seed());
			json.writeFieldName("finish");
			dates(json, r.finish());
			json.writeArrayFieldStart("milestones");
			for (Map.Entry<WbsElement, DateDistribution> m : r.milestones().entrySet()) {
				json.writeStartObject();
				json.writeStringField("element", ModelLabels.shortLabel(m.getKey()));
				json.writeFieldName("dates");
				dates(json, m.getValue());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeObjectFieldStart("cost");
			json.writeNumberField("deterministic", r.cost().deterministic());
			json.writeNumberField("mean", r.cost().mean());
			for (double p : RiskResult.REPORTED) {
				json.writeNumberField(label(p), r.cost().percentile(p));
			}
			json.writeEndObject();
			json.writeArrayFieldStart("histogram");
			for (DateDistribution.Bin bin : r.finish().histogram(20)) {
				json.writeStartObject();
				json.writeStringField("from", Formats.isoDateTime(bin.from()));
				json.writeStringField("to", Formats.isoDateTime(bin.to()));
				json.writeNumberField("count", bin.count());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("sCurve");
			for (DateDistribution.Point point : r.finish().sCurve(50)) {
				json.writeStartObject();
				json.writeStringField("date", Formats.isoDateTime(point.date()));
				json.writeNumberField("share", point.share());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("drivers");
			for (RiskResult.Driver d : r.drivers()) {
				json.writeStartObject();
				json.writeStringField(d.element() == null ? "event" : "element", d.element() == null ? d.name() : ModelLabels.shortLabel(d.element()));
				json.writeNumberField("correlation", d.correlation());
				json.writeNumberField(d.element() == null ? "occurrence" : "criticality", d.criticality());
				json.writeNumberField("swingDays", d.swingDays());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeArrayFieldStart("criticality");
			for (Map.Entry<WbsElement, Double> c : r.criticality().entrySet()) {
				json.writeStartObject();
				json.writeStringField("element", ModelLabels.shortLabel(c.getKey()));
				json.writeNumberField("index", c.getValue());
				json.writeEndObject();
			}
			json.writeEndArray();
			if (calibration != null) {
				CalibrationText.json(json, calibration);
			}
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text.append(System.lineSeparator()).toString();
	}

	private static void dates(JsonGenerator json, DateDistribution d) throws IOException {
		json.writeStartObject();
		json.writeStringField("deterministic", Formats.isoDateTime(d.deterministic()));
		json.writeNumberField("deterministicProbability", d.deterministicProbability());
		json.writeStringField("mean", Formats.isoDateTime(d.meanDate()));
		for (double p : RiskResult.REPORTED) {
			LocalDateTime date = d.percentile(p);
			json.writeStringField(label(p), Formats.isoDateTime(date));
		}
		json.writeEndObject();
	}

	private static String label(double p) {
		return "P" + Math.round(p * 100);
	}
}
