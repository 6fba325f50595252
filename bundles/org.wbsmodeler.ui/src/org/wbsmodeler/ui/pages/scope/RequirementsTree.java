package org.wbsmodeler.ui.pages.scope;

import java.util.Comparator;
import java.util.List;


import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.pages.cells.ColumnViewers;
import org.wbsmodeler.ui.pages.cells.FeatureColumn;
import org.wbsmodeler.ui.pages.cells.ModelTexts;
import org.wbsmodeler.ui.pages.cells.PageSupport;
import org.wbsmodeler.ui.pages.cells.Section;

/**
 * Requirements grouped by kind (one row per kind, all five always there so one can add to an empty kind), and in a
 * kind by priority, must-haves first.
 */
final class RequirementsTree {

	private final PageSupport page;
	private final ScopeEdits scope;
	private final TreeViewer viewer;

	RequirementsTree(Composite parent, PageSupport page, ScopeEdits scope) {
		this.page = page;
		this.scope = scope;
		Project project = page.context().project();
		Section section = new Section(parent, "Requirements by kind and priority");
		viewer = page.register(ColumnViewers.tree(section.body()));
		section.button("Add requirement", this::add);
		section.button("Remove", () -> scope.remove(PageSupport.selected(viewer, Requirement.class)));
		ColumnViewers.columns(viewer, List.of(
				FeatureColumn.of("Identifier", 130, Literals.REQUIREMENT__IDENTIFIER).otherRows(this::kindRow),
				FeatureColumn.of("Name", 370, Literals.REQUIREMENT__NAME),
				FeatureColumn.of("Priority", 70, Literals.REQUIREMENT__PRIORITY),
				FeatureColumn.of("Source", 170, Literals.REQUIREMENT__SOURCE).candidates(row -> crm(project).getStakeholders()),
				FeatureColumn.of("Components", 200, Literals.REQUIREMENT__COMPONENTS).candidates(row -> crm(project).getComponents()),
				FeatureColumn.of("Delivered by", 110, Literals.REQUIREMENT__DELIVERED_BY).candidates(row -> ModelTexts.outline(project)),
				FeatureColumn.of("Description", 230, Literals.REQUIREMENT__DESCRIPTION)), page.edits(), page.context().status());
		viewer.setContentProvider(new Content());
		viewer.setInput(project);
		viewer.expandAll();
	}

	TreeViewer viewer() {
		return viewer;
	}

	private String kindRow(Object row) {
		RequirementKind kind = (RequirementKind) row;
		return ModelTexts.literal(kind) + " (" + requirements(kind).size() + ")";
	}

	private void add() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		RequirementKind kind = first instanceof RequirementKind k ? k : first instanceof Requirement r ? r.getKind() : RequirementKind.BUSINESS;
		Requirement requirement = WbsFactory.eINSTANCE.createRequirement();
		requirement.setKind(kind);
		CrmScope crm = page.context().project().getCrm();
		requirement.setIdentifier(RequirementIds.next(crm == null ? List.of() : crm.getRequirements(), kind));
		requirement.setName("New requirement");
		scope.add(requirement, Literals.CRM_SCOPE__REQUIREMENTS, "Add requirement " + requirement.getIdentifier());
	}

	private List<Requirement> requirements(RequirementKind kind) {
		CrmScope crm = page.context().project().getCrm();
		if (crm == null) {
			return List.of();
		}
		return crm.getRequirements().stream().filter(r -> r.getKind() == kind).sorted(Comparator.comparing(Requirement::getPriority)).toList();
	}

	/** The project's CRM scope, or an empty one to choose from when it has none yet. */
	static CrmScope crm(Project project) {
		return project.getCrm() != null ? project.getCrm() : WbsFactory.eINSTANCE.createCrmScope();
	}

	private final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return RequirementKind.VALUES.toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof RequirementKind kind ? requirements(kind).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Requirement requirement ? requirement.getKind() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof RequirementKind kind && !requirements(kind).isEmpty();
		}
	}

}
