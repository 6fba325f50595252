package org.wbsmodeler.ui.diagram.page;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.print.Drawing;
import org.wbsmodeler.diagram.render.DiagramPainter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.ui.diagram.swt.Measurers;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.tasks.DiagramTasks;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/**
 * A diagram page of the model editor: a toolbar and a {@link DiagramViewer}, the diagram rebuilt from the model after
 * every command, undo and redo ({@link DiagramRefresh}), its selection the editor's selection. Subclasses say what is
 * drawn and what the gestures do; every gesture is a command on the editor's editing domain.
 */
public abstract class DiagramPage implements ModelPage {

	protected final PlanSession context;
	protected final Project project;
	private final ViewerSelection selection = new ViewerSelection();
	/** What to select once the next layout shows it (objects a command made, not yet laid out), or null. */
	private List<?> pendingReveal;
	private final CommandStackListener stackListener = event -> {
		// an edit makes what a shown tooltip says stale
		if (this.viewer != null && !this.viewer.control().isDisposed()) {
			this.viewer.tooltip().hide();
		}
		scheduleRefresh();
	};
	private Composite control;
	private DiagramViewer viewer;
	private DiagramRefresh refresh;
	private BuiltDiagram built;
	private boolean refreshPending;
	private boolean stale = true;

	protected DiagramPage(PlanSession context) {
		this.context = context;
		this.project = context.project();
	}

	/** What the diagram shows of the scheduled copy. */
	protected abstract DiagramRefresh.Builder builder();

	/** Which diagram of {@code ./wbs render} this page exports. */
	protected abstract DiagramTasks.Kind exportKind();

	/** Adds the page's own tool items (new child, collapse …) after the view items. */
	protected void addToolItems(ToolBar toolBar) {
	}

	/** Installs the page's gestures on the viewer (drags, keys, context menu). */
	protected void installEditing(DiagramViewer diagramViewer) {
	}

	/**
	 * Where the viewer goes: the page's own composite (the default), or a composite the page makes in it to show
	 * something beside the diagram (the process map's WBS chart pane); such a composite fills the page.
	 */
	protected Composite viewerArea(Composite page) {
		return page;
	}

	@Override
	public Control createControl(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		control.setLayout(layout);
		ToolBar toolBar = new ToolBar(control, SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		toolBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite area = viewerArea(control);
		viewer = new DiagramViewer(area, Measurers.of(parent.getDisplay()));
		(area == control ? viewer.control() : area).setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setTooltips(object -> DiagramTooltips.text(context.schedule(), object));
		viewer.addSelectionListener(objects -> selection.fire());
		addViewItems(toolBar);
		addToolItems(toolBar);
		installEditing(viewer);
		refresh = new DiagramRefresh(project, context.schedule(), Measurers.of(parent.getDisplay()), builder(), this::apply);
		context.domain().getCommandStack().addCommandStackListener(stackListener);
		control.addListener(SWT.Show, e -> shown());
		control.addListener(SWT.Hide, e -> context.selection().keepInPlan(viewer.selection()));
		control.addDisposeListener(e -> context.domain().getCommandStack().removeCommandStackListener(stackListener));
		return control;
	}

	private void addViewItems(ToolBar toolBar) {
		item(toolBar, "Zoom to fit", "Shows the whole diagram", () -> viewer.viewport().zoomToFit());
		item(toolBar, "100%", "Actual size (Ctrl+0)", () -> viewer.viewport().zoomAt(1, 0, 0));
		item(toolBar, "Zoom in", "Ctrl+wheel or Ctrl++", () -> viewer.viewport().zoomAt(viewer.viewport().zoom() * 1.25, 0, 0));
		item(toolBar, "Zoom out", "Ctrl+wheel or Ctrl+-", () -> viewer.viewport().zoomAt(viewer.viewport().zoom() / 1.25, 0, 0));
		item(toolBar, "Arrange", "Lays the whole diagram out afresh (edits keep the boxes where they are and route new arrows among them)", this::arrange);
		new ToolItem(toolBar, SWT.SEPARATOR);
		item(toolBar, "Export\u2026", "Writes the diagram as .svg or .png, as ./wbs render does", this::exportWithDialog);
		new ToolItem(toolBar, SWT.SEPARATOR);
	}

	/** A tool item that runs an action: an icon (its name in the tooltip) where there is one, else its text. */
	protected static ToolItem item(ToolBar toolBar, String text, String tip, Runnable action) {
		return ToolIcons.item(toolBar, text, tip, action);
	}

	/** Brought to front: catch up with edits made elsewhere, and show what is selected on the other pages. */
	public void shown() {
		if (stale) {
			refreshNow();
		}
		viewer.setSelection(context.selection().current(), true);
	}

	/** After a command: once, when the editor has updated its schedule, and only while the page is on screen. */
	private void scheduleRefresh() {
		stale = true;
		if (refreshPending || control == null || control.isDisposed()) {
			return;
		}
		refreshPending = true;
		control.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!control.isDisposed() && control.isVisible()) {
				refreshNow();
			}
		});
	}

	/** Lays the diagram out afresh, as the page does the first time. */
	public void arrange() {
		refresh.forgetLayout();
		refreshNow();
	}

	/** Rebuilds the diagram now (in a job for a big model). */
	public void refreshNow() {
		stale = false;
		if (built == null) {
			viewer.setPlaceholder("Laying out\u2026");
		}
		refresh.refresh();
	}

	private void apply(BuiltDiagram newBuilt) {
		if (viewer.control().isDisposed()) {
			return;
		}
		// without a schedule (a cycle) the boxes show dashes; the editor's status line already says why
		built = newBuilt;
		viewer.setDiagram(newBuilt.diagram());
		if (pendingReveal != null) {
			List<?> objects = pendingReveal;
			pendingReveal = null;
			viewer.setSelection(objects, true);
		}
	}

	public DiagramViewer viewer() {
		return viewer;
	}

	public DiagramRefresh refresher() {
		return refresh;
	}

	/** The last build shown, or null before the first. */
	public BuiltDiagram built() {
		return built;
	}

	/** The tooltip the page shows for a model object (dates, float, why critical or not), or null. */
	public String tooltip(Object modelObject) {
		return DiagramTooltips.text(context.schedule(), modelObject);
	}

	@Override
	public Drawing drawing() {
		if (built == null || control == null || control.isDisposed()) {
			return null;
		}
		Diagram diagram = built.diagram();
		DiagramPainter painter = new DiagramPainter(Measurers.of(control.getDisplay()));
		return new Drawing(project.getName(), diagram.getWidth(), diagram.getHeight(), canvas -> painter.paint(diagram, canvas));
	}

	/** Writes the diagram as {@code ./wbs render} does: a scheduled copy of the model, the exporters' font. */
	public int export(Path target) throws IOException, ScheduleModelException {
		return DiagramTasks.render(ModelSnapshot.of(project).project(), exportKind(), target);
	}

	private void exportWithDialog() {
		FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.svg", "*.png" });
		dialog.setFileName(project.getName() == null ? "diagram.svg" : project.getName().replaceAll("[^\\w-]+", "-") + ".svg");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			int boxes = export(Path.of(file));
			context.status().accept(null);
			org.eclipse.jface.dialogs.MessageDialog.openInformation(control.getShell(), "Export", "Wrote " + boxes + " boxes to " + file);
		} catch (IOException | ScheduleModelException | IllegalArgumentException e) {
			context.status().accept("Not exported: " + e.getMessage());
		}
	}

	@Override
	public ISelectionProvider selectionProvider() {
		return selection;
	}

	@Override
	public void reveal(List<?> modelObjects) {
		if (viewer != null && !viewer.control().isDisposed()) {
			viewer.setSelection(modelObjects, true);
			// a box a command just made appears with the next layout (often a job): select and scroll to it then
			pendingReveal = modelObjects.stream().anyMatch(object -> !shows(object)) ? List.copyOf(modelObjects) : null;
		}
	}

	@Override
	public boolean shows(Object modelObject) {
		return viewer != null && (viewer.node(modelObject) != null || viewer.edge(modelObject) != null);
	}

	/** The viewer's selection as the page's {@link ISelectionProvider}. */
	private final class ViewerSelection extends SelectionSupport {
		@Override
		protected List<Object> current() {
			return viewer == null ? List.of() : viewer.selection();
		}

		@Override
		protected void select(List<?> objects) {
			reveal(objects);
		}
	}

	/** Hands keys the viewer does not use to the page. */
	protected static boolean plain(Event e) {
		return (e.stateMask & SWT.MODIFIER_MASK) == 0;
	}
}
