package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.view.ViewFilter;

/**
 * {@code wbs render FILE --diagram gantt [--view NAME] [--columns LIST] [--timescale UNIT] [--baseline NAME] -o OUT}.
 * {@code --columns} names the table's columns as the Plan titles them ({@code code,name,duration,criticality}),
 * instead of the view's. The Criticality column is a schedule risk run's: asked for, the analysis runs first with
 * the options of {@code ./wbs risk} ({@code --iterations}, {@code --seed}, {@code --threads}, {@code --calibrate}),
 * so the column shows what {@code ./wbs risk --json} lists for the same options.
 */
final class GanttRender {

	static final String COLUMNS = "--columns";

	private GanttRender() {
	}

	/** Draws the scheduled model's Gantt chart into {@code output}. */
	static int render(Arguments arguments, Console console, String file, Project project, String output, DiagramExporter.Format format,
			PdfDocument.Options pdf)
			throws CliException {
		View view = ViewOption.find(file, project, arguments.value(ViewOption.OPTION));
		GanttOptions options;
		if (view != null) {
			options = GanttViews.options(project, view, ViewFilter.apply(project, view));
		} else {
			options = new GanttOptions().title(project.getName() == null ? "Gantt chart" : project.getName());
		}
		String columns = arguments.value(COLUMNS);
		if (columns != null) {
			options.columns(columns(columns));
		}
		if (options.columns().contains(PlanColumn.CRITICALITY)) {
			Map<WbsElement, Double> criticality = RiskCommand.analyse(file, project, arguments).criticality();
			options.criticality(criticality::get);
		}
		String scale = arguments.value("--timescale");
		if (scale != null) {
			Timescale timescale = Timescale.parse(scale);
			if (timescale == null) {
				throw new CliException("--timescale must be day, week, month or quarter, not '" + scale + "'");
			}
			options.timescale(timescale);
		}
		String baseline = arguments.value("--baseline");
		if (baseline != null) {
			options.baseline(baselineIndex(file, project, baseline));
		}
		GanttChart chart = GanttBuilder.build(project, options);
		try {
			GanttExporter.export(chart, pdf, console.resolve(output));
		} catch (IOException e) {
			throw new CliException(output + ": cannot write (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		console.out().println(output + ": gantt chart" + (view == null ? "" : " (view '" + view.getName() + "')") + ", " + chart.rowCount()
				+ " rows, " + format.name().toLowerCase(Locale.ROOT));
		return ExitCodes.OK;
	}

	private static List<PlanColumn> columns(String list) throws CliException {
		List<PlanColumn> columns = new ArrayList<>();
		for (String name : list.split(",")) {
			PlanColumn column = PlanColumn.parse(name);
			if (column == null) {
				throw new CliException(COLUMNS + ": no column '" + name.strip() + "'; known: " + known());
			}
			if (!columns.contains(column)) {
				columns.add(column);
			}
		}
		return columns;
	}

	private static String known() {
		StringBuilder names = new StringBuilder();
		for (PlanColumn c : PlanColumn.values()) {
			names.append(names.isEmpty() ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
		}
		return names.toString();
	}

	private static int baselineIndex(String file, Project project, String name) throws CliException {
		for (int i = 0; i < project.getBaselines().size(); i++) {
			if (name.equals(project.getBaselines().get(i).getName())) {
				return i;
			}
		}
		throw new CliException(file + ": no baseline '" + name + "'", ExitCodes.BAD_INPUT, null);
	}
}
