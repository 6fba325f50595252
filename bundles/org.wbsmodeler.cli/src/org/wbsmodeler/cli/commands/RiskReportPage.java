package org.wbsmodeler.cli.commands;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.wbsmodeler.cli.Console;
import org.wbsmodeler.diagram.render.SvgCanvas;
import org.wbsmodeler.diagram.risk.RiskChartExporter;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.risk.analysis.DateDistribution;
import org.wbsmodeler.risk.analysis.RiskAnalysis;
import org.wbsmodeler.risk.analysis.RiskInputException;
import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.risk.analysis.RiskResult;
import org.wbsmodeler.risk.appraisal.EstimateAppraisal;
import org.wbsmodeler.risk.chart.RiskCharts;
import org.wbsmodeler.risk.event.RiskEvent;
import org.wbsmodeler.risk.event.RiskEvents;

/**
 * The report's Schedule risk page: the P-dates of the finish and the milestones, the cost percentiles, the
 * histogram with its S-curve, the tornado of drivers, and the appraisal of the estimates so far. Bad estimates
 * leave a note on the page (and a warning), not a missing report.
 */
final class RiskReportPage {

	private static final int BIG_PLAN = 2000;

	private RiskReportPage() {
	}

	/** The page's body; {@code criticality} is handed the run's criticality indices when it ran (the Gantt's column). */
	static String body(Console console, Project project, java.util.function.Consumer<Map<WbsElement, Double>> criticality) {
		StringBuilder html = new StringBuilder();
		boolean ranged = false;
		for (var it = project.eAllContents(); it.hasNext() && !ranged;) {
			ranged = it.next() instanceof Activity a && (a.isSetOptimisticDuration() || a.isSetPessimisticDuration());
		}
		List<RiskEvent> events = RiskEvents.of(project);
		if (!ranged && events.isEmpty()) {
			return "<p class=\"note\">No activity has a three-point estimate and no risk event applies: the plan's dates are its only dates.</p>\n"
					+ appraisal(project);
		}
		// a big plan gets fewer iterations, so that the report stays a matter of seconds
		int leaves = OutlineIndex.build(project).leaves().size();
		int iterations = leaves <= BIG_PLAN ? RiskOptions.DEFAULT_ITERATIONS : 1000;
		RiskResult r;
		try {
			r = RiskAnalysis.run(project, events, RiskOptions.defaults().withIterations(iterations));
		} catch (RiskInputException e) {
			console.err().println("wbs report: warning: no schedule risk page (" + e.getMessage() + ")");
			return "<p class=\"note\">No risk analysis: " + esc(e.getMessage()) + "</p>\n" + appraisal(project);
		}
		criticality.accept(r.criticality());
		String name = project.getName() == null ? "Project" : project.getName();
		html.append("<p>").append(r.iterations()).append(" schedules with durations drawn from the three-point estimates (Latin hypercube, seed ")
				.append(r.seed()).append("). The plan's own finish is met in ")
				.append(String.format(Locale.ROOT, "%.0f %%", 100 * r.finish().deterministicProbability())).append(" of them.</p>\n");
		html.append("<table>\n<tr><th></th><th>plan</th><th>P10</th><th>P50</th><th>P80</th><th>P90</th></tr>\n");
		row(html, "Finish", r.finish());
		for (Map.Entry<WbsElement, DateDistribution> m : r.milestones().entrySet()) {
			row(html, ModelLabels.shortLabel(m.getKey()), m.getValue());
		}
		html.append("<tr><td>Cost</td><td class=\"number\">").append(Formats.money(r.cost().deterministic())).append("</td>");
		for (double p : RiskResult.REPORTED) {
			html.append("<td class=\"number\">").append(Formats.money(r.cost().percentile(p))).append("</td>");
		}
		html.append("</tr>\n</table>\n");
		html.append("<figure>\n").append(inline(RiskChartExporter.toSvg(RiskCharts.finish(name, r)))).append("</figure>\n");
		html.append("<h2>Drivers</h2>\n<figure>\n").append(inline(RiskChartExporter.toSvg(RiskCharts.tornado(name, r)))).append("</figure>\n");
		html.append("<table>\n<tr><th>driver</th><th>correlation with the finish</th><th>critical (event: occurs)</th><th>days per standard deviation</th></tr>\n");
		r.drivers().stream().limit(RiskCharts.DRIVERS).forEach(d -> html.append("<tr><td>")
				.append(esc(d.element() == null ? "event: " + d.name() : ModelLabels.shortLabel(d.element()))).append("</td><td class=\"number\">")
				.append(String.format(Locale.ROOT, "%.2f", d.correlation())).append("</td><td class=\"number\">")
				.append(String.format(Locale.ROOT, "%.0f %%", 100 * d.criticality())).append("</td><td class=\"number\">")
				.append(String.format(Locale.ROOT, "%+.1f", d.swingDays())).append("</td></tr>\n"));
		html.append("</table>\n");
		return html.append(appraisal(project)).toString();
	}

	private static String appraisal(Project project) {
		EstimateAppraisal appraisal = EstimateAppraisal.of(project);
		StringBuilder html = new StringBuilder("<h2>Appraisal of estimates</h2>\n");
		if (appraisal.samples().isEmpty()) {
			return html.append("<p class=\"note\">").append(appraisal.baseline() == null ? "No baseline to compare with."
					: "No started or finished activity to compare with baseline '" + esc(appraisal.baseline()) + "' yet.").append("</p>\n").toString();
		}
		html.append("<p>Actual against estimated (baseline '").append(esc(appraisal.baseline())).append("') duration and work; bias +20 % means 20 % longer than estimated.</p>\n");
		html.append("<table>\n<tr><th>by</th><th></th><th>tasks</th><th>duration bias</th><th>duration error</th><th>work bias</th><th>work error</th></tr>\n");
		var groups = new java.util.ArrayList<EstimateAppraisal.Group>();
		groups.add(appraisal.overall());
		groups.addAll(appraisal.groups());
		for (EstimateAppraisal.Group g : groups) {
			html.append("<tr><td>").append(esc(g.dimension())).append("</td><td>").append(esc(g.name())).append("</td><td class=\"number\">").append(g.count())
					.append("</td><td class=\"number\">").append(percent(g.durationBias())).append("</td><td class=\"number\">").append(percent(g.durationError()))
					.append("</td><td class=\"number\">").append(percent(g.workBias())).append("</td><td class=\"number\">").append(percent(g.workError()))
					.append("</td></tr>\n");
		}
		return html.append("</table>\n").toString();
	}

	private static void row(StringBuilder html, String label, DateDistribution d) {
		html.append("<tr><td>").append(esc(label)).append("</td><td>").append(Formats.dateTime(d.deterministic())).append("</td>");
		for (double p : RiskResult.REPORTED) {
			html.append("<td>").append(Formats.dateTime(d.percentile(p))).append("</td>");
		}
		html.append("</tr>\n");
	}

	private static String percent(double share) {
		return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%+.0f %%", 100 * share);
	}

	private static String esc(String s) {
		return SvgCanvas.escape(s == null ? "" : s);
	}

	private static String inline(String svg) {
		int start = svg.indexOf("<svg");
		return start < 0 ? "" : svg.substring(start);
	}
}
