package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttPainter;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.print.Paper;
import org.wbsmodeler.diagram.print.PdfDocument;
import org.wbsmodeler.diagram.render.AwtTextMeasurer;
import org.wbsmodeler.diagram.render.DiagramPainter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.io.AtomicFiles;
import org.wbsmodeler.model.view.ViewFilter;

/**
 * The report's drawings as one PDF to print or mail ({@code report.pdf} beside {@code index.html}): the Gantt chart
 * (through the report's view), then the diagrams the HTML pages show, each on A4 landscape, one page wide, with the
 * plan's name, the date and "page n of m" in the header of every page.
 */
final class ReportPdf {

	static final String FILE = "report.pdf";

	private ReportPdf() {
	}

	/** Writes the PDF atomically; returns its page count. */
	static int write(Path directory, Project project, View view, List<Supplier<Diagram>> diagrams) throws IOException {
		PdfDocument.Options options = new PdfDocument.Options(Paper.A4, true, 1, project.getName(), LocalDate.now());
		int[] pages = new int[1];
		AtomicFiles.write(directory.resolve(FILE), out -> {
			try (PdfDocument pdf = new PdfDocument()) {
				GanttOptions gantt = view == null ? new GanttOptions().title("Gantt chart of " + project.getName())
						: GanttViews.options(project, view, ViewFilter.apply(project, view));
				GanttChart chart = GanttBuilder.build(project, gantt);
				pdf.add(chart.width(), chart.height(), options, canvas -> GanttPainter.paint(chart, canvas));
				for (Supplier<Diagram> supplier : diagrams) {
					DiagramExporter exporter = new DiagramExporter();
					Diagram diagram = exporter.prepare(supplier.get());
					pdf.add(diagram.getWidth(), diagram.getHeight(), options, canvas -> new DiagramPainter(AwtTextMeasurer.INSTANCE).paint(diagram, canvas));
				}
				pdf.save(out);
				pages[0] = pdf.pageCount();
			}
		});
		return pages[0];
	}
}
