package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.PbsBuilder;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.model.Project;

/**
 * {@code wbs render FILE --diagram wbs|pbs|network|gantt -o OUT.svg|OUT.png}: one diagram of the model as an image; the
 * Gantt chart optionally through one of the model's views ({@code --view NAME}: its rows, columns and timescale).
 */
public final class RenderCommand implements Command {

	@Override
	public String name() {
		return "render";
	}

	@Override
	public String synopsis() {
		return "FILE --diagram wbs|pbs|network|gantt|risk|tornado -o OUT.svg|OUT.png|OUT.pdf " + PdfPaging.SYNOPSIS + " [--depth N] [--critical-only] [--wbs-links] [--view NAME] [--columns LIST] [--timescale day|week|month|quarter] [--baseline NAME] [--iterations N] [--seed S] [--threads T] [--calibrate]";
	}

	@Override
	public String summary() {
		return "draw the WBS tree, the process breakdown, the dependency network or the Gantt chart as SVG, PNG or a paged vector PDF";
	}

	@Override
	public Set<String> valueOptions() {
		return java.util.stream.Stream.concat(Set.of("--diagram", "-o", "--depth", ViewOption.OPTION, GanttRender.COLUMNS, "--timescale", "--baseline", "--iterations", "--seed", "--threads").stream(),
				PdfPaging.VALUES.stream()).collect(java.util.stream.Collectors.toSet());
	}

	@Override
	public Set<String> flags() {
		return Set.of("--critical-only", "--wbs-links", "--calibrate", PdfPaging.LANDSCAPE);
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model to draw");
		String kind = arguments.value("--diagram");
		String output = arguments.value("-o");
		if (kind == null || output == null) {
			throw new CliException("needs --diagram wbs|pbs|network|gantt|risk|tornado and -o OUT.svg|OUT.png|OUT.pdf");
		}
		DiagramExporter.Format format;
		try {
			format = DiagramExporter.Format.fromFileName(output);
		} catch (IllegalArgumentException e) {
			throw new CliException(e.getMessage());
		}
		int depth = arguments.intValue("--depth", 0);
		if (arguments.value("--depth") != null && depth < 1) {
			throw new CliException("--depth must be at least 1");
		}
		if (arguments.value(ViewOption.OPTION) != null && !"gantt".equals(kind)) {
			throw new CliException("--view applies to --diagram gantt only");
		}
		if (arguments.value(GanttRender.COLUMNS) != null && !"gantt".equals(kind)) {
			throw new CliException(GanttRender.COLUMNS + " applies to --diagram gantt only");
		}
		if ("risk".equals(kind) || "tornado".equals(kind)) {
			return RiskRender.render(arguments, console, file, kind, output);
		}
		Project project = ScheduledModel.load(console, file);
		PdfDocument.Options pdf = PdfPaging.options(arguments, format, project);
		if ("gantt".equals(kind)) {
			return GanttRender.render(arguments, console, file, project, output, format, pdf);
		}
		Diagram diagram = switch (kind) {
		case "wbs" -> {
			WbsTreeBuilder builder = new WbsTreeBuilder();
			if (depth > 0) {
				builder.depth(depth);
			}
			yield builder.build(project);
		}
		// without --wbs-links the steps list the codes of their WBS elements instead of drawing a line to each
		case "pbs" -> new PbsBuilder().showWbsLinks(arguments.has("--wbs-links")).build(project);
		case "network" -> new NetworkBuilder().criticalOnly(arguments.has("--critical-only")).build(project);
		default -> throw new CliException("--diagram must be wbs, pbs, network, gantt, risk or tornado, not '" + kind + "'");
		};
		Path out = console.resolve(output);
		try {
			new DiagramExporter().setPdfOptions(pdf).export(diagram, out);
		} catch (IOException e) {
			throw new CliException(output + ": cannot write (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		console.out().println(output + ": " + kind + " diagram, " + diagram.getNodes().size() + " boxes, " + format.name().toLowerCase());
		return ExitCodes.OK;
	}
}
