package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.risk.appraisal.Calibration;

/**
 * What {@code --calibrate} applied, said beside the risk table: which group of the team's record moved which tasks
 * and by how much, so a P80 that moved can be traced to the record that moved it.
 */
final class CalibrationText {

	private CalibrationText() {
	}

	static void print(PrintStream out, Calibration calibration) {
		out.println();
		if (calibration.isEmpty()) {
			out.println(calibration.baseline() == null ? "calibration: no baseline, so no record to calibrate with: the ranges are the plan's own"
					: "calibration: no started or finished task against baseline '" + calibration.baseline() + "': the ranges are the plan's own");
			return;
		}
		out.println("calibrated with the team's record against baseline '" + calibration.baseline()
				+ "' (actual ÷ estimated duration; an estimate of its own scaled by the mean, a task without one ranging from least to most):");
		out.printf("  %-10s %-34s %7s %7s %7s %7s %7s%n", "by", "", "samples", "bias", "least", "mean", "most");
		for (Calibration.Source source : calibration.sources()) {
			RiskOptions.Bias bias = source.bias();
			out.printf(Locale.ROOT, "  %-10s %-34s %7d %+6.0f%% %7.2f %7.2f %7.2f  on %d task%s%n", source.group().dimension(), truncate(source.group().name(), 34),
					source.group().count(), 100 * source.group().durationBias(), bias.least(), bias.mean(), bias.most(), source.activities().size(),
					source.activities().size() == 1 ? "" : "s");
		}
	}

	static void json(JsonGenerator json, Calibration calibration) throws IOException {
		json.writeObjectFieldStart("calibration");
		json.writeStringField("baseline", calibration.baseline());
		json.writeArrayFieldStart("applied");
		for (Calibration.Source source : calibration.sources()) {
			RiskOptions.Bias bias = source.bias();
			json.writeStartObject();
			json.writeStringField("by", source.group().dimension());
			json.writeStringField("name", source.group().name());
			json.writeNumberField("samples", source.group().count());
			json.writeNumberField("bias", source.group().durationBias());
			json.writeNumberField("least", bias.least());
			json.writeNumberField("mean", bias.mean());
			json.writeNumberField("most", bias.most());
			json.writeNumberField("tasks", source.activities().size());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static String truncate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}
}
