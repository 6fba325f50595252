package org.wbsmodeler.templates.crm;

import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.templates.ModelTemplate;
import org.wbsmodeler.templates.TemplateOptions;

/**
 * A complete CRM implementation plan, modelled on a manufacturer that launches a product together with a new CRM
 * system: life-cycle phases and deliverables, a detailed requirements deliverable, the team, a holiday calendar, CRM
 * components and requirements traced to deliverables, and the processes the CRM changes.
 */
public final class CrmImplementationTemplate implements ModelTemplate {

	@Override
	public String id() {
		return "crm-implementation";
	}

	@Override
	public String label() {
		return "CRM implementation";
	}

	@Override
	public String description() {
		return "Every phase of a CRM delivery life cycle with deliverables, activities, team, CRM traceability and processes.";
	}

	@Override
	public Project create(TemplateOptions options) {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project(options.nameOr("CRM implementation"), options.start());
		project.setDescription("Implement the selected CRM system for sales, marketing and customer service in time for the product launch.");
		Calendar calendar = project.getDefaultCalendar();
		calendar.setName("Office calendar");
		PublicHolidays.add(build, calendar, options.start().getYear());
		PublicHolidays.add(build, calendar, options.start().getYear() + 1);
		CrmTeam team = new CrmTeam(build, project);
		CrmDeliveryLifecycle lifecycle = new CrmDeliveryLifecycle(build, team);
		lifecycle.addTo(project);
		new CrmScopeContent(lifecycle.deliverables).addTo(project);
		new CrmProcesses(lifecycle.deliverables, team).addTo(project);
		CrmViews.addTo(project);
		return project;
	}
}
