package org.wbsmodeler.exchange.report;

import java.util.List;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;

/** The chain of work that fixes the finish date: any day lost on it is a day lost for the project. */
final class CriticalPathPage {

	private CriticalPathPage() {
	}

	static String body(PlanTotals totals) {
		List<WbsElement> path = totals.criticalPath();
		StringBuilder html = new StringBuilder();
		if (path.isEmpty()) {
			html.append("<p class=\"note\">").append(totals.scheduled() ? "No element is critical." : "The plan is not scheduled yet, so it has no critical path.")
					.append("</p>\n");
			return html.toString();
		}
		html.append("<p>").append(path.size()).append(" activities and milestones without float, in date order. The project finishes on ")
				.append(Html.date(totals.finish())).append(".</p>\n");
		html.append("<table>\n<tr><th>WBS</th><th>Name</th><th>Kind</th><th>Early start</th><th>Early finish</th><th>Duration (days)</th><th>Total float (days)</th></tr>\n");
		for (WbsElement element : path) {
			html.append("<tr><td>").append(Html.escape(totals.outline().code(element))).append("</td><td>").append(Html.escape(element.getName()))
					.append("</td><td>").append(Html.escape(ModelLabels.kindOf(element))).append("</td><td>").append(Html.date(element.getEarlyStart()))
					.append("</td><td>").append(Html.date(element.getEarlyFinish())).append("</td><td class=\"number\">").append(Html.number(element.getDuration()))
					.append("</td><td class=\"number\">").append(Html.number(element.getTotalFloat())).append("</td></tr>\n");
		}
		html.append("</table>\n");
		return html.toString();
	}
}
