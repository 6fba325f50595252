package org.wbsmodeler.exchange.report;

import java.util.stream.Collectors;

import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.Role;

/** The process breakdown: each customer-facing process the project changes, its steps with owners and timing. */
final class ProcessPage {

	private ProcessPage() {
	}

	static String body(PlanTotals totals) {
		ProcessBreakdown breakdown = totals.project().getProcessBreakdown();
		if (breakdown == null || breakdown.getProcesses().isEmpty()) {
			return "<p class=\"note\">The model has no process breakdown.</p>\n";
		}
		StringBuilder html = new StringBuilder();
		for (Process process : breakdown.getProcesses()) {
			html.append("<h2>").append(Html.escape(process.getName())).append("</h2>\n<p>")
					.append(process.getKind().getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(" process, owned by ")
					.append(Html.escape(roleName(process.getOwner()))).append("</p>\n");
			if (process.getDescription() != null) {
				html.append("<p>").append(Html.escape(process.getDescription())).append("</p>\n");
			}
			html.append("<table>\n<tr><th>Step</th><th>Owner</th><th>Timing</th><th>Cycle time (hours)</th><th>Resources</th><th>Changed by</th></tr>\n");
			for (ProcessStep step : process.getSteps()) {
				html.append("<tr><td>").append(Html.escape(step.getName())).append("</td><td>").append(Html.escape(roleName(step.getOwner()))).append("</td><td>")
						.append(Html.escape(step.getTiming())).append("</td><td class=\"number\">").append(Html.number(step.getCycleTime())).append("</td><td>")
						.append(Html.escape(step.getResources().stream().map(Resource::getName).collect(Collectors.joining(", ")))).append("</td><td>")
						.append(TraceabilityPage.elements(totals, step.getWbsElements())).append("</td></tr>\n");
			}
			html.append("</table>\n");
		}
		return html.toString();
	}

	private static String roleName(Role role) {
		return role == null || role.getName() == null ? "nobody yet" : role.getName();
	}
}
