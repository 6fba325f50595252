package org.wbsmodeler.ui.pages.scope;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.SetCommand;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.pages.cells.Edits;
import org.wbsmodeler.ui.pages.cells.PageSupport;

/** Adding to and removing from the CRM scope, creating the scope itself with the first thing added. */
final class ScopeEdits {

	private final PageSupport page;

	ScopeEdits(PageSupport page) {
		this.page = page;
	}

	@SuppressWarnings("unchecked")
	void add(EObject object, EReference feature, String label) {
		Project project = page.context().project();
		CrmScope crm = project.getCrm();
		Command command;
		if (crm == null) {
			CrmScope scope = WbsFactory.eINSTANCE.createCrmScope();
			((List<EObject>) scope.eGet(feature)).add(object);
			command = Edits.labelled(label, SetCommand.create(page.edits().domain(), project, Literals.PROJECT__CRM, scope));
		} else {
			command = page.edits().add(label, crm, feature, object);
		}
		if (page.edits().run(command)) {
			page.refresh();
			page.reveal(List.of(object));
		}
	}

	void remove(List<? extends EObject> objects) {
		if (objects.isEmpty()) {
			page.status("Select what to remove first");
			return;
		}
		page.edits().run(page.edits().delete(objects));
	}
}
