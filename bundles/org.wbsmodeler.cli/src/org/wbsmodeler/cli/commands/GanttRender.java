package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.util.Locale;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.view.ViewFilter;

/** {@code wbs render FILE --diagram gantt [--view NAME] [--timescale UNIT] [--baseline NAME] -o OUT}. */
final class GanttRender {

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

	private static int baselineIndex(String file, Project project, String name) throws CliException {
		for (int i = 0; i < project.getBaselines().size(); i++) {
			if (name.equals(project.getBaselines().get(i).getName())) {
				return i;
			}
		}
		throw new CliException(file + ": no baseline '" + name + "'", ExitCodes.BAD_INPUT, null);
	}
}
