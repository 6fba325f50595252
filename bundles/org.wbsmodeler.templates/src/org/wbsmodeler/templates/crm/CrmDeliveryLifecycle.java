package org.wbsmodeler.templates.crm;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * The work of a CRM implementation along a solution delivery life cycle: each phase with its deliverables, each
 * deliverable with the activities that produce it. Deliverables of a phase run side by side once the previous phase's
 * closing milestone is reached. One deliverable, the business requirements specification, is planned in detail with
 * every kind of dependency, lags and a lead.
 */
final class CrmDeliveryLifecycle {

	private static final double HOURS_PER_DAY = 8;

	private final ModelBuilder build;
	private final CrmTeam team;
	private EstimateRanges ranges;

	/** Deliverables by name, for traceability links made by {@link CrmScopeContent} and {@link CrmProcesses}. */
	final java.util.Map<String, Deliverable> deliverables = new java.util.LinkedHashMap<>();

	CrmDeliveryLifecycle(ModelBuilder build, CrmTeam team) {
		this.build = build;
		this.team = team;
	}

	void addTo(Project project) {
		ranges = new EstimateRanges(project, team);
		Phase initiation = phase(project, "Initiation", "Agree why, what and who: charter, stakeholders, objectives.");
		close(initiation, "Charter approved", null,
				deliverable(initiation, "Project charter", "Scope, timeline, budget and governance of the CRM implementation.",
						a("Draft charter", 3, team.marketingManager), a("Approve charter with sponsor", 1, team.marketingManager)),
				deliverable(initiation, "Stakeholder register", "Who is affected, their interest and influence.",
						a("Identify stakeholders", 2, team.analyst), a("Plan stakeholder engagement", 1, team.analyst)),
				deliverable(initiation, "Objectives and KPIs", "Measurable goals the CRM must move, with baselines.",
						a("Agree objectives", 2, team.marketingManager), a("Define KPIs and baselines", 2, team.analyst)));

		Phase analysis = phase(project, "Requirements and analysis", "Find out what sales, marketing and service need.");
		Deliverable specification = deliverables.computeIfAbsent("Business requirements specification",
				name -> build.deliverable(analysis, name, "The agreed requirements of every kind, traced to CRM components."));
		Activity lastOfSpecification = detailRequirements(specification);
		close(analysis, "Requirements signed off", lastOfSpecification,
				deliverable(analysis, "Current-state process maps", "How sales and customer service work today, step by step.",
						a("Map sales process", 3, team.analyst), a("Map customer service process", 3, team.analyst)),
				deliverable(analysis, "Data migration assessment", "Sources, volumes and quality of the customer data to move.",
						a("Profile legacy customer data", 4, team.dataSpecialist), a("Estimate cleansing effort", 2, team.dataSpecialist)));

		Phase design = phase(project, "Design", "Decide how the chosen CRM system will meet the requirements.");
		close(design, "Design approved", null,
				deliverable(design, "Solution design", "Configuration of objects, roles, access and automation.",
						a("Design data model and security", 5, team.consultant), a("Design automation and reports", 4, team.consultant)),
				deliverable(design, "Integration design", "Interfaces to accounting and the ERP system.",
						a("Specify accounting interface", 4, team.developer), a("Specify ERP order interface", 4, team.developer)),
				deliverable(design, "Data migration design", "Mapping, cleansing and load rules.",
						a("Map legacy fields", 3, team.dataSpecialist), a("Define cleansing rules", 3, team.dataSpecialist)));

		Phase buildPhase = phase(project, "Build and configuration", "Configure the CRM components and build the integrations.");
		close(buildPhase, "Build complete", null,
				deliverable(buildPhase, "Customer database configured", "Accounts, contacts and interaction history.",
						a("Configure accounts and contacts", 6, team.consultant), a("Configure interaction capture", 4, team.consultant)),
				deliverable(buildPhase, "Sales management configured", "Leads, pipeline, quotes and forecasts.",
						a("Configure leads and pipeline", 6, team.consultant), a("Build forecast reports", 4, team.consultant)),
				deliverable(buildPhase, "Marketing automation configured", "Segments, e-mail and event campaigns.",
						a("Configure segments", 4, team.consultant), a("Build campaign templates", 5, team.consultant)),
				deliverable(buildPhase, "Customer service configured", "Tickets, knowledge base and chat.",
						a("Configure ticket queues and SLAs", 5, team.consultant), a("Load knowledge base", 4, team.analyst)),
				deliverable(buildPhase, "Integrations built", "Working interfaces to accounting and ERP.",
						a("Build accounting interface", 8, team.developer), a("Build ERP order interface", 10, team.developer)),
				deliverable(buildPhase, "Data migration scripts", "Repeatable extract, cleanse and load.",
						a("Write extract and cleanse scripts", 6, team.dataSpecialist), a("Run trial migration", 3, team.dataSpecialist)));

		Phase testing = phase(project, "Testing", "Prove the system works for the people who will use it.");
		close(testing, "Ready for deployment", null,
				deliverable(testing, "Test plan", "What is tested, by whom, with which data.",
						a("Write test plan and cases", 4, team.analyst)),
				deliverable(testing, "System and integration test results", "Evidence that components and interfaces work together.",
						a("Run system tests", 5, team.analyst), a("Run integration tests", 4, team.developer)),
				deliverable(testing, "User acceptance sign-off", "Sales, marketing and service accept the system.",
						a("Run user acceptance tests", 5, team.marketingManager), a("Fix and retest defects", 4, team.consultant)));

		Phase deployment = phase(project, "Deployment", "Put the system and its users to work.");
		Deliverable training = deliverable(deployment, "Trained users", "Every user trained for their role.",
				a("Prepare training material", 4, team.trainer), a("Train users by role", 6, team.trainer));
		Deliverable migrated = deliverable(deployment, "Migrated customer data", "Production data loaded and reconciled.",
				a("Run production migration", 2, team.dataSpecialist), a("Reconcile migrated records", 2, team.dataSpecialist));
		Deliverable goLive = deliverable(deployment, "Go-live", "Cut-over from the old tools to the CRM.",
				a("Cut over to the CRM", 2, team.itLead));
		// the old contact spreadsheets stay in use until the cut-over starts: a start-to-finish dependency
		Activity legacy = build.activity(goLive, "Keep legacy contact spreadsheets", 1, 4);
		Activity cutOver = (Activity) goLive.getChildren().get(0);
		build.link(cutOver, legacy, DependencyType.SF, 0);
		close(deployment, "CRM live", cutOver, training, migrated, goLive);

		Phase closing = phase(project, "Post-implementation", "Stabilise, measure and improve.");
		close(closing, "Project closed", null,
				deliverable(closing, "Hypercare support", "Extra support for the first weeks of use.",
						a("Run hypercare desk", 10, team.consultant)),
				deliverable(closing, "Benefits review", "KPIs measured against their baselines.",
						a("Measure KPIs", 3, team.analyst), a("Present lessons learned", 1, team.marketingManager)));
		// every phase waits for the previous one's milestone
		chainPhases(project);
	}

	/** The business requirements specification in detail: every dependency type, lags and a lead. */
	private Activity detailRequirements(Deliverable specification) {
		Activity plan = activity(specification, "Plan requirement workshops", 2, team.analyst);
		Activity sales = activity(specification, "Run sales workshops", 3, team.analyst);
		Activity service = activity(specification, "Run customer service workshops", 3, team.analyst);
		Activity marketing = activity(specification, "Run marketing workshops", 2, team.marketingManager);
		Activity document = activity(specification, "Document requirements", 6, team.analyst);
		Activity trace = activity(specification, "Build traceability matrix", 3, team.consultant);
		Activity review = activity(specification, "Review with stakeholders", 2, team.marketingManager);
		Milestone signed = build.milestone(specification, "Specification signed");
		build.link(plan, sales, DependencyType.FS, 2); // invitations need two days' notice
		build.link(sales, service, DependencyType.SS, 1);
		build.link(sales, marketing, DependencyType.SS, 2);
		build.link(sales, document, DependencyType.SS, 2);
		build.link(service, document, DependencyType.FF, 2);
		build.link(marketing, document, DependencyType.FF, 1);
		build.link(document, trace, DependencyType.FF, 1);
		build.link(document, review, DependencyType.FS, -1); // a one-day lead: reviewers read drafts
		build.link(trace, review, DependencyType.FS, 0);
		build.link(review, signed);
		return activity(specification, "Publish specification", 1, team.analyst, signed);
	}

	private Activity activity(Deliverable parent, String name, double days, Resource who, WbsElement... after) {
		Activity activity = build.activity(parent, name, days, days * HOURS_PER_DAY);
		build.assign(activity, who, 1.0, days * HOURS_PER_DAY);
		ranges.estimate(activity, days, who);
		for (WbsElement predecessor : after) {
			build.link(predecessor, activity);
		}
		return activity;
	}

	private record Step(String name, double days, Resource who) {
	}

	private static Step a(String name, double days, Resource who) {
		return new Step(name, days, who);
	}

	/** A deliverable whose activities run one after the other. */
	private Deliverable deliverable(Phase phase, String name, String description, Step... steps) {
		Deliverable deliverable = build.deliverable(phase, name, description);
		deliverables.put(name, deliverable);
		Activity previous = null;
		for (Step step : steps) {
			Activity activity = activity(deliverable, step.name(), step.days(), step.who());
			if (previous != null) {
				build.link(previous, activity);
			}
			previous = activity;
		}
		return deliverable;
	}

	private Phase phase(Project project, String name, String description) {
		return build.phase(project, name, description);
	}

	/** The phase's closing milestone, reached when the last activity of every deliverable is done. */
	private Milestone close(Phase phase, String name, Activity extra, Deliverable... parts) {
		List<WbsElement> lasts = new ArrayList<>();
		for (Deliverable part : parts) {
			lasts.add(part.getChildren().get(part.getChildren().size() - 1));
		}
		if (extra != null) {
			lasts.add(extra);
		}
		Milestone milestone = build.milestone(phase, name);
		for (WbsElement last : lasts) {
			if (last != milestone && last.eContainer() != null && lastIsNotLinked(last, milestone)) {
				build.link(last, milestone);
			}
		}
		return milestone;
	}

	private static boolean lastIsNotLinked(WbsElement last, Milestone milestone) {
		return milestone.getPredecessors().stream().noneMatch(d -> d.getPredecessor() == last);
	}

	/** The first activities of each phase wait for the previous phase's closing milestone. */
	private void chainPhases(Project project) {
		Milestone previous = null;
		for (WbsElement element : project.getChildren()) {
			Phase phase = (Phase) element;
			if (previous != null) {
				for (WbsElement part : phase.getChildren()) {
					if (part instanceof Deliverable deliverable && deliverable.isSummary()) {
						WbsElement first = deliverable.getChildren().get(0);
						if (first.getPredecessors().isEmpty()) {
							build.link(previous, first);
						}
					}
				}
			}
			previous = (Milestone) phase.getChildren().get(phase.getChildren().size() - 1);
		}
	}
}
