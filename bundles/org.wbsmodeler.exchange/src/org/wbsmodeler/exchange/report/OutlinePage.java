package org.wbsmodeler.exchange.report;

import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.model.util.ModelLabels;

/** The WBS as an indented outline with codes, kinds, estimates and rolled-up cost and effort. */
final class OutlinePage {

	private OutlinePage() {
	}

	static String body(PlanTotals totals) {
		String currency = totals.project().getCurrency();
		StringBuilder html = new StringBuilder();
		html.append("<table>\n<tr><th>WBS</th><th>Name</th><th>Kind</th><th>Duration (days)</th><th>Effort (hours)</th><th>Cost</th>")
				.append("<th>Start</th><th>Finish</th><th>Owner</th></tr>\n");
		for (OutlineIndex.Line line : totals.outline().lines()) {
			WbsElement element = line.element();
			Totals rollup = totals.of(element);
			boolean summary = line.summary();
			html.append(summary ? "<tr class=\"summary\">" : element.isCritical() ? "<tr class=\"critical\">" : "<tr>");
			html.append("<td>").append(Html.escape(line.code())).append("</td>");
			html.append("<td style=\"padding-left:").append(String.format(java.util.Locale.ROOT, "%.1f", 0.6 + 1.2 * (line.level() - 1))).append("em\">").append(Html.escape(element.getName())).append("</td>");
			html.append("<td>").append(Html.escape(ModelLabels.kindOf(element))).append("</td>");
			html.append("<td class=\"number\">").append(summary ? "" : Html.number(element.getDuration())).append("</td>");
			html.append("<td class=\"number\">").append(Html.number(rollup.effortHours())).append("</td>");
			html.append("<td class=\"number\">").append(Html.money(rollup.cost(), currency)).append("</td>");
			html.append("<td>").append(Html.date(rollup.start())).append("</td>");
			html.append("<td>").append(Html.date(rollup.finish())).append("</td>");
			html.append("<td>").append(Html.escape(element.getOwner())).append("</td></tr>\n");
		}
		html.append("</table>\n");
		return html.toString();
	}
}
