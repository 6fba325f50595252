package org.wbsmodeler.editing.rules;

import java.time.LocalDate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WorkPackage;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * A small plan on an editing domain, as an editor holds it:
 * <pre>
 * 1 Build (phase)
 *   1.1 CRM (deliverable)
 *     1.1.1 Setup (work package): 1.1.1.1 A → 1.1.1.2 B → 1.1.1.3 M (milestone)
 * 2 Run (phase): 2.1 C
 * </pre>
 */
final class Plan {

	final Project project;
	final Phase build;
	final Deliverable crm;
	final WorkPackage setup;
	final Activity a;
	final Activity b;
	final Milestone m;
	final Phase run;
	final Activity c;
	final AdapterFactoryEditingDomain domain;
	final EditRules rules;

	Plan() {
		ModelBuilder make = new ModelBuilder();
		project = make.project("Plan", LocalDate.of(2027, 2, 1));
		build = make.phase(project, "Build", null);
		crm = make.deliverable(build, "CRM", null);
		setup = make.workPackage(crm, "Setup", null);
		a = make.activity(setup, "A", 2, 16);
		b = make.activity(setup, "B", 3, 24);
		m = make.milestone(setup, "M");
		make.link(a, b);
		make.link(b, m);
		run = make.phase(project, "Run", null);
		c = make.activity(run, "C", 1, 8);
		ResourceSetImpl set = new ResourceSetImpl();
		Resource resource = new XMIResourceImpl(URI.createURI("memory:/plan.wbs"));
		resource.getContents().add(project);
		set.getResources().add(resource);
		domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), new BasicCommandStack(), set);
		rules = new EditRules(domain, project);
	}

	/** Runs a command as the editor does: on the stack, refused when it cannot execute. */
	void run(Command command) {
		if (!command.canExecute()) {
			throw new AssertionError("cannot execute " + command.getLabel());
		}
		domain.getCommandStack().execute(command);
	}

	void undo() {
		domain.getCommandStack().undo();
	}
}
