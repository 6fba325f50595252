package org.wbsmodeler.exchange.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.wbsmodeler.diagram.columns.CellTexts;
import org.wbsmodeler.exchange.CriticalityColumn;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.exchange.mpxj.TraceIndex;
import org.wbsmodeler.exchange.mpxj.TraceValues;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The WBS as a table for spreadsheets: one row per element in outline order, RFC 4180 quoting, UTF-8. Links are
 * written as MS Project shows them ({@code 1.2.3FS+2d}), durations in working days, effort in hours. Dates, floats
 * and the critical flag are the schedule computed for the export; a summary's duration, effort, cost and % complete
 * are its roll-up. After a schedule risk run the caller may add a trailing Criticality column
 * ({@link #withCriticality}); the interchange columns before it stay as they are.
 */
public final class CsvExporter implements ModelExporter, CriticalityColumn {

	static final List<String> COLUMNS = List.of("WBS", "Level", "Kind", "Name", "Duration (days)", "Effort (hours)", "Fixed cost", "Cost", "% complete",
			"Constraint", "Constraint date", "Start", "Finish", "Early start", "Early finish", "Late start", "Late finish", "Total float (days)",
			"Free float (days)", "Critical",
			"Predecessors", "Resources", "Owner", "CRM components", "CRM requirements", "PBS steps", "Description");
	static final String CRITICALITY = "Criticality";

	/** A risk run's index per element of the exported model, or null for no Criticality column. */
	private final Function<WbsElement, Double> criticality;

	public CsvExporter() {
		this(null);
	}

	private CsvExporter(Function<WbsElement, Double> criticality) {
		this.criticality = criticality;
	}

	@Override
	public CsvExporter withCriticality(Function<WbsElement, Double> index) {
		return new CsvExporter(index);
	}

	@Override
	public String id() {
		return "csv";
	}

	@Override
	public String label() {
		return "CSV (one row per WBS element)";
	}

	@Override
	public String fileExtension() {
		return "csv";
	}

	@Override
	public void write(ScheduledCopy plan, OutputStream out, ExchangeWarnings warnings) throws IOException {
		Project project = plan.project();
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		List<String> header = COLUMNS;
		if (criticality != null) {
			header = new ArrayList<>(COLUMNS);
			header.add(CRITICALITY);
		}
		row(writer, header);
		TraceIndex traces = new TraceIndex(project);
		OutlineIndex outline = plan.outline();
		for (OutlineIndex.Line line : outline.lines()) {
			WbsElement element = line.element();
			List<String> cells = new ArrayList<>();
			cells.add(line.code());
			cells.add(String.valueOf(line.level()));
			cells.add(ModelLabels.kindOf(element));
			cells.add(text(element.getName()));
			Totals totals = plan.totals(element);
			boolean summary = line.summary();
			cells.add(number(summary ? totals.durationDays() : element.getDuration()));
			cells.add(number(summary ? totals.effortHours() : element.getEffort()));
			cells.add(number(element.getFixedCost()));
			cells.add(number(totals.cost()));
			cells.add(number(summary ? totals.percentComplete() : element.getPercentComplete()));
			cells.add(element.getConstraintType().getName());
			cells.add(date(element.getConstraintDate()));
			cells.add(date(plan.start(element)));
			cells.add(date(plan.finish(element)));
			cells.add(date(element.getEarlyStart()));
			cells.add(date(element.getEarlyFinish()));
			cells.add(date(element.getLateStart()));
			cells.add(date(element.getLateFinish()));
			cells.add(number(element.getTotalFloat()));
			cells.add(number(element.getFreeFloat()));
			cells.add(element.isCritical() ? "yes" : "no");
			cells.add(predecessors(element, outline));
			cells.add(resources(element));
			cells.add(text(element.getOwner()));
			cells.add(TraceValues.join(traces.components(element)));
			cells.add(TraceValues.join(traces.requirements(element)));
			cells.add(TraceValues.join(traces.steps(element)));
			cells.add(text(element.getDescription()));
			if (criticality != null) {
				cells.add(CellTexts.criticality(criticality.apply(plan.original(element))));
			}
			row(writer, cells);
		}
		writer.flush();
	}

	private static String predecessors(WbsElement element, OutlineIndex outline) {
		List<String> links = new ArrayList<>();
		for (Dependency dependency : element.getPredecessors()) {
			if (dependency.getPredecessor() == null) {
				continue;
			}
			double lag = dependency.getLag();
			links.add(outline.code(dependency.getPredecessor()) + dependency.getType().getName() + (lag == 0 ? "" : (lag > 0 ? "+" : "") + number(lag) + "d"));
		}
		return String.join(", ", links);
	}

	private static String resources(WbsElement element) {
		List<String> names = new ArrayList<>();
		for (Assignment assignment : element.getAssignments()) {
			if (assignment.getResource() != null) {
				names.add(text(assignment.getResource().getName()) + (assignment.getUnits() == 1.0 ? "" : "[" + number(assignment.getUnits() * 100) + "%]"));
			}
		}
		return String.join(", ", names);
	}

	/** One CSV record: fields with a comma, quote, CR or LF are quoted, quotes doubled. */
	static void row(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			String cell = cells.get(i);
			if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
				writer.write('"');
				writer.write(cell.replace("\"", "\"\""));
				writer.write('"');
			} else {
				writer.write(cell);
			}
		}
		writer.write("\r\n");
	}

	static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return String.valueOf((long) value);
		}
		return String.valueOf(value);
	}

	private static String date(LocalDateTime date) {
		return date == null ? "" : date.toString().replace('T', ' ');
	}

	private static String text(String text) {
		return text == null ? "" : text;
	}
}
