package org.wbsmodeler.templates.crm;

import java.util.Map;

import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessKind;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsFactory;

/**
 * The process breakdown: the customer-facing processes the CRM changes, step by step, each step with its owner and
 * the deliverables that build or change it.
 */
final class CrmProcesses {

	private final WbsFactory factory = WbsFactory.eINSTANCE;
	private final Map<String, Deliverable> deliverables;
	private final CrmTeam team;

	CrmProcesses(Map<String, Deliverable> deliverables, CrmTeam team) {
		this.deliverables = deliverables;
		this.team = team;
	}

	void addTo(Project project) {
		ProcessBreakdown breakdown = factory.createProcessBreakdown();
		breakdown.setName("Customer-facing processes");
		project.setProcessBreakdown(breakdown);

		Process sales = process(breakdown, "Sales process", ProcessKind.SALES, team.salesManager);
		step(sales, "Identify prospect", team.salesConsultant, "at each home sales event", 1, "Customer database configured");
		step(sales, "Follow up", team.salesConsultant, "within 2 days of the event", 2, "Sales management configured", "Marketing automation configured");
		step(sales, "Negotiate", team.salesConsultant, "within 1 week", 8, "Sales management configured");
		step(sales, "Sign order", team.salesManager, "same day", 1, "Integrations built");

		Process service = process(breakdown, "Customer service", ProcessKind.CUSTOMER_SERVICE, team.serviceSupervisor);
		step(service, "Identify issue", team.serviceAgent, "on first contact", 0.25, "Customer service configured");
		step(service, "Classify", team.serviceAgent, "within 1 hour", 0.5, "Customer service configured");
		step(service, "Resolve", team.serviceAgent, "within 24 hours", 4, "Customer service configured", "Customer database configured");
		step(service, "Collect feedback", team.serviceSupervisor, "after closing", 0.25, "Marketing automation configured");

		Process campaign = process(breakdown, "Launch campaign", ProcessKind.MARKETING, team.marketingSpecialist);
		step(campaign, "Research segment", team.marketingSpecialist, "2 weeks before launch", 16, "Customer database configured");
		step(campaign, "Plan campaign", team.marketingSpecialist, "1 week before launch", 8, "Marketing automation configured");
		step(campaign, "Execute campaign", team.marketingSpecialist, "launch week", 24, "Marketing automation configured");
		step(campaign, "Evaluate results", team.marketingSpecialist, "2 weeks after launch", 8, "Benefits review");
	}

	private Process process(ProcessBreakdown breakdown, String name, ProcessKind kind, Role owner) {
		Process process = factory.createProcess();
		process.setName(name);
		process.setKind(kind);
		process.setOwner(owner);
		breakdown.getProcesses().add(process);
		return process;
	}

	private void step(Process process, String name, Role owner, String timing, double cycleTimeHours, String... builtBy) {
		ProcessStep step = factory.createProcessStep();
		step.setName(name);
		step.setOwner(owner);
		step.setTiming(timing);
		step.setCycleTime(cycleTimeHours);
		for (String deliverable : builtBy) {
			Deliverable element = deliverables.get(deliverable);
			if (element == null) {
				throw new IllegalStateException("the CRM template has no deliverable named '" + deliverable + "'");
			}
			step.getWbsElements().add(element);
		}
		process.getSteps().add(step);
	}
}
