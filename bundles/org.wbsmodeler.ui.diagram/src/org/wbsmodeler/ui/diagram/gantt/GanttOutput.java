package org.wbsmodeler.ui.diagram.gantt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.swt.widgets.Display;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttPainter;
import org.wbsmodeler.diagram.print.Drawing;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.rollup.Totals;

/** The Gantt chart off the screen: for File &gt; Print (the screen's font) and for Export (the exporters' font). */
final class GanttOutput {

	private GanttOutput() {
	}

	static Drawing drawing(Display display, Project project, Function<WbsElement, Totals> totals, GanttOptions options) {
		GanttChart chart = new GanttBuilder(org.wbsmodeler.ui.diagram.swt.Measurers.of(display)).build(project, OutlineIndex.of(project), totals::apply,
				options);
		return new Drawing(project.getName(), chart.width(), chart.height(), canvas -> GanttPainter.paint(chart, canvas));
	}

	static void export(Project project, Function<WbsElement, Totals> totals, GanttOptions options, Path target) throws IOException {
		GanttExporter.export(new GanttBuilder().build(project, OutlineIndex.of(project), totals::apply, options), target);
	}
}
