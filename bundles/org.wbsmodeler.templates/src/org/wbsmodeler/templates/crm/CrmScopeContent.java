package org.wbsmodeler.templates.crm;

import java.util.Map;

import org.wbsmodeler.model.BudgetLine;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmComponentKind;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Kpi;
import org.wbsmodeler.model.Level;
import org.wbsmodeler.model.Objective;
import org.wbsmodeler.model.Priority;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;
import org.wbsmodeler.model.Stakeholder;
import org.wbsmodeler.model.StakeholderGroup;
import org.wbsmodeler.model.WbsFactory;

/**
 * The CRM side of the plan: components, requirements of the five kinds, stakeholders, objectives with KPIs and the
 * budget, each traced to the deliverables that realise it.
 */
final class CrmScopeContent {

	private final WbsFactory factory = WbsFactory.eINSTANCE;
	private final Map<String, Deliverable> deliverables;

	CrmScopeContent(Map<String, Deliverable> deliverables) {
		this.deliverables = deliverables;
	}

	void addTo(Project project) {
		CrmScope scope = factory.createCrmScope();
		project.setCrm(scope);
		CrmComponent customers = component(scope, "Customer database", CrmComponentKind.CUSTOMER_DATABASE,
				"One record per customer with every interaction: home sales events, web, service calls, product registrations.",
				"Customer database configured", "Migrated customer data");
		CrmComponent sales = component(scope, "Sales management", CrmComponentKind.SALES_MANAGEMENT,
				"Leads, pipeline, quotes and the regional sales forecast.", "Sales management configured");
		CrmComponent marketing = component(scope, "Marketing automation", CrmComponentKind.MARKETING_AUTOMATION,
				"Customer segments, e-mail and social campaigns, event invitations.", "Marketing automation configured");
		CrmComponent service = component(scope, "Customer service", CrmComponentKind.CUSTOMER_SERVICE,
				"Tickets, knowledge base and chat for product questions and returns.", "Customer service configured");

		Stakeholder marketingManager = stakeholder(scope, "Marketing manager", "Runs the product launch and the CRM initiative", StakeholderGroup.MARKETING, Level.HIGH, Level.HIGH);
		Stakeholder itLead = stakeholder(scope, "IT team lead", "Runs the CRM application implementation", StakeholderGroup.IT, Level.HIGH, Level.HIGH);
		Stakeholder salesDirector = stakeholder(scope, "Sales director", "Owns the home-sales channel and its forecast", StakeholderGroup.SALES, Level.HIGH, Level.MEDIUM);
		Stakeholder serviceLead = stakeholder(scope, "Customer service supervisor", "Owns resolution times and customer feedback", StakeholderGroup.SERVICE, Level.MEDIUM, Level.MEDIUM);
		Stakeholder finance = stakeholder(scope, "Chief financial officer", "Approves the budget and the accounting interface", StakeholderGroup.MANAGEMENT, Level.MEDIUM, Level.HIGH);

		requirement(scope, "BR-01", "Record every customer interaction in one place", RequirementKind.BUSINESS, Priority.MUST, marketingManager,
				new CrmComponent[] { customers }, "Customer database configured");
		requirement(scope, "BR-02", "Forecast sales of the new product per region", RequirementKind.BUSINESS, Priority.MUST, salesDirector,
				new CrmComponent[] { sales }, "Sales management configured");
		requirement(scope, "BR-03", "Segment customers by purchase history for launch campaigns", RequirementKind.BUSINESS, Priority.SHOULD, marketingManager,
				new CrmComponent[] { marketing, customers }, "Marketing automation configured");
		requirement(scope, "TR-01", "Role-based access for 120 users, hosted by the vendor", RequirementKind.TECHNICAL, Priority.MUST, itLead,
				new CrmComponent[] { customers, sales, marketing, service }, "Solution design");
		requirement(scope, "IR-01", "Post signed orders to the accounting system", RequirementKind.INTEGRATION, Priority.MUST, finance,
				new CrmComponent[] { sales }, "Integrations built");
		requirement(scope, "IR-02", "Read stock levels from the ERP system when quoting", RequirementKind.INTEGRATION, Priority.SHOULD, salesDirector,
				new CrmComponent[] { sales }, "Integrations built");
		requirement(scope, "UR-01", "Log a home sales event from a tablet in under five minutes", RequirementKind.USER, Priority.MUST, salesDirector,
				new CrmComponent[] { sales, customers }, "Sales management configured", "Trained users");
		requirement(scope, "UR-02", "Find a customer's open tickets from the caller's phone number", RequirementKind.USER, Priority.SHOULD, serviceLead,
				new CrmComponent[] { service }, "Customer service configured");
		requirement(scope, "DM-01", "Move the customer spreadsheets into the CRM without duplicates", RequirementKind.DATA_MIGRATION, Priority.MUST, itLead,
				new CrmComponent[] { customers }, "Data migration scripts", "Migrated customer data");

		Objective growth = objective(scope, "Grow repeat purchases after the launch", "Use interaction history to invite past buyers to events.");
		kpi(growth, "Repeat-purchase rate", "%", 25);
		kpi(growth, "Event invitations answered", "%", 15);
		Objective serviceObjective = objective(scope, "Resolve customer issues faster", "One view of the customer for every agent.");
		kpi(serviceObjective, "Average resolution time", "hours", 24);
		kpi(serviceObjective, "First-contact resolution", "%", 70);

		budget(scope, "CRM subscriptions, first year", "Licences", 60000, customers, null);
		budget(scope, "Configuration by the vendor's consultants", "Services", 95000, null, "Customer database configured");
		budget(scope, "Accounting and ERP interfaces", "Services", 40000, sales, "Integrations built");
		budget(scope, "Data cleansing and migration", "Services", 20000, customers, "Data migration scripts");
		budget(scope, "Training of sales, marketing and service staff", "Training", 15000, null, "Trained users");
	}

	private CrmComponent component(CrmScope scope, String name, CrmComponentKind kind, String description, String... deliveredBy) {
		CrmComponent component = factory.createCrmComponent();
		component.setName(name);
		component.setKind(kind);
		component.setDescription(description);
		for (String deliverable : deliveredBy) {
			component.getDeliveredBy().add(deliverable(deliverable));
		}
		scope.getComponents().add(component);
		return component;
	}

	private Stakeholder stakeholder(CrmScope scope, String name, String role, StakeholderGroup group, Level interest, Level influence) {
		Stakeholder stakeholder = factory.createStakeholder();
		stakeholder.setName(name);
		stakeholder.setRole(role);
		stakeholder.setGroup(group);
		stakeholder.setInterest(interest);
		stakeholder.setInfluence(influence);
		scope.getStakeholders().add(stakeholder);
		return stakeholder;
	}

	private void requirement(CrmScope scope, String id, String name, RequirementKind kind, Priority priority, Stakeholder source,
			CrmComponent[] components, String... deliveredBy) {
		Requirement requirement = factory.createRequirement();
		requirement.setIdentifier(id);
		requirement.setName(name);
		requirement.setKind(kind);
		requirement.setPriority(priority);
		requirement.setSource(source);
		requirement.getComponents().addAll(java.util.List.of(components));
		for (String deliverable : deliveredBy) {
			requirement.getDeliveredBy().add(deliverable(deliverable));
		}
		scope.getRequirements().add(requirement);
	}

	private Objective objective(CrmScope scope, String name, String description) {
		Objective objective = factory.createObjective();
		objective.setName(name);
		objective.setDescription(description);
		scope.getObjectives().add(objective);
		return objective;
	}

	private void kpi(Objective objective, String name, String unit, double target) {
		Kpi kpi = factory.createKpi();
		kpi.setName(name);
		kpi.setUnit(unit);
		kpi.setTarget(target);
		objective.getKpis().add(kpi);
	}

	private void budget(CrmScope scope, String name, String category, double amount, CrmComponent component, String deliverable) {
		BudgetLine line = factory.createBudgetLine();
		line.setName(name);
		line.setCategory(category);
		line.setAmount(amount);
		line.setComponent(component);
		line.setElement(deliverable == null ? null : deliverable(deliverable));
		scope.getBudgetLines().add(line);
	}

	private Deliverable deliverable(String name) {
		Deliverable deliverable = deliverables.get(name);
		if (deliverable == null) {
			throw new IllegalStateException("the CRM template has no deliverable named '" + name + "'");
		}
		return deliverable;
	}
}
