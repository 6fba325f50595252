package org.wbsmodeler.ui.diagram.gantt;

import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * The Gantt page's table beside its chart: as wide as its columns in the sash, its header lowered to the bottom of
 * the chart's timescale (a spacer above it), and the chart repainted whenever the table's rows moved, so that row
 * {@code i} stands beside row {@code i}.
 */
final class TableBeside {

	private final SashForm sash;
	private final Composite spacer;
	private final PlanRows rows;
	private ChartView chartView;
	private int lastRowZero = Integer.MIN_VALUE;

	TableBeside(SashForm sash, Composite spacer, PlanRows rows) {
		this.sash = sash;
		this.spacer = spacer;
		this.rows = rows;
	}

	void setChart(ChartView chart) {
		chartView = chart;
	}

	/** The table as wide as its columns, within 25%–60% of the page. */
	void fitTable() {
		int width = sash.getClientArea().width;
		if (width <= 0) {
			return;
		}
		int wanted = rows.columnsWidth() + rows.table().getVerticalBar().getSize().x + 6;
		int left = Math.max(width / 4, Math.min(width * 3 / 5, wanted));
		sash.setWeights(left, Math.max(1, width - left));
	}

	/** The table's header is lowered to the bottom of the chart's timescale. */
	void alignHeaders() {
		int header = rows.table().getHeaderHeight();
		if (header <= 0) {
			return;
		}
		int wanted = Math.max(0, chartView.headerPixels() - header);
		GridData data = (GridData) spacer.getLayoutData();
		if (data.heightHint != wanted) {
			data.heightHint = wanted;
			spacer.getParent().layout(true);
		}
	}

	/** The canvas y of row 0's top: where the table has it. */
	int rowZeroOnCanvas() {
		Table table = rows.table();
		int y = rows.rowZeroY();
		if (y == -1) {
			return chartView.headerPixels();
		}
		Point onDisplay = table.toDisplay(0, y);
		return chartView.control().toControl(onDisplay).y;
	}

	void followTable() {
		alignHeaders();
		int now = rowZeroOnCanvas();
		if (now != lastRowZero) {
			lastRowZero = now;
			chartView.control().redraw();
		}
	}
}
