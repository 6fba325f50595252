package org.wbsmodeler.templates.crm;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelBuilder;

/** The people, roles and cost items of a CRM implementation at a mid-sized manufacturer. */
final class CrmTeam {

	final Resource marketingManager;
	final Resource itLead;
	final Resource analyst;
	final Resource consultant;
	final Resource developer;
	final Resource dataSpecialist;
	final Resource trainer;
	final Resource licences;

	final Role salesConsultant;
	final Role salesManager;
	final Role serviceAgent;
	final Role serviceSupervisor;
	final Role marketingSpecialist;

	CrmTeam(ModelBuilder build, Project project) {
		marketingManager = build.resource(project, "Marketing manager", ResourceType.WORK, 95);
		itLead = build.resource(project, "IT team lead", ResourceType.WORK, 90);
		analyst = build.resource(project, "Business analyst", ResourceType.WORK, 80);
		consultant = build.resource(project, "CRM consultant", ResourceType.WORK, 130);
		consultant.setMaxUnits(2.0);
		developer = build.resource(project, "Integration developer", ResourceType.WORK, 85);
		developer.setMaxUnits(2.0);
		dataSpecialist = build.resource(project, "Data specialist", ResourceType.WORK, 85);
		trainer = build.resource(project, "Trainer", ResourceType.WORK, 70);
		licences = build.resource(project, "CRM subscription", ResourceType.COST, 0);
		salesConsultant = role(project, "Sales consultant", "Runs home sales events and follows up prospects");
		salesManager = role(project, "Sales manager", "Approves quotes and owns the regional forecast");
		serviceAgent = role(project, "Customer service agent", "Answers calls, chats and e-mails and records tickets");
		serviceSupervisor = role(project, "Service supervisor", "Watches resolution times and escalations");
		marketingSpecialist = role(project, "Marketing specialist", "Plans and runs campaigns and segments");
	}

	private static Role role(Project project, String name, String description) {
		Role role = WbsFactory.eINSTANCE.createRole();
		role.setName(name);
		role.setDescription(description);
		project.getRoles().add(role);
		return role;
	}
}
