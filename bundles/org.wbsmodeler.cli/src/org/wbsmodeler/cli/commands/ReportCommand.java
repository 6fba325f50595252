package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.PbsBuilder;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.exchange.report.HtmlReport;
import org.wbsmodeler.exchange.report.ReportFigure;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;

/**
 * {@code wbs report FILE -o DIR}: the stakeholder pages (summary, outline, critical path, Gantt chart, CRM
 * traceability, processes) with the WBS chart, the process breakdown and the dependency network as diagrams;
 * {@code --view NAME} draws the Gantt chart through one of the model's views.
 */
public final class ReportCommand implements Command {

	/** Beyond this many elements a diagram of everything is a wall of boxes: the WBS chart stops at deliverables, the network shows the critical path. */
	private static final int READABLE_ELEMENTS = 150;

	@Override
	public String name() {
		return "report";
	}

	@Override
	public String synopsis() {
		return "FILE -o DIR [--view NAME]";
	}

	@Override
	public String summary() {
		return "HTML pages for stakeholders: summary, WBS outline, critical path, Gantt chart, traceability, processes, diagrams";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("-o", ViewOption.OPTION);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model to report on");
		String output = arguments.value("-o");
		if (output == null) {
			throw new CliException("needs -o DIR");
		}
		Project project = ScheduledModel.load(console, file);
		View view = ViewOption.find(file, project, arguments.value(ViewOption.OPTION));
		boolean big = OutlineIndex.build(project).size() > READABLE_ELEMENTS;
		HtmlReport report = new HtmlReport(project).view(view);
		Supplier<Diagram> wbs = () -> big ? new WbsTreeBuilder().depth(2).build(project) : new WbsTreeBuilder().build(project);
		Supplier<Diagram> network = () -> new NetworkBuilder().criticalOnly(big).build(project);
		List<Supplier<Diagram>> drawings = new ArrayList<>(List.of(wbs));
		report.figure(new ReportFigure(big ? "WBS chart (phases and deliverables)" : "WBS chart", () -> svg(console, "WBS chart", wbs)));
		if (project.getProcessBreakdown() != null && !project.getProcessBreakdown().getProcesses().isEmpty()) {
			Supplier<Diagram> pbs = () -> new PbsBuilder().build(project);
			drawings.add(pbs);
			report.figure(new ReportFigure("Process breakdown", () -> svg(console, "process breakdown", pbs)));
		}
		drawings.add(network);
		report.figure(new ReportFigure(big ? "Dependency network (critical path)" : "Dependency network", () -> svg(console, "dependency network", network)));
		// run before the pages are drawn: the Gantt chart's Criticality column is this run's
		String risk = RiskReportPage.body(console, project, report::criticality);
		report.page("risk.html", "Schedule risk", () -> risk);
		Path directory = console.resolve(output);
		int pages;
		try {
			report.writeTo(directory);
			pages = ReportPdf.write(directory, project, view, drawings);
		} catch (IOException e) {
			throw new CliException(output + ": cannot write (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		console.out().println(output + "/" + ReportPdf.FILE + ": the Gantt chart and diagrams, " + pages + " pages");
		console.out().println(output + "/index.html: report on '" + project.getName() + "'" + (view == null ? "" : ", Gantt chart of view '" + view.getName() + "'"));
		return ExitCodes.OK;
	}

	/** A diagram as SVG; a diagram that cannot be drawn leaves a note in the report rather than no report. */
	private static String svg(Console console, String what, Supplier<Diagram> diagram) {
		try {
			DiagramExporter exporter = new DiagramExporter();
			return exporter.toSvg(exporter.prepare(diagram.get()));
		} catch (RuntimeException e) {
			console.err().println("wbs report: warning: the " + what + " cannot be drawn (" + e + ")");
			return null;
		}
	}
}
