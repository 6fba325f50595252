package org.wbsmodeler.exchange.report;

import java.util.Map;
import java.util.TreeMap;

import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.util.ModelLabels;

/** The first page: what the project is, when it starts and ends, what it costs and how much work it is. */
final class SummaryPage {

	private SummaryPage() {
	}

	static String body(PlanTotals totals) {
		Project project = totals.project();
		StringBuilder html = new StringBuilder();
		if (project.getDescription() != null && !project.getDescription().isBlank()) {
			html.append("<p>").append(Html.escape(project.getDescription())).append("</p>\n");
		}
		html.append("<dl class=\"figures\">\n");
		term(html, "Start", Html.date(totals.start()));
		term(html, "Finish", totals.scheduled() ? Html.date(totals.finish()) : "not scheduled yet (run the scheduler and save its results)");
		term(html, "Cost", Html.money(totals.cost(), project.getCurrency()));
		term(html, "Effort", Html.number(totals.effort()) + " hours");
		if (project.getStatusDate() != null) {
			term(html, "Status date", Html.date(project.getStatusDate()));
		}
		term(html, "Critical path", totals.criticalPath().size() + " activities and milestones");
		if (project.getCrm() != null) {
			term(html, "CRM scope", project.getCrm().getComponents().size() + " components, " + project.getCrm().getRequirements().size() + " requirements");
		}
		if (project.getProcessBreakdown() != null) {
			term(html, "Processes", project.getProcessBreakdown().getProcesses().size() + " processes changed");
		}
		html.append("</dl>\n<h2>The WBS in numbers</h2>\n<table>\n<tr><th>Kind</th><th>Count</th></tr>\n");
		Map<String, Integer> counts = new TreeMap<>();
		for (OutlineIndex.Line line : totals.outline().lines()) {
			counts.merge(ModelLabels.kindOf(line.element()), 1, Integer::sum);
		}
		counts.forEach((kind, count) -> html.append("<tr><td>").append(Html.escape(kind)).append("</td><td class=\"number\">").append(count).append("</td></tr>\n"));
		html.append("</table>\n");
		return html.toString();
	}

	private static void term(StringBuilder html, String term, String definition) {
		html.append("<dt>").append(Html.escape(term)).append("</dt><dd>").append(Html.escape(definition)).append("</dd>\n");
	}
}
