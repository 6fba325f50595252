package org.wbsmodeler.cli.commands;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.earnedvalue.EarnedValue;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * {@code wbs schedule --json}, written by Jackson's streaming generator: one field of the project per line, one
 * summary or activity per line, so the output is both JSON and readable with line tools.
 */
final class ScheduleJson {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private final JsonGenerator json;

	private ScheduleJson(JsonGenerator json) {
		this.json = json;
	}

	/**
	 * Writes the JSON to {@code out} as it is generated (a 100,000-activity plan is never one string in memory), then
	 * a line end; {@code out} stays open.
	 */
	static void write(PrintStream out, Project project, ProjectSchedule schedule, RollUp rollUp, List<WbsElement> criticalPath, EarnedValue earned,
			LocalDateTime statusDate) {
		try {
			if (StandardCharsets.UTF_8.equals(out.charset())) {
				// JSON's own encoding, as bytes straight from the generator: the writer's conversion of every character
				// was a fifth of a 100,000-activity listing
				BufferedOutputStream bytes = new BufferedOutputStream(out, 1 << 16);
				try (JsonGenerator generator = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
					write(generator, project, schedule, rollUp, criticalPath, earned, statusDate);
				}
				bytes.write(System.lineSeparator().getBytes(StandardCharsets.UTF_8));
				bytes.flush();
			} else {
				// a console in another encoding gets its own characters, as everything else the command prints
				Writer text = new OutputStreamWriter(out, out.charset());
				try (JsonGenerator generator = FACTORY.createGenerator(text)) {
					write(generator, project, schedule, rollUp, criticalPath, earned, statusDate);
				}
				text.write(System.lineSeparator());
				text.flush();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(JsonGenerator generator, Project project, ProjectSchedule schedule, RollUp rollUp, List<WbsElement> criticalPath,
			EarnedValue earned, LocalDateTime statusDate) throws IOException {
		generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
		generator.setPrettyPrinter(new LinePrinter(Set.of("summaries", "activities")));
		new ScheduleJson(generator).project(project, schedule, rollUp, criticalPath, earned, statusDate);
		generator.flush();
	}

	private void project(Project project, ProjectSchedule schedule, RollUp rollUp, List<WbsElement> criticalPath, EarnedValue earned,
			LocalDateTime statusDate) throws IOException {
		Totals totals = rollUp.project();
		json.writeStartObject();
		json.writeStringField("project", project.getName());
		date("start", schedule.projectStart());
		date("finish", schedule.projectFinish());
		number("effortHours", totals.effortHours());
		number("cost", totals.cost());
		number("percentComplete", totals.percentComplete());
		json.writeArrayFieldStart("criticalPath");
		for (WbsElement element : criticalPath) {
			json.writeString(rollUp.outline().code(element));
		}
		json.writeEndArray();
		json.writeArrayFieldStart("warnings");
		for (String warning : schedule.warnings()) {
			json.writeString(warning);
		}
		json.writeEndArray();
		if (earned != null) {
			json.writeObjectFieldStart("earnedValue");
			date("statusDate", statusDate);
			number("pv", earned.plannedValue());
			number("ev", earned.earnedValue());
			number("ac", earned.actualCost());
			number("sv", earned.scheduleVariance());
			number("cv", earned.costVariance());
			number("spi", earned.spi());
			number("cpi", earned.cpi());
			json.writeEndObject();
		}
		json.writeArrayFieldStart("summaries");
		for (WbsElement summary : rollUp.summaries()) {
			Totals t = rollUp.of(summary);
			json.writeStartObject();
			json.writeStringField("code", rollUp.outline().code(summary));
			json.writeStringField("name", summary.getName());
			date("start", t.start());
			date("finish", t.finish());
			number("durationDays", t.durationDays());
			number("effortHours", t.effortHours());
			number("cost", t.cost());
			number("percentComplete", t.percentComplete());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("activities");
		for (WbsElement leaf : schedule.activities()) {
			json.writeStartObject();
			json.writeStringField("code", rollUp.outline().code(leaf));
			json.writeStringField("name", leaf.getName());
			number("durationDays", leaf.getDuration());
			date("earlyStart", schedule.earlyStart(leaf));
			date("earlyFinish", schedule.earlyFinish(leaf));
			date("lateStart", schedule.lateStart(leaf));
			date("lateFinish", schedule.lateFinish(leaf));
			number("totalFloatDays", schedule.totalFloat(leaf));
			number("freeFloatDays", schedule.freeFloat(leaf));
			json.writeBooleanField("critical", schedule.isCritical(leaf));
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	/** ISO local date-time ("2027-02-01T08:00") or null. */
	private void date(String name, LocalDateTime date) throws IOException {
		json.writeFieldName(name);
		String iso = Formats.isoDateTime(date);
		if (iso == null) {
			json.writeNull();
		} else {
			json.writeString(iso);
		}
	}

	/** Whole numbers without ".0"; NaN and infinities, which JSON has no literal for, as null. */
	private void number(String name, double value) throws IOException {
		json.writeFieldName(name);
		if (!Double.isFinite(value)) {
			json.writeNull();
		} else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			json.writeNumber((long) value);
		} else {
			json.writeNumber(value);
		}
	}

	/**
	 * The layout: the root object one field per line; the arrays named in {@code linePerValue} one value per line;
	 * everything else on one line with ": " and ", ".
	 */
	static final class LinePrinter implements PrettyPrinter {

		private static final String OBJECT_INDENT = "\n  ";
		private static final String ARRAY_INDENT = "\n    ";

		private final Set<String> linePerValue;
		private final java.util.ArrayDeque<Boolean> multiline = new java.util.ArrayDeque<>();

		LinePrinter(Set<String> linePerValue) {
			this.linePerValue = linePerValue;
		}

		@Override
		public void writeRootValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw('\n');
		}

		@Override
		public void writeStartObject(JsonGenerator g) throws IOException {
			open(g, '{', multiline.isEmpty());
		}

		@Override
		public void beforeObjectEntries(JsonGenerator g) throws IOException {
			first(g, OBJECT_INDENT);
		}

		@Override
		public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
			g.writeRaw(": ");
		}

		@Override
		public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
			next(g, OBJECT_INDENT);
		}

		@Override
		public void writeEndObject(JsonGenerator g, int entries) throws IOException {
			close(g, entries, "\n}");
		}

		@Override
		public void writeStartArray(JsonGenerator g) throws IOException {
			JsonStreamContext parent = g.getOutputContext().getParent();
			open(g, '[', parent != null && parent.inObject() && linePerValue.contains(parent.getCurrentName()));
		}

		@Override
		public void beforeArrayValues(JsonGenerator g) throws IOException {
			first(g, ARRAY_INDENT);
		}

		@Override
		public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
			next(g, ARRAY_INDENT);
		}

		@Override
		public void writeEndArray(JsonGenerator g, int values) throws IOException {
			close(g, values, "\n  ]");
		}

		private void open(JsonGenerator g, char bracket, boolean lines) throws IOException {
			multiline.push(lines);
			g.writeRaw(bracket);
		}

		private void first(JsonGenerator g, String indent) throws IOException {
			if (multiline.peek()) {
				g.writeRaw(indent);
			}
		}

		private void next(JsonGenerator g, String indent) throws IOException {
			g.writeRaw(multiline.peek() ? "," + indent : ", ");
		}

		/** Closes on its own line when the values were one per line; an empty one closes where it opened. */
		private void close(JsonGenerator g, int count, String onItsOwnLine) throws IOException {
			String end = onItsOwnLine.substring(onItsOwnLine.length() - 1);
			g.writeRaw(multiline.pop() && count > 0 ? onItsOwnLine : end);
		}
	}
}
