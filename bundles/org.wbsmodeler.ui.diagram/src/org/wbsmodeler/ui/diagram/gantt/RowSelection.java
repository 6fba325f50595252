package org.wbsmodeler.ui.diagram.gantt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.edit.SelectionProviderBase;

/**
 * The Gantt page's selection: the table's selected rows are the truth (row {@code i} is chart row {@code i}); the
 * chart draws them, a click or a key on the chart selects in the table, and the page publishes them as model objects
 * for the editor (which republishes them to Outline and Properties). A selection set from outside does not echo back
 * (a guard), and a row chosen by the user brings its bar into view when it is off the canvas (MS Project's Scroll to
 * Task).
 */
final class RowSelection extends SelectionProviderBase {

	private final PlanRows rows;
	private final ChartView chartView;
	private final Runnable followTable;
	private final Consumer<List<?>> reveal;
	private boolean syncing;

	/**
	 * @param followTable repaints the chart where the table's rows now are
	 * @param reveal      the page's reveal (brings the chart up to date first)
	 */
	RowSelection(PlanRows rows, ChartView chartView, Runnable followTable, Consumer<List<?>> reveal) {
		this.rows = rows;
		this.chartView = chartView;
		this.followTable = followTable;
		this.reveal = reveal;
		Table table = rows.table();
		table.addListener(SWT.Selection, e -> {
			tableChanged();
			showBarOf(table.getSelectionIndex());
		});
	}

	private void tableChanged() {
		if (syncing) {
			return;
		}
		chartView.setSelected(elements());
		fireSelectionChanged();
	}

	/** Brings a row's bar into view when it is off the canvas. */
	private void showBarOf(int row) {
		Rectangle bar = row < 0 ? null : chartView.barBounds(row);
		int width = chartView.control().getClientArea().width;
		if (bar != null && (bar.x + bar.width < 0 || bar.x > width - 10)) {
			chartView.scrollTo(chartView.chart().bar(row).x(), 30);
		}
	}

	/** A click on a chart row: select it in the table too (Ctrl toggles it in the selection). */
	void selectFromChart(int row, boolean toggle) {
		Table table = rows.table();
		if (!toggle) {
			table.setSelection(row);
		} else if (table.isSelected(row)) {
			table.deselect(row);
		} else {
			table.select(row);
		}
		tableChanged();
	}

	/** Moves the selection to another row (keys on the chart), showing it. */
	void selectRow(int row) {
		GanttChart chart = chartView.chart();
		if (chart == null || chart.rowCount() == 0) {
			return;
		}
		int clamped = Math.max(0, Math.min(chart.rowCount() - 1, row));
		rows.table().setSelection(clamped);
		rows.table().showSelection();
		tableChanged();
		showBarOf(clamped);
		followTable.run();
	}

	/** The first selected row, or -1. */
	int selectedRow() {
		return rows.table().getSelectionIndex();
	}

	/** The selected rows' elements, top to bottom. */
	List<WbsElement> elements() {
		GanttChart chart = chartView.chart();
		List<WbsElement> selected = new ArrayList<>();
		if (chart != null) {
			for (int index : rows.table().getSelectionIndices()) {
				if (index < chart.rowCount()) {
					selected.add(chart.rows().get(index).element());
				}
			}
		}
		return selected;
	}

	List<Object> current() {
		return new ArrayList<>(elements());
	}

	/** Selects the rows of these objects (those the chart shows), scrolled into view; {@code tell} the editor or not. */
	void select(List<?> objects, boolean tell) {
		GanttChart chart = chartView.chart();
		if (chart == null) {
			return;
		}
		List<Integer> indices = new ArrayList<>();
		for (Object o : objects) {
			GanttChart.Row row = o instanceof WbsElement e ? chart.rowOf(e) : null;
			if (row != null) {
				indices.add(row.index());
			}
		}
		syncing = true;
		try {
			rows.table().setSelection(indices.stream().mapToInt(Integer::intValue).toArray());
			if (!indices.isEmpty()) {
				rows.table().showSelection();
			}
		} finally {
			syncing = false;
		}
		chartView.setSelected(elements());
		if (!indices.isEmpty()) {
			showBarOf(indices.get(indices.size() - 1));
		}
		followTable.run();
		if (tell) {
			fireSelectionChanged();
		}
	}

	@Override
	public ISelection getSelection() {
		return new StructuredSelection(current());
	}

	@Override
	public void setSelection(ISelection newSelection) {
		reveal.accept(newSelection instanceof IStructuredSelection s ? s.toList() : List.of());
	}
}
