package org.wbsmodeler.ui.pages.processes;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.pages.cells.ChooserDialog;
import org.wbsmodeler.ui.pages.cells.ColumnViewers;
import org.wbsmodeler.ui.pages.cells.Edits;
import org.wbsmodeler.ui.pages.cells.FeatureColumn;
import org.wbsmodeler.ui.pages.cells.ModelTexts;
import org.wbsmodeler.ui.pages.cells.PageSupport;
import org.wbsmodeler.ui.pages.cells.TwoLevelContent;
import org.wbsmodeler.ui.pages.cells.Section;

/**
 * The process breakdown (PBS): the customer-facing processes, their steps in order with owner roles, resources,
 * timing and cycle time, and the WBS elements that change each step; below, the roles that own them.
 */
public final class ProcessesPage implements ModelPage {

	private final PageSupport page;
	private TreeViewer processes;
	private TableViewer roles;

	public ProcessesPage(PlanSession context) {
		this.page = new PageSupport(context);
	}

	@Override
	public String title() {
		return "Processes";
	}

	@Override
	public Control createControl(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		processes = createProcesses(sash);
		roles = createRoles(sash);
		sash.setWeights(66, 34);
		page.start(parent.getDisplay());
		return sash;
	}

	private TreeViewer createProcesses(Composite parent) {
		Section section = new Section(parent, "Processes and their steps, with the WBS elements that change them");
		TreeViewer viewer = page.register(ColumnViewers.tree(section.body()));
		section.button("Add process", this::addProcess);
		section.button("Add step", () -> addStep(viewer));
		section.button("Remove", () -> remove(PageSupport.selected(viewer, EObject.class)));
		section.button("Move up", () -> move(viewer, -1));
		section.button("Move down", () -> move(viewer, +1));
		section.button("Changed by\u2026", () -> chooseWbsElements(viewer));
		ColumnViewers.columns(viewer, List.of(
				FeatureColumn.of("Process / step", 220, Literals.PROCESS__NAME).or(Literals.PROCESS_STEP__NAME),
				FeatureColumn.of("Kind", 120, Literals.PROCESS__KIND),
				FeatureColumn.of("Owner", 170, Literals.PROCESS__OWNER).or(Literals.PROCESS_STEP__OWNER).candidates(row -> project().getRoles()),
				FeatureColumn.of("Resources", 150, Literals.PROCESS_STEP__RESOURCES).candidates(row -> project().getResources()),
				FeatureColumn.of("Timing", 190, Literals.PROCESS_STEP__TIMING),
				FeatureColumn.of("Cycle time (h)", 115, Literals.PROCESS_STEP__CYCLE_TIME),
				FeatureColumn.of("Changed by (WBS)", 150, Literals.PROCESS_STEP__WBS_ELEMENTS).candidates(row -> ModelTexts.outline(project())),
				FeatureColumn.of("Description", 250, Literals.PROCESS__DESCRIPTION).or(Literals.PROCESS_STEP__DESCRIPTION)),
				page.edits(), page.context().status());
		viewer.setContentProvider(new TwoLevelContent<>(() -> project().getProcessBreakdown() == null ? List.of() : project().getProcessBreakdown().getProcesses(),
				Process.class, Process::getSteps));
		viewer.setInput(project());
		viewer.expandAll();
		return viewer;
	}

	private TableViewer createRoles(Composite parent) {
		Section section = new Section(parent, "Roles (owners of processes and steps)");
		return page.table(section, "Add role", () -> {
			Role role = WbsFactory.eINSTANCE.createRole();
			role.setName("New role");
			added(page.edits().add("Add role", project(), Literals.PROJECT__ROLES, role), role);
		}, Role.class, this::remove, List.of(
				FeatureColumn.of("Role", 220, Literals.ROLE__NAME),
				FeatureColumn.of("Description", 620, Literals.ROLE__DESCRIPTION)), () -> project().getRoles());
	}

	private void addProcess() {
		Process process = WbsFactory.eINSTANCE.createProcess();
		process.setName("New process");
		ProcessBreakdown pbs = project().getProcessBreakdown();
		Command command;
		if (pbs == null) {
			ProcessBreakdown created = WbsFactory.eINSTANCE.createProcessBreakdown();
			created.setName("Processes");
			created.getProcesses().add(process);
			command = Edits.labelled("Add process", SetCommand.create(page.edits().domain(), project(), Literals.PROJECT__PROCESS_BREAKDOWN, created));
		} else {
			command = page.edits().add("Add process", pbs, Literals.PROCESS_BREAKDOWN__PROCESSES, process);
		}
		added(command, process);
	}

	private void addStep(TreeViewer viewer) {
		Object first = viewer.getStructuredSelection().getFirstElement();
		Process process = first instanceof Process p ? p : first instanceof ProcessStep s ? (Process) s.eContainer() : null;
		if (process == null) {
			page.status("Select the process to add a step to first");
			return;
		}
		ProcessStep step = WbsFactory.eINSTANCE.createProcessStep();
		step.setName("New step");
		// a new step goes after the selected one, as in a list people read top to bottom
		int index = first instanceof ProcessStep s ? process.getSteps().indexOf(s) + 1 : process.getSteps().size();
		added(Edits.labelled("Add step to " + ModelTexts.describe(process),
				org.eclipse.emf.edit.command.AddCommand.create(page.edits().domain(), process, Literals.PROCESS__STEPS, step, index)), step);
	}

	private void added(Command command, EObject object) {
		if (page.edits().run(command)) {
			page.refresh();
			page.reveal(List.of(object));
		}
	}

	private void remove(List<? extends EObject> objects) {
		if (objects.isEmpty()) {
			page.status("Select what to remove first");
			return;
		}
		page.edits().run(page.edits().delete(objects));
	}

	private void move(TreeViewer viewer, int by) {
		List<EObject> selected = PageSupport.selected(viewer, EObject.class);
		if (selected.size() != 1) {
			page.status("Select one process or step to move");
			return;
		}
		if (page.edits().run(page.edits().move(selected.get(0), by))) {
			page.refresh();
			page.reveal(selected);
		}
	}

	private void chooseWbsElements(TreeViewer viewer) {
		List<ProcessStep> steps = PageSupport.selected(viewer, ProcessStep.class);
		if (steps.size() != 1) {
			page.status("Select one step to choose the WBS elements that change it");
			return;
		}
		ProcessStep step = steps.get(0);
		List<EObject> chosen = ChooserDialog.choose(viewer.getControl().getShell(), "WBS elements that change " + ModelTexts.describe(step),
				ModelTexts.outline(project()), step.getWbsElements());
		if (chosen != null) {
			page.edits().run(page.edits().set(step, Literals.PROCESS_STEP__WBS_ELEMENTS, new ArrayList<>(chosen)));
		}
	}

	private Project project() {
		return page.context().project();
	}

	@Override
	public ISelectionProvider selectionProvider() {
		return page.selection();
	}

	@Override
	public boolean shows(Object modelObject) {
		return modelObject instanceof org.wbsmodeler.model.Role || modelObject instanceof org.eclipse.emf.ecore.EObject object
				&& page.context().project().getProcessBreakdown() != null
				&& org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(page.context().project().getProcessBreakdown(), object);
	}

	@Override
	public void reveal(List<?> modelObjects) {
		page.reveal(modelObjects);
	}

	/** For tests: the process tree and the roles table. */
	public TreeViewer processViewer() {
		return processes;
	}

	public TableViewer roleViewer() {
		return roles;
	}

	@Override
	public void dispose() {
		page.dispose();
	}
}
