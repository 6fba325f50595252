package org.wbsmodeler.ui.tasks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.wbsmodeler.diagram.DiagramExporter;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.PbsBuilder;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.exchange.report.HtmlReport;
import org.wbsmodeler.exchange.report.ReportFigure;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;

/**
 * Render diagram… and Report… without the dialogs. Both draw scheduled dates, so they schedule the project first:
 * give them a {@link ModelSnapshot}'s copy, never the live model.
 */
public final class DiagramTasks {

	/** Beyond this many WBS elements a full chart is a wall of boxes: the report shows phases and deliverables and the critical network. */
	private static final int READABLE_ELEMENTS = 150;

	/** The diagrams of Render diagram…. */
	public enum Kind {
		WBS("WBS chart"), PBS("Process breakdown"), NETWORK("Dependency network");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private DiagramTasks() {
	}

	/** Draws one diagram of a snapshot to an .svg or .png file; returns the number of boxes. */
	public static int render(Project snapshot, Kind kind, Path target) throws ScheduleModelException, IOException {
		ProjectSchedule.compute(snapshot).writeToModel();
		Diagram diagram = switch (kind) {
		case WBS -> new WbsTreeBuilder().build(snapshot);
		case PBS -> new PbsBuilder().build(snapshot);
		case NETWORK -> new NetworkBuilder().build(snapshot);
		};
		new DiagramExporter().export(diagram, target);
		return diagram.getNodes().size();
	}

	/** Writes the HTML report of a snapshot into a folder; returns its index page. */
	public static Path report(Project snapshot, Path directory) throws ScheduleModelException, IOException {
		ProjectSchedule.compute(snapshot).writeToModel();
		boolean big = OutlineIndex.build(snapshot).size() > READABLE_ELEMENTS;
		HtmlReport report = new HtmlReport(snapshot);
		report.figure(new ReportFigure(big ? "WBS chart (phases and deliverables)" : "WBS chart",
				svg(() -> big ? new WbsTreeBuilder().depth(2).build(snapshot) : new WbsTreeBuilder().build(snapshot))));
		if (snapshot.getProcessBreakdown() != null && !snapshot.getProcessBreakdown().getProcesses().isEmpty()) {
			report.figure(new ReportFigure("Process breakdown", svg(() -> new PbsBuilder().build(snapshot))));
		}
		report.figure(new ReportFigure(big ? "Dependency network (critical path)" : "Dependency network",
				svg(() -> new NetworkBuilder().criticalOnly(big).build(snapshot))));
		report.writeTo(directory);
		return directory.resolve("index.html");
	}

	private static Supplier<String> svg(Supplier<Diagram> diagram) {
		return () -> {
			DiagramExporter exporter = new DiagramExporter();
			return exporter.toSvg(exporter.prepare(diagram.get()));
		};
	}
}
