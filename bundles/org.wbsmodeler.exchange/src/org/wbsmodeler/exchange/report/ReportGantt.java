package org.wbsmodeler.exchange.report;

import java.util.List;
import java.util.Map;

import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.view.ViewFilter;

/**
 * The report's Gantt chart: the diagram bundle's painter through its SVG canvas (the same chart as {@code ./wbs
 * render --diagram gantt}), through the report's view when it has one. Very big plans are cut after
 * {@value #MAX_ROWS} rows: nobody reads more, and browsers choke on the rest.
 */
final class ReportGantt {

	static final int MAX_ROWS = 2000;

	private final PlanTotals totals;
	private final View view;
	private final List<WbsElement> rows;
	private final int total;
	private final Map<WbsElement, Double> criticality;

	/** @param criticality a risk run's index per task, for a Criticality column; null for none */
	ReportGantt(PlanTotals totals, View view, Map<WbsElement, Double> criticality) {
		this.totals = totals;
		this.view = view;
		this.criticality = criticality;
		List<WbsElement> all = view == null ? totals.outline().elements()
				: ViewFilter.apply(totals.project(), totals.outline(), view, WbsElement::isCritical).kept();
		this.rows = all.subList(0, Math.min(all.size(), MAX_ROWS));
		this.total = all.size();
	}

	/** Whether the chart has anything to draw: the plan is scheduled. */
	boolean drawable() {
		return totals.scheduled();
	}

	/** How many rows the chart leaves out. */
	int omitted() {
		return total - rows.size();
	}

	String svg() {
		GanttOptions options = view == null ? new GanttOptions().title("Gantt chart of " + totals.project().getName())
				: GanttViews.options(totals.project(), view, ViewFilter.apply(totals.project(), totals.outline(), view, WbsElement::isCritical));
		options.rows(rows);
		if (criticality != null) {
			options.withCriticality(criticality::get);
		}
		GanttChart chart = new GanttBuilder().build(totals.project(), totals.outline(), totals::of, options);
		return GanttExporter.toSvg(chart);
	}
}
