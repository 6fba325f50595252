package org.wbsmodeler.ui.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.wbsmodeler.ui.session.ViewBanner;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.editing.live.ContentListeners;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.model.view.RowFilter;
import org.wbsmodeler.ui.rows.CellTooltips;
import org.wbsmodeler.ui.rows.FrozenColumns;
import org.wbsmodeler.ui.rows.FilterBar;
import org.wbsmodeler.ui.rows.FindBar;

/**
 * The Plan page: the WBS as MS Project's entry table, in outline order. The tree is {@code SWT.VIRTUAL} with a lazy
 * content provider and hash lookup, so it asks only for the rows it paints. After a command only the containers
 * whose children changed are refreshed, and the labels of the rows on screen are asked again (codes, dates, float
 * and the critical path depend on other rows, so every visible row may have changed; rows off screen are asked when
 * they scroll in).
 */
public final class PlanPage implements ModelPage {

	/** Models up to this many elements open fully expanded; larger ones show their top level. */
	private static final int EXPAND_ALL_LIMIT = 5000;

	private final PlanSession context;
	private final Project project;
	private final PlanLabels labels;
	private final Set<Object> changedContainers = new LinkedHashSet<>();
	private final Consumer<Notification> childrenWatcher = notification -> {
		if (notification.getFeature() == Literals.WBS_CONTAINER__CHILDREN && !notification.isTouch()) {
			changedContainers.add(notification.getNotifier());
		}
	};
	/** The view in force in the session (chosen on the Gantt page) filters this tree too. */
	private final Consumer<org.wbsmodeler.model.View> viewListener = this::applyView;
	/** A risk run ended: the Criticality cells on screen are asked again. */
	private final Runnable criticalityListener = this::criticalityChanged;
	/** Whether edits were made while the page was hidden: its rows are relabelled when it is shown again. */
	private boolean rowsStale;
	/** The filter bar's criteria (set on this page or the Gantt page) filter this tree too. */
	private final Consumer<RowFilter> filterListener = f -> refilter();
	private FilterBar filterBar;
	private FindBar findBar;
	private CellTooltips cellTooltips;
	private FrozenColumns frozenColumns;
	private TreeViewer viewer;
	/** Says which view filters the rows, with one click to show them all. */
	private ViewBanner banner;
	private PlanContentProvider content;
	/** The view whose rows the tree shows (chosen on the Gantt page), or null for all. */
	private org.wbsmodeler.model.View view;

	public PlanPage(PlanSession context) {
		this.context = context;
		this.project = context.project();
		this.labels = new PlanLabels(project, context.schedule(), context.criticality()::of);
		context.view().addListener(viewListener);
		context.criticality().addListener(criticalityListener);
		context.filter().addListener(filterListener);
	}

	@Override
	public String title() {
		return "Plan";
	}

	/** The labels of the Plan's cells (the Gantt page's table shows the same texts). */
	public PlanLabels labels() {
		return labels;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		page.setLayout(layout);
		banner = new ViewBanner(page, context.view());
		filterBar = new FilterBar(page, context.filter(), project);
		viewer = new TreeViewer(page, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.setUseHashlookup(true);
		Tree tree = viewer.getTree();
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		Color red = tree.getDisplay().getSystemColor(SWT.COLOR_RED);
		for (PlanColumn column : PlanColumn.values()) {
			TreeViewerColumn viewerColumn = new TreeViewerColumn(viewer, column.numeric() ? SWT.RIGHT : SWT.LEFT);
			viewerColumn.getColumn().setText(column.title());
			viewerColumn.getColumn().setWidth(column.dates() ? 160 : 90);
			viewerColumn.getColumn().setMoveable(column != PlanColumn.CODE);
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return element instanceof WbsElement row ? labels.text(row, column) : "";
				}

				@Override
				public Color getForeground(Object element) {
					return element instanceof WbsElement row && labels.isCritical(row) ? red : null;
				}
			});
			if (PlanCellEditing.isEditable(column)) {
				viewerColumn.setEditingSupport(new PlanCellEditing(viewer, column, context, labels));
			}
		}
		TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
			}
		}, ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
		content = new PlanContentProvider(viewer);
		viewer.setContentProvider(content);
		viewer.setInput(project);
		PlanColumnWidths.fit(tree, labels, OutlineIndex.of(project));
		if (countUpTo(EXPAND_ALL_LIMIT + 1) <= EXPAND_ALL_LIMIT) {
			viewer.expandAll();
		}
		tree.addListener(SWT.KeyDown, new PlanKeys(this, context)::keyPressed);
		findBar = new FindBar(page, new PlanFindTarget(this, project, () -> content));
		findBar.hookKeys(tree);
		cellTooltips = CellTooltips.install(tree);
		frozenColumns = FrozenColumns.install(tree, item -> {
			if (item.getData() != null) {
				viewer.setExpandedState(item.getData(), !viewer.getExpandedState(item.getData()));
			}
		});
		// the Find bar sits between the filter bar and the rows
		findBar.text().getParent().moveAbove(tree);
		PlanDragAndDrop.install(viewer, context);
		ContentListeners.listen(project, childrenWatcher);
		tree.addDisposeListener(e -> ContentListeners.stop(project, childrenWatcher));
		page.addListener(SWT.Show, e -> shown());
		return page;
	}

	/**
	 * Shows only what a view keeps (its filter, with the summaries above each kept row), or every row for null: the
	 * view chosen on the Gantt page, so that both tables show the same rows.
	 */
	public void applyView(org.wbsmodeler.model.View newView) {
		view = newView;
		refilter();
	}

	/** Shows the rows the view in force and the filter bar keep (every row when neither is set). */
	private void refilter() {
		if (viewer == null || viewer.getTree().isDisposed()) {
			return;
		}
		if (!filtering()) {
			banner.hide();
			filterBar.showCount(-1, -1);
			content.setKept(null);
			viewer.refresh();
			if (countUpTo(EXPAND_ALL_LIMIT + 1) <= EXPAND_ALL_LIMIT) {
				viewer.expandAll();
			}
			return;
		}
		showKept();
	}

	/** The banner's text while a view filters the rows, or null. */
	public ViewBanner banner() {
		return banner;
	}

	/** The view the tree shows, or null. */
	public org.wbsmodeler.model.View view() {
		return view;
	}

	/** Whether a view or the filter bar hides rows. */
	private boolean filtering() {
		return view != null || !context.filter().get().isEmpty();
	}

	private void showKept() {
		OutlineIndex outline = OutlineIndex.of(project);
		int total = countUpTo(Integer.MAX_VALUE);
		Set<WbsElement> kept = null;
		if (view != null) {
			var viewKept = org.wbsmodeler.model.view.ViewFilter.apply(project, outline, view, labels::isCritical);
			kept = viewKept.keptSet();
			banner.show(view.getName(), kept.size(), total);
		} else {
			banner.hide();
		}
		RowFilter filter = context.filter().get();
		if (!filter.isEmpty()) {
			kept = filter.keep(outline, kept, RowFilter.Facts.of(project, labels::isCritical, this::finish));
			filterBar.showCount(kept.size(), total);
		}
		content.setKept(kept);
		viewer.refresh();
		if (kept.size() <= EXPAND_ALL_LIMIT) {
			viewer.expandAll();
		}
		updateVisibleRows();
	}

	private java.time.LocalDateTime finish(WbsElement element) {
		var totals = context.schedule().totals(element);
		return totals == null ? null : totals.finish();
	}

	/** The filter bar above the rows. */
	public FilterBar filterBar() {
		return filterBar;
	}

	/** The tooltips of clipped cells. */
	/** The WBS and Name columns painted over the rows while they are scrolled right. */
	public FrozenColumns frozenColumns() {
		return frozenColumns;
	}

	public CellTooltips cellTooltips() {
		return cellTooltips;
	}

	/** The Find bar (Ctrl+F). */
	public FindBar findBar() {
		return findBar;
	}

	@Override
	public Control focusControl() {
		return viewer == null ? null : viewer.getControl();
	}

	@Override
	public boolean find() {
		if (findBar == null) {
			return false;
		}
		findBar.open();
		return true;
	}

	/** Hooks a context menu filled by the editor (New Child, New Sibling, edit actions). */
	public void setContextMenu(MenuManager menu) {
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
	}

	private int countUpTo(int limit) {
		int count = 0;
		for (var it = project.eAllContents(); it.hasNext() && count < limit;) {
			if (it.next() instanceof WbsElement) {
				count++;
			} else {
				it.prune();
			}
		}
		return count;
	}

	/** After an insert: the new row's name is ready to type (once the editor has selected the new row), as in MS Project. */
	public void renameNewRow() {
		var display = viewer.getControl().getDisplay();
		display.asyncExec(() -> display.asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				rename();
			}
		}));
	}

	/** Starts in-place editing of the selected row's name. */
	public void rename() {
		List<WbsElement> rows = selectedRows();
		if (rows.size() == 1) {
			viewer.editElement(rows.get(0), PlanColumn.NAME.ordinal());
		}
	}

	public List<WbsElement> selectedRows() {
		List<WbsElement> rows = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection()) {
			if (o instanceof WbsElement row) {
				rows.add(row);
			}
		}
		return rows;
	}

	@Override
	public ISelectionProvider selectionProvider() {
		return viewer;
	}

	/**
	 * Brings the page up to date after a command, undo or redo: the containers whose children changed are refreshed
	 * (lazily: the tree asks again for what it shows), then every row on screen is relabelled.
	 */
	public void modelChanged() {
		if (viewer == null || viewer.getTree().isDisposed()) {
			return;
		}
		content.forget();
		if (filtering()) {
			// what a view or filter keeps can change with any edit (a new critical path, a renamed task): filter again
			changedContainers.clear();
			showKept();
			return;
		}
		boolean small = !changedContainers.isEmpty() && countUpTo(EXPAND_ALL_LIMIT + 1) <= EXPAND_ALL_LIMIT;
		for (Object container : changedContainers) {
			if (container instanceof EObject object && (object == project || object.eResource() != null)) {
				viewer.refresh(container, false);
				if (small) {
					// rows that arrived here (indent, paste, undo of a delete) show their tasks, as in MS Project
					viewer.expandToLevel(container, AbstractTreeViewer.ALL_LEVELS);
				}
			}
		}
		changedContainers.clear();
		updateVisibleRows();
	}

	private void criticalityChanged() {
		if (viewer != null && !viewer.getTree().isDisposed()) {
			updateVisibleRows();
		}
	}

	/**
	 * Relabels the rows on screen and marks every other row stale. A virtual tree asks for a row's label only when
	 * it paints a row it has no data for; clearing the rows' cached texts (not their elements) makes it ask again for
	 * exactly the rows it paints, now and when the user scrolls — no label provider call for rows nobody sees.
	 */
	public void updateVisibleRows() {
		Tree tree = viewer.getTree();
		if (!tabInFront(tree)) {
			// another page in front (the Network, the Gantt): clearing costs GTK a call per row, hidden rows included —
			// a 2,000-row plan cost every edit on the Network a third of its time; relabel when the page is shown
			rowsStale = true;
			return;
		}
		relabel();
	}

	/** Clears the rows' cached texts (not their elements): the tree asks again for the rows it paints. */
	private void relabel() {
		rowsStale = false;
		viewer.getTree().clearAll(true);
	}

	/**
	 * Whether this page is its editor's tab in front. Not {@code isVisible()}: an editor behind another one still
	 * relabels its rows (a shared plan's commits arrive there), as it hears of no Show when it comes back.
	 */
	private static boolean tabInFront(Control control) {
		for (Control c = control; c != null && !(c instanceof org.eclipse.swt.custom.CTabFolder); c = c.getParent()) {
			if (!c.getVisible()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Brought to the front: the rows relabelled once for the edits made while another page was in front. (SWT sends
	 * Show before the control is visible: no {@link #tabInFront} check here.)
	 */
	private void shown() {
		if (rowsStale && viewer != null && !viewer.getTree().isDisposed()) {
			relabel();
		}
	}

	@Override
	public void reveal(List<?> modelObjects) {
		List<TreePath> paths = new ArrayList<>();
		for (Object object : modelObjects) {
			if (object instanceof WbsElement element && element.eResource() != null) {
				paths.add(pathOf(element));
			}
		}
		if (paths.isEmpty()) {
			return;
		}
		List<Object> rows = paths.stream().map(TreePath::getLastSegment).toList();
		if (rows.equals(viewer.getStructuredSelection().toList())) {
			// already selected (a cell edit of the selected row): scroll to it, but do not tell the whole workbench
			// (Properties, Problems, every handler's enablement) that the selection changed when it did not
			viewer.reveal(paths.get(paths.size() - 1));
			return;
		}
		viewer.setSelection(new TreeSelection(paths.toArray(TreePath[]::new)), true);
	}

	private static TreePath pathOf(WbsElement element) {
		List<Object> segments = new ArrayList<>();
		for (EObject current = element; current instanceof WbsElement; current = current.eContainer()) {
			segments.add(0, current);
		}
		return new TreePath(segments.toArray());
	}

	/** The selection as model rows, for the editor. */
	public IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}

	@Override
	public void dispose() {
		context.view().removeListener(viewListener);
		context.criticality().removeListener(criticalityListener);
		context.filter().removeListener(filterListener);
		ContentListeners.stop(project, childrenWatcher);
	}

	@Override
	public org.wbsmodeler.diagram.print.Drawing drawing() {
		return PlanPrintout.of(context);
	}
}
