package org.wbsmodeler.ui.diagram.wbs;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolBar;
import org.wbsmodeler.diagram.build.WbsTreeBuilder;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.page.DiagramPage;
import org.wbsmodeler.ui.diagram.page.DiagramRefresh;
import org.wbsmodeler.ui.diagram.page.LiveFigures;
import org.wbsmodeler.ui.diagram.viewer.DiagramViewer;
import org.wbsmodeler.ui.diagram.viewer.DragGesture;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.tasks.DiagramTasks;

/**
 * The WBS chart page: the project on top, the WBS below, drawn as {@code ./wbs render --kind wbs} draws it. Boxes are
 * created (Insert: new child, Ctrl+Enter: new sibling), renamed in place (F2), deleted with the links to them (Delete),
 * moved under another box by dragging (codes renumber), and their subtrees collapsed and expanded (minus / plus, or
 * Alt+Shift+minus / plus as in the Plan); the collapsed boxes are remembered as model objects, so they stay collapsed through every relayout.
 */
public final class WbsChartPage extends DiagramPage {

	private final Set<WbsElement> collapsed = Collections.newSetFromMap(new IdentityHashMap<>());
	private final WbsChartEdits edits;
	private InPlaceRename rename;

	public WbsChartPage(PlanSession context) {
		super(context);
		this.edits = new WbsChartEdits(context);
	}

	@Override
	public String title() {
		return "WBS chart";
	}

	@Override
	protected DiagramRefresh.Builder builder() {
		return (plan, schedule) -> new WbsTreeBuilder().collapse(collapsed::contains).figures(new LiveFigures(context.schedule())).build(plan);
	}

	@Override
	protected DiagramTasks.Kind exportKind() {
		return DiagramTasks.Kind.WBS;
	}

	@Override
	protected void addToolItems(ToolBar toolBar) {
		item(toolBar, "New child", "A new task under the selected box (Insert)", this::newChild);
		item(toolBar, "New sibling", "A new task after the selected box (Ctrl+Enter)", this::newSibling);
		item(toolBar, "Rename", "Edit the name in place (F2)", this::rename);
		item(toolBar, "Delete", "Delete the selected boxes and the links to them (Delete)", this::delete);
		item(toolBar, "Collapse", "Hide the subtree of the selected boxes (-)", () -> setCollapsed(true));
		item(toolBar, "Expand", "Show the subtree again (+)", () -> setCollapsed(false));
	}

	@Override
	protected void installEditing(DiagramViewer diagramViewer) {
		// boxes dragged onto another box move under it
		diagramViewer.setDragGesture(DragGesture.of(WbsElement.class::isInstance, false, (dragged, target) -> edits.checkMove(DragGesture.elements(dragged), target),
				(dragged, target) -> edits.drop(DragGesture.elements(dragged), target)));
		rename = new InPlaceRename(diagramViewer, (element, name) -> context.run(context.rules().tasks().rename(element, name), "Cannot rename"));
		diagramViewer.control().addListener(SWT.KeyDown, this::keyPressed);
		diagramViewer.control().addListener(SWT.MouseDoubleClick, e -> rename());
	}

	private void keyPressed(Event e) {
		boolean altShift = (e.stateMask & SWT.MODIFIER_MASK) == (SWT.ALT | SWT.SHIFT);
		if (e.keyCode == SWT.INSERT && plain(e)) {
			newChild();
		} else if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.MODIFIER_MASK) == SWT.MOD1) {
			newSibling();
		} else if (e.keyCode == SWT.F2 && plain(e)) {
			rename();
		} else if (e.keyCode == SWT.DEL && plain(e)) {
			delete();
		} else if ((altShift || plain(e)) && (e.keyCode == '-' || e.keyCode == '_' || e.keyCode == SWT.KEYPAD_SUBTRACT)) {
			setCollapsed(true);
		} else if ((altShift || plain(e) || (e.stateMask & SWT.MODIFIER_MASK) == SWT.SHIFT)
				&& (e.keyCode == '=' || e.keyCode == '+' || e.keyCode == SWT.KEYPAD_ADD)) {
			setCollapsed(false);
		} else {
			return;
		}
		e.doit = false;
	}

	private List<WbsElement> selectedElements() {
		return viewer().selection().stream().filter(WbsElement.class::isInstance).map(WbsElement.class::cast).toList();
	}

	public void newChild() {
		List<WbsElement> selected = selectedElements();
		context.run(() -> context.rules().structure().newChild(selected.size() == 1 ? selected.get(0) : null));
	}

	public void newSibling() {
		List<WbsElement> selected = selectedElements();
		context.run(() -> context.rules().structure().newSibling(selected.size() == 1 ? selected.get(0) : null));
	}

	/** Starts editing the selected box's name in place. */
	public void rename() {
		List<WbsElement> selected = selectedElements();
		if (selected.size() == 1) {
			rename.start(selected.get(0));
		}
	}

	public void delete() {
		List<Object> selected = viewer().selection().stream().filter(o -> o instanceof WbsElement).map(Object.class::cast).toList();
		if (!selected.isEmpty()) {
			context.run(context.rules().structure().delete(selected), "Cannot delete the project itself");
		}
	}

	/** Collapses or expands the selected boxes' subtrees: a view setting, not an edit (no command, not dirty). */
	public void setCollapsed(boolean collapse) {
		boolean changed = false;
		for (WbsElement element : selectedElements()) {
			changed |= collapse ? element.isSummary() && collapsed.add(element) : collapsed.remove(element);
		}
		if (changed) {
			refreshNow();
		}
	}

	public boolean isCollapsed(WbsElement element) {
		return collapsed.contains(element);
	}
}
