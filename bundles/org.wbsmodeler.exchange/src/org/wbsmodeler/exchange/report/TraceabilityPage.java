package org.wbsmodeler.exchange.report;

import java.util.List;

import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsElement;

/**
 * The CRM traceability matrix, requirement × component × deliverable: each requirement's row marks the components
 * it concerns and names the WBS elements that deliver it. A requirement nothing delivers is scope that will not be
 * built; it is shown in red. A second table answers the same for components.
 */
final class TraceabilityPage {

	private TraceabilityPage() {
	}

	static String body(PlanTotals totals) {
		CrmScope crm = totals.project().getCrm();
		StringBuilder html = new StringBuilder();
		if (crm == null || (crm.getRequirements().isEmpty() && crm.getComponents().isEmpty())) {
			return "<p class=\"note\">The model has no CRM scope.</p>\n";
		}
		List<CrmComponent> components = crm.getComponents();
		html.append("<h2>Requirements</h2>\n<table>\n<tr><th>Requirement</th><th>Kind</th><th>Priority</th>");
		for (CrmComponent component : components) {
			html.append("<th>").append(Html.escape(component.getName())).append("</th>");
		}
		html.append("<th>Delivered by</th></tr>\n");
		for (Requirement requirement : crm.getRequirements()) {
			boolean untraced = requirement.getDeliveredBy().isEmpty();
			html.append(untraced ? "<tr class=\"untraced\">" : "<tr>").append("<td>")
					.append(Html.escape((requirement.getIdentifier() == null ? "" : requirement.getIdentifier() + " ") + nameOf(requirement.getName()))).append("</td>");
			html.append("<td>").append(requirement.getKind().getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append("</td>");
			html.append("<td>").append(requirement.getPriority().getName()).append("</td>");
			for (CrmComponent component : components) {
				html.append("<td class=\"mark\">").append(requirement.getComponents().contains(component) ? "●" : "").append("</td>");
			}
			html.append("<td>").append(untraced ? "nothing: not in the WBS" : elements(totals, requirement.getDeliveredBy())).append("</td></tr>\n");
		}
		html.append("</table>\n<h2>Components</h2>\n<table>\n<tr><th>Component</th><th>Kind</th><th>Delivered by</th></tr>\n");
		for (CrmComponent component : components) {
			boolean untraced = component.getDeliveredBy().isEmpty();
			html.append(untraced ? "<tr class=\"untraced\">" : "<tr>").append("<td>").append(Html.escape(nameOf(component.getName()))).append("</td><td>")
					.append(component.getKind().getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append("</td><td>")
					.append(untraced ? "nothing: not in the WBS" : elements(totals, component.getDeliveredBy())).append("</td></tr>\n");
		}
		html.append("</table>\n");
		return html.toString();
	}

	static String elements(PlanTotals totals, List<WbsElement> elements) {
		StringBuilder text = new StringBuilder();
		for (WbsElement element : elements) {
			if (!text.isEmpty()) {
				text.append("<br>");
			}
			text.append(Html.escape(totals.outline().code(element) + " " + nameOf(element.getName())));
		}
		return text.toString();
	}

	private static String nameOf(String name) {
		return name == null ? "(unnamed)" : name;
	}
}
