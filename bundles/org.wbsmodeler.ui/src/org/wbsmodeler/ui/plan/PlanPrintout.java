package org.wbsmodeler.ui.plan;

import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttPainter;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.print.Drawing;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.ui.session.Criticality;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * What File &gt; Print puts on paper for the Plan page: the rows the page shows (the view in force, if any) as MS
 * Project prints a task sheet with its Gantt bars, through the painter of {@code ./wbs render --diagram gantt}; after
 * a risk run, with the Criticality column the page shows, as the Gantt page's export has it.
 */
final class PlanPrintout {

	private PlanPrintout() {
	}

	static Drawing of(PlanSession session) {
		Project project = session.project();
		View view = session.view().get();
		GanttOptions options = view == null ? new GanttOptions().title(project.getName() == null ? "Plan" : project.getName())
				: GanttViews.options(project, view, ViewFilter.apply(project, view));
		Criticality criticality = session.criticality();
		if (!criticality.isEmpty()) {
			options.withCriticality(criticality::of);
		}
		GanttChart chart = new GanttBuilder().build(project, OutlineIndex.of(project), session.schedule()::totals, options);
		return new Drawing(project.getName(), chart.width(), chart.height(), canvas -> GanttPainter.paint(chart, canvas));
	}
}
