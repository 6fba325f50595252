package org.wbsmodeler.ui.pages.scope;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.wbsmodeler.model.BudgetLine;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Kpi;
import org.wbsmodeler.model.Objective;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Stakeholder;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.pages.cells.ColumnViewers;
import org.wbsmodeler.ui.pages.cells.FeatureColumn;
import org.wbsmodeler.ui.pages.cells.ModelTexts;
import org.wbsmodeler.ui.pages.cells.PageSupport;
import org.wbsmodeler.ui.pages.cells.TwoLevelContent;
import org.wbsmodeler.ui.pages.cells.Section;
import org.wbsmodeler.ui.pages.cells.ValueTexts;

/**
 * The CRM scope: requirements by kind and priority, the traceability matrix, components, stakeholders, objectives
 * with their KPIs and the budget, each on a tab of its own. Every edit is a command on the editor's stack.
 */
public final class ScopePage implements ModelPage {

	public static final String REQUIREMENTS = "Requirements";
	public static final String TRACEABILITY = "Traceability";
	public static final String COMPONENTS = "Components";
	public static final String STAKEHOLDERS = "Stakeholders";
	public static final String OBJECTIVES = "Objectives & KPIs";
	public static final String BUDGET = "Budget";

	private final PageSupport page;
	private final ScopeEdits scope;
	private CTabFolder tabs;
	private RequirementsTree requirements;
	private TraceabilityMatrix matrix;
	private TableViewer components;
	private TableViewer stakeholders;
	private TreeViewer objectives;
	private TableViewer budget;
	private Label budgetTotal;

	public ScopePage(PlanSession context) {
		this.page = new PageSupport(context);
		this.scope = new ScopeEdits(page);
	}

	@Override
	public String title() {
		return "Scope";
	}

	@Override
	public Control createControl(Composite parent) {
		tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		requirements = new RequirementsTree(tab(REQUIREMENTS), page, scope);
		matrix = new TraceabilityMatrix(tab(TRACEABILITY), page);
		components = createComponents(tab(COMPONENTS));
		stakeholders = createStakeholders(tab(STAKEHOLDERS));
		objectives = createObjectives(tab(OBJECTIVES));
		budget = createBudget(tab(BUDGET));
		tabs.setSelection(0);
		page.start(parent.getDisplay());
		return tabs;
	}

	private Composite tab(String title) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title.replace("&", "&&"));
		Composite composite = new Composite(tabs, SWT.NONE);
		composite.setLayout(new org.eclipse.swt.layout.FillLayout());
		item.setControl(composite);
		return composite;
	}

	private TableViewer createComponents(Composite parent) {
		Section section = new Section(parent, "CRM components and the WBS elements that deliver them");
		return page.table(section, "Add component", () -> {
			CrmComponent component = WbsFactory.eINSTANCE.createCrmComponent();
			component.setName("New component");
			scope.add(component, Literals.CRM_SCOPE__COMPONENTS, "Add CRM component");
		}, CrmComponent.class, scope::remove, List.of(
				FeatureColumn.of("Name", 200, Literals.CRM_COMPONENT__NAME),
				FeatureColumn.of("Kind", 170, Literals.CRM_COMPONENT__KIND),
				FeatureColumn.of("Delivered by", 160, Literals.CRM_COMPONENT__DELIVERED_BY).candidates(row -> ModelTexts.outline(project())),
				FeatureColumn.of("Description", 520, Literals.CRM_COMPONENT__DESCRIPTION)), () -> crm().getComponents());
	}

	private TableViewer createStakeholders(Composite parent) {
		Section section = new Section(parent, "Stakeholders: who is affected, their interest and influence");
		return page.table(section, "Add stakeholder", () -> {
			Stakeholder stakeholder = WbsFactory.eINSTANCE.createStakeholder();
			stakeholder.setName("New stakeholder");
			scope.add(stakeholder, Literals.CRM_SCOPE__STAKEHOLDERS, "Add stakeholder");
		}, Stakeholder.class, scope::remove, List.of(
				FeatureColumn.of("Name", 220, Literals.STAKEHOLDER__NAME),
				FeatureColumn.of("Role", 380, Literals.STAKEHOLDER__ROLE),
				FeatureColumn.of("Group", 110, Literals.STAKEHOLDER__GROUP),
				FeatureColumn.of("Interest", 90, Literals.STAKEHOLDER__INTEREST),
				FeatureColumn.of("Influence", 90, Literals.STAKEHOLDER__INFLUENCE)), () -> crm().getStakeholders());
	}

	private TreeViewer createObjectives(Composite parent) {
		Section section = new Section(parent, "Objectives and the KPIs that measure them");
		section.button("Add objective", () -> {
			Objective objective = WbsFactory.eINSTANCE.createObjective();
			objective.setName("New objective");
			scope.add(objective, Literals.CRM_SCOPE__OBJECTIVES, "Add objective");
		});
		TreeViewer viewer = page.register(ColumnViewers.tree(section.body()));
		section.button("Add KPI", () -> addKpi(viewer));
		section.button("Remove", () -> scope.remove(PageSupport.selected(viewer, EObject.class)));
		ColumnViewers.columns(viewer, List.of(
				FeatureColumn.of("Objective / KPI", 330, Literals.OBJECTIVE__NAME).or(Literals.KPI__NAME),
				FeatureColumn.of("Unit", 70, Literals.KPI__UNIT),
				FeatureColumn.of("Target", 80, Literals.KPI__TARGET).text(ValueTexts.SIGNED),
				FeatureColumn.of("Measured", 90, Literals.KPI__MEASURED),
				FeatureColumn.of("Description", 430, Literals.OBJECTIVE__DESCRIPTION)), page.edits(), page.context().status());
		viewer.setContentProvider(new TwoLevelContent<>(() -> crm().getObjectives(), Objective.class, Objective::getKpis));
		viewer.setInput(project());
		viewer.expandAll();
		return viewer;
	}

	private void addKpi(TreeViewer viewer) {
		Object first = viewer.getStructuredSelection().getFirstElement();
		Objective objective = first instanceof Objective o ? o : first instanceof Kpi k ? (Objective) k.eContainer() : null;
		if (objective == null) {
			page.status("Select the objective the KPI measures first");
			return;
		}
		Kpi kpi = WbsFactory.eINSTANCE.createKpi();
		kpi.setName("New KPI");
		if (page.edits().run(page.edits().add("Add KPI to " + ModelTexts.describe(objective), objective, Literals.OBJECTIVE__KPIS, kpi))) {
			page.refresh();
			page.reveal(List.of(kpi));
		}
	}

	private TableViewer createBudget(Composite parent) {
		Section section = new Section(parent, "Budget lines");
		section.button("Add budget line", () -> {
			BudgetLine line = WbsFactory.eINSTANCE.createBudgetLine();
			line.setName("New budget line");
			scope.add(line, Literals.CRM_SCOPE__BUDGET_LINES, "Add budget line");
		});
		TableViewer viewer = page.register(ColumnViewers.table(section.body()));
		section.button("Remove", () -> scope.remove(PageSupport.selected(viewer, BudgetLine.class)));
		ColumnViewers.columns(viewer, List.of(
				FeatureColumn.of("Name", 330, Literals.BUDGET_LINE__NAME),
				FeatureColumn.of("Category", 110, Literals.BUDGET_LINE__CATEGORY),
				FeatureColumn.of("Amount", 120, Literals.BUDGET_LINE__AMOUNT).text(ValueTexts.MONEY),
				FeatureColumn.of("CRM component", 180, Literals.BUDGET_LINE__COMPONENT).candidates(row -> crm().getComponents()),
				FeatureColumn.of("WBS element", 260, Literals.BUDGET_LINE__ELEMENT).candidates(row -> ModelTexts.outline(project()))),
				page.edits(), page.context().status());
		budgetTotal = new Label(section.control(), SWT.NONE);
		org.eclipse.jface.layout.GridDataFactory.fillDefaults().span(2, 1).applyTo(budgetTotal);
		page.onRefresh(this::updateTotal);
		page.list(viewer, () -> crm().getBudgetLines());
		updateTotal();
		return viewer;
	}

	private void updateTotal() {
		double total = crm().getBudgetLines().stream().mapToDouble(BudgetLine::getAmount).sum();
		budgetTotal.setText(String.format(Locale.ROOT, "Total: %,.2f %s in %d lines", total, project().getCurrency(), crm().getBudgetLines().size()));
		budgetTotal.getParent().layout();
	}

	private Project project() {
		return page.context().project();
	}

	private CrmScope crm() {
		return RequirementsTree.crm(project());
	}

	@Override
	public ISelectionProvider selectionProvider() {
		return page.selection();
	}

	@Override
	public boolean shows(Object modelObject) {
		return modelObject instanceof org.eclipse.emf.ecore.EObject object && project().getCrm() != null
				&& org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(project().getCrm(), object);
	}

	@Override
	public void reveal(List<?> modelObjects) {
		StructuredViewer shown = page.reveal(modelObjects);
		if (shown != null) {
			for (CTabItem item : tabs.getItems()) {
				if (isAncestor(item.getControl(), shown.getControl())) {
					tabs.setSelection(item);
				}
			}
		}
	}

	private static boolean isAncestor(Control ancestor, Control control) {
		for (Control c = control; c != null; c = c.getParent()) {
			if (c == ancestor) {
				return true;
			}
		}
		return false;
	}

	/** Shows one of the tabs ({@link #REQUIREMENTS}, {@link #TRACEABILITY}, …). */
	public void showTab(String title) {
		for (CTabItem item : tabs.getItems()) {
			if (item.getText().equals(title.replace("&", "&&"))) {
				tabs.setSelection(item);
			}
		}
	}

	/** For tests: the viewers of the tabs. */
	public StructuredViewer viewer(String tab) {
		return switch (tab) {
		case REQUIREMENTS -> requirements.viewer();
		case TRACEABILITY -> matrix.viewer();
		case COMPONENTS -> components;
		case STAKEHOLDERS -> stakeholders;
		case OBJECTIVES -> objectives;
		case BUDGET -> budget;
		default -> throw new IllegalArgumentException(tab);
		};
	}

	@Override
	public void dispose() {
		page.dispose();
	}
}
