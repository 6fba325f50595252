package org.wbsmodeler.ui.pages.cells;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * What every model page of this package shares: the commands, the selection relay over its viewers, and the one
 * batched refresh after model changes (a command, its undo or redo, in any page).
 */
public final class PageSupport {

	private final PlanSession context;
	private final Edits edits;
	private final SelectionRelay selection = new SelectionRelay();
	private final List<StructuredViewer> viewers = new ArrayList<>();
	private final List<Runnable> refreshers = new ArrayList<>();
	private final Runnable onChange = this::refresh;
	private ModelChanges changes;
	/** A change came while the page was hidden: it is refreshed when it next paints. */
	private boolean stale;

	public PageSupport(PlanSession context) {
		this.context = context;
		this.edits = new Edits(context.domain());
	}

	public PlanSession context() {
		return context;
	}

	public Edits edits() {
		return edits;
	}

	public SelectionRelay selection() {
		return selection;
	}

	/** A viewer whose selection the page publishes and that is refreshed after changes. */
	public <V extends StructuredViewer> V register(V viewer) {
		viewers.add(viewer);
		selection.track(viewer);
		viewer.getControl().addListener(SWT.Paint, event -> refreshIfStale(event.display));
		return viewer;
	}

	private void refreshIfStale(Display display) {
		if (stale) {
			stale = false;
			// not inside the paint: a refresh repaints
			display.asyncExec(this::refresh);
		}
	}

	/** Something else to bring up to date after changes (a total, a matrix's columns). */
	public void onRefresh(Runnable refresher) {
		refreshers.add(refresher);
	}

	/** Starts following the model. */
	public void start(Display display) {
		changes = ModelChanges.of(context.project(), display);
		changes.listen(onChange);
	}

	/**
	 * Brings the page's viewers up to date; a page nobody sees (another tab, a hidden editor) only notes that it is
	 * stale, so that a command costs the pages on screen, not all of them.
	 */
	public void refresh() {
		if (!viewers.isEmpty() && !isShowing()) {
			stale = true;
			return;
		}
		for (StructuredViewer viewer : viewers) {
			if (!viewer.getControl().isDisposed()) {
				if (viewer instanceof org.eclipse.jface.viewers.ColumnViewer columns && columns.isCellEditorActive()) {
					continue;
				}
				viewer.refresh();
				if (viewer instanceof TreeViewer tree) {
					tree.expandAll();
				}
			}
		}
		for (Runnable refresher : refreshers) {
			refresher.run();
		}
	}

	private boolean isShowing() {
		for (StructuredViewer viewer : viewers) {
			if (!viewer.getControl().isDisposed() && viewer.getControl().isVisible()) {
				return true;
			}
		}
		return false;
	}

	/** Selects the objects in the first viewer that shows one of them; returns that viewer or null. */
	public StructuredViewer reveal(List<?> objects) {
		for (StructuredViewer viewer : viewers) {
			List<?> shown = objects.stream().filter(o -> viewer.testFindItem(o) != null).toList();
			if (!shown.isEmpty()) {
				viewer.setSelection(new StructuredSelection(shown), true);
				return viewer;
			}
		}
		return null;
	}

	/** A table that lists what the supplier gives, asked again at every refresh (the model's lists change under it). */
	public TableViewer list(TableViewer viewer, Supplier<List<?>> rows) {
		viewer.setContentProvider(new ArrayContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return rows.get().toArray();
			}
		});
		viewer.setInput(context.project());
		return viewer;
	}

	/**
	 * A section's table of one kind of object: an "Add …" button, the table with its columns, and a Remove button
	 * for the selected rows, the rows asked of the model at every refresh.
	 */
	public <T> TableViewer table(Section section, String addLabel, Runnable add, Class<T> type, Consumer<List<T>> remove,
			List<FeatureColumn> columns, Supplier<List<?>> rows) {
		section.button(addLabel, add);
		TableViewer viewer = register(ColumnViewers.table(section.body()));
		section.button("Remove", () -> remove.accept(selected(viewer, type)));
		ColumnViewers.columns(viewer, columns, edits, context.status());
		return list(viewer, rows);
	}

	/** The selected objects of a class in a viewer. */
	public static <T> List<T> selected(StructuredViewer viewer, Class<T> type) {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream().filter(type::isInstance).map(type::cast).toList();
	}

	public void status(String message) {
		context.status().accept(message);
	}

	public void dispose() {
		if (changes != null) {
			changes.stop(onChange, context.project());
		}
	}
}
