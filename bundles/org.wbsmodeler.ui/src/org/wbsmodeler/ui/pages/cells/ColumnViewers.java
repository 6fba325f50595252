package org.wbsmodeler.ui.pages.cells;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.jface.viewers.TreeViewerFocusCellManager;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.viewers.ViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TreeColumn;

/**
 * Tables and trees that edit like a spreadsheet: a click on a cell of the selected row (or F2) opens its editor,
 * a click on another row only selects it,
 * Tab moves to the next cell, Enter commits and Esc cancels.
 */
public final class ColumnViewers {

	private ColumnViewers() {
	}

	public static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		TableViewerEditor.create(viewer, focus, activation(viewer), features());
		return viewer;
	}

	public static TreeViewer tree(Composite parent) {
		TreeViewer viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		viewer.setUseHashlookup(true);
		TreeViewerFocusCellManager focus = new TreeViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		TreeViewerEditor.create(viewer, focus, activation(viewer), features());
		return viewer;
	}

	/** Adds the columns, each with its labels and its in-place editing. */
	public static void columns(ColumnViewer viewer, List<FeatureColumn> columns, Edits edits, Consumer<String> status) {
		for (FeatureColumn column : columns) {
			ViewerColumn viewerColumn = column(viewer, column.header(), column.width(), column.tooltip());
			viewerColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return column.label(element);
				}
			});
			viewerColumn.setEditingSupport(new FeatureEditing(viewer, column, edits, status));
		}
	}

	/** One column with a header; the caller gives it labels and editing. */
	public static ViewerColumn column(ColumnViewer viewer, String header, int width, String tooltip) {
		Item item;
		ViewerColumn result;
		if (viewer instanceof TreeViewer tree) {
			TreeViewerColumn column = new TreeViewerColumn(tree, SWT.LEFT);
			TreeColumn swt = column.getColumn();
			swt.setWidth(width);
			swt.setToolTipText(tooltip);
			item = swt;
			result = column;
		} else {
			TableViewerColumn column = new TableViewerColumn((TableViewer) viewer, SWT.LEFT);
			TableColumn swt = column.getColumn();
			swt.setWidth(width);
			swt.setToolTipText(tooltip);
			item = swt;
			result = column;
		}
		item.setText(header);
		return result;
	}

	private static ColumnViewerEditorActivationStrategy activation(ColumnViewer viewer) {
		return new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				if (event.eventType == ColumnViewerEditorActivationEvent.MOUSE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION) {
					// the first click selects the row (to remove or move it), a click on a selected row edits the cell
					Object row = ((ViewerCell) event.getSource()).getElement();
					return viewer.getStructuredSelection().toList().contains(row);
				}
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| (event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED && event.keyCode == SWT.F2);
			}
		};
	}

	private static int features() {
		return ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.TABBING_VERTICAL
				| ColumnViewerEditor.KEYBOARD_ACTIVATION;
	}
}
