package org.wbsmodeler.ui.diagram.process;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.wbsmodeler.diagram.build.PbsBuilder;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.diagram.page.DiagramRefresh;
import org.wbsmodeler.ui.diagram.wbs.WbsChartPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.pages.cells.ChooserDialog;
import org.wbsmodeler.ui.tasks.DiagramTasks;

/**
 * The process map: each process a box holding its steps in order, steps in swim lanes per owner role, the WBS
 * elements that change a step linked to it (as {@code ./wbs render --kind pbs} draws it). Processes and steps are
 * added, steps moved earlier or later, their owner set and their WBS elements chosen from the toolbar; each is one
 * command.
 * <p>
 * Beside the map sits the WBS chart (the same page as the editor's WBS chart tab, on the same editing domain), and a
 * step dragged from the map onto any box of it is linked to that element. Why a split and not a drag onto the WBS
 * chart's tab: the step and the element have to be seen together to be matched, and the chart tab would hide the
 * map the moment the drag reached it; switching tabs on hover is a guessing game Eclipse editors do not play (its
 * editor tabs do not open under a drag either), and a native drag through the tab strip cannot be undone by looking.
 * Side by side, like the Compare editor, the user sees where the step goes before letting go, refused drops show
 * red with the reason in the status line, and the map's own gestures (reorder, drop on a linked box) keep working
 * in the same drag. The pane can be hidden from the toolbar when the map needs the room.
 */
public final class ProcessMapPage extends DiagramPage {

	private SashForm split;
	private WbsChartPage chart;

	public ProcessMapPage(PlanSession context) {
		super(context);
	}

	@Override
	public String title() {
		return "Process map";
	}

	@Override
	protected DiagramRefresh.Builder builder() {
		return (plan, schedule) -> new PbsBuilder().build(plan);
	}

	@Override
	protected DiagramTasks.Kind exportKind() {
		return DiagramTasks.Kind.PBS;
	}

	@Override
	protected void addToolItems(ToolBar toolBar) {
		item(toolBar, "New process", "A new process at the end of the process breakdown", () -> context.run(() -> context.rules().processes().newProcess()));
		item(toolBar, "New step", "A new step after the selected step, or at the end of the selected process",
				() -> context.run(() -> context.rules().processes().newStep(selected())));
		item(toolBar, "Earlier", "Move the selected step one place earlier", () -> context.run(() -> context.rules().processes().moveStep(selected(), -1)));
		item(toolBar, "Later", "Move the selected step one place later", () -> context.run(() -> context.rules().processes().moveStep(selected(), +1)));
		ToolItem owner = new ToolItem(toolBar, SWT.DROP_DOWN);
		owner.setText("Owner");
		owner.setToolTipText("Set the owner role of the selected process or step (its swim lane)");
		owner.addListener(SWT.Selection, e -> ownerMenu(toolBar, owner));
		item(toolBar, "WBS elements\u2026", "Choose the WBS elements that change the selected step", this::chooseWbs);
		ToolItem pane = new ToolItem(toolBar, SWT.CHECK);
		pane.setText("WBS chart");
		pane.setToolTipText("Show the WBS chart beside the map: drag a step onto a box to link it to that element");
		pane.setSelection(true);
		pane.addListener(SWT.Selection, e -> showWbsChart(pane.getSelection()));
	}

	@Override
	protected Composite viewerArea(Composite page) {
		split = new SashForm(page, SWT.HORIZONTAL | SWT.SMOOTH);
		return split;
	}

	@Override
	public Control createControl(Composite parent) {
		Control control = super.createControl(parent);
		// the chart pane is inside this page: it catches up with edits made elsewhere when the page comes to the front
		control.addListener(SWT.Show, e -> {
			if (split.getMaximizedControl() == null) {
				chart.shown();
			}
		});
		return control;
	}

	/** Shows or hides the WBS chart beside the map. */
	public void showWbsChart(boolean show) {
		split.setMaximizedControl(show ? null : viewer().control());
		if (show) {
			chart.shown();
		}
	}

	/** The WBS chart beside the map (steps dropped on its boxes are linked to them). */
	public WbsChartPage wbsChart() {
		return chart;
	}

	@Override
	protected void installEditing(org.wbsmodeler.ui.diagram.viewer.DiagramViewer diagramViewer) {
		diagramViewer.setDragGesture(new StepGesture(context));
		chart = new WbsChartPage(context);
		chart.createControl(split);
		split.setWeights(55, 45);
		diagramViewer.addDropPartner(chart.viewer());
	}

	private EObject selected() {
		List<Object> selection = viewer().selection();
		return selection.size() == 1 && selection.get(0) instanceof EObject object ? object : null;
	}

	private void ownerMenu(ToolBar toolBar, ToolItem owner) {
		EObject target = selected();
		if (!(target instanceof Process) && !(target instanceof ProcessStep)) {
			context.status().accept("Select a process or a step to set its owner");
			return;
		}
		Menu menu = new Menu(toolBar.getShell(), SWT.POP_UP);
		for (Role role : project.getRoles()) {
			MenuItem item = new MenuItem(menu, SWT.PUSH);
			item.setText(role.getName() == null ? "(unnamed role)" : role.getName());
			item.addListener(SWT.Selection, e -> context.run(() -> context.rules().processes().setOwner(target, role)));
		}
		MenuItem none = new MenuItem(menu, SWT.PUSH);
		none.setText("(no owner)");
		none.addListener(SWT.Selection, e -> context.run(() -> context.rules().processes().setOwner(target, null)));
		var bounds = owner.getBounds();
		menu.setLocation(toolBar.toDisplay(bounds.x, bounds.y + bounds.height));
		menu.setVisible(true);
	}

	private void chooseWbs() {
		if (!(selected() instanceof ProcessStep step)) {
			context.status().accept("Select a step to link it to WBS elements");
			return;
		}
		List<WbsElement> candidates = OutlineIndex.of(project).elements();
		List<EObject> chosen = ChooserDialog.choose(viewer().control().getShell(), "WBS elements that change " + step.getName(), candidates,
				step.getWbsElements());
		if (chosen != null) {
			context.run(context.rules().processes().setWbsElements(step, chosen), "The step is already linked to exactly these");
		}
	}

}
