package org.wbsmodeler.templates.crm;

import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmComponentKind;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.templates.ModelTemplate;
import org.wbsmodeler.templates.TemplateOptions;

/** One deliverable per CRM component, each with the work packages every component goes through. */
public final class CrmComponentsTemplate implements ModelTemplate {

	private static final String[] WORK_PACKAGES = { "Configure", "Integrate", "Test", "Train users" };

	@Override
	public String id() {
		return "crm-components";
	}

	@Override
	public String label() {
		return "One deliverable per CRM component";
	}

	@Override
	public String description() {
		return "A build phase with one deliverable per CRM component (customer database, sales, marketing, service), each traced to its component.";
	}

	@Override
	public Project create(TemplateOptions options) {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project(options.nameOr("CRM components"), options.start());
		Phase phase = build.phase(project, "Build the CRM components", "One deliverable per component of the CRM system.");
		CrmScope scope = WbsFactory.eINSTANCE.createCrmScope();
		project.setCrm(scope);
		for (CrmComponentKind kind : CrmComponentKind.VALUES) {
			if (kind == CrmComponentKind.OTHER) {
				continue;
			}
			String name = ComponentNames.of(kind);
			Deliverable deliverable = build.deliverable(phase, name + " in service", "The " + name.toLowerCase() + " configured, integrated and in use.");
			for (String workPackage : WORK_PACKAGES) {
				build.workPackage(deliverable, workPackage + " " + name.toLowerCase(), null).setDuration(5);
			}
			CrmComponent component = WbsFactory.eINSTANCE.createCrmComponent();
			component.setName(name);
			component.setKind(kind);
			component.getDeliveredBy().add(deliverable);
			scope.getComponents().add(component);
		}
		return project;
	}
}
