package org.wbsmodeler.ui.diagram.network;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.wbsmodeler.diagram.build.NetworkBuilder;
import org.wbsmodeler.diagram.build.Palette;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.diagram.page.DiagramRefresh;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.diagram.viewer.DragGesture;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.tasks.DiagramTasks;

/**
 * The dependency network page (activity on node, as {@code ./wbs render --kind network} draws it): drag from one task
 * to another to link them finish-to-start, right-click a link to change its type or lag or delete it. A link that
 * would close a cycle is refused and the cycle named. The boxes show the editor's live schedule, so after every edit
 * the critical path recolours; of the links into a critical task only the one that drives its start is drawn critical.
 */
public final class NetworkPage extends DiagramPage {

	private final NetworkEdits edits;

	public NetworkPage(PlanSession context) {
		super(context);
		this.edits = new NetworkEdits(context);
	}

	@Override
	public String title() {
		return "Network";
	}

	@Override
	protected DiagramRefresh.Builder builder() {
		return (plan, schedule) -> {
			Diagram diagram = new NetworkBuilder().build(plan, context.schedule()::totals);
			if (schedule != null) {
				drawOnlyDrivingLinksCritical(diagram, schedule);
			}
			return diagram;
		};
	}

	/** The builder draws a link red when both ends are critical; on screen only the link that sets the start is. */
	static void drawOnlyDrivingLinksCritical(Diagram diagram, ProjectSchedule schedule) {
		for (DiagramEdge edge : diagram.getEdges()) {
			if (edge.getStyle().critical() && edge.getSourceObject() instanceof Dependency link && link.eContainer() instanceof WbsElement successor) {
				ScheduleExplanation why = schedule.explain(successor);
				boolean driving = why != null && !why.drivingChain().isEmpty() && why.drivingChain().get(0).cause() == ScheduleExplanation.Cause.LINK
						&& schedule.network().element(why.drivingChain().get(0).other()) == link.getPredecessor();
				if (!driving) {
					edge.setStyle(Palette.DEPENDENCY);
				}
			}
		}
	}

	@Override
	protected DiagramTasks.Kind exportKind() {
		return DiagramTasks.Kind.NETWORK;
	}

	@Override
	protected void addToolItems(ToolBar toolBar) {
		item(toolBar, "Delete", "Delete the selected links or tasks (Delete)", this::delete);
	}

	@Override
	protected void installEditing(DiagramViewer diagramViewer) {
		// drag from tasks onto another task: finish-to-start links to it
		diagramViewer.setDragGesture(DragGesture.onElements(true, "Drop on a task to link to it", edits::checkLink, edits::drop));
		diagramViewer.control().addListener(SWT.KeyDown, this::keyPressed);
		LinkMenu.install(diagramViewer, edits);
	}

	private void keyPressed(Event e) {
		if (e.keyCode == SWT.DEL && plain(e)) {
			delete();
			e.doit = false;
		}
	}

	/** Deletes the selected links (and tasks, with the links to them): one command. */
	public void delete() {
		List<Object> selected = viewer().selection();
		if (!selected.isEmpty()) {
			context.run(context.rules().structure().delete(selected), "Cannot delete these");
		}
	}

	public NetworkEdits edits() {
		return edits;
	}
}
