package org.wbsmodeler.ui.diagram.gantt;

import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.rows.FindBar;

/** What Find walks on the Gantt page: the chart's rows (the view's and the filter's), top to bottom. */
final class GanttFind implements FindBar.Target {

	private final GanttPage page;

	GanttFind(GanttPage page) {
		this.page = page;
	}

	@Override
	public List<WbsElement> rows() {
		return page.chart() == null ? List.of() : page.findableRows();
	}

	@Override
	public String code(WbsElement row) {
		GanttChart.Row line = page.chart() == null ? null : page.chart().rowOf(row);
		return line != null ? line.code() : org.wbsmodeler.model.util.WbsCodes.codeOf(row);
	}

	@Override
	public List<?> selected() {
		return ((org.eclipse.jface.viewers.IStructuredSelection) page.selectionProvider().getSelection()).toList();
	}

	@Override
	public void show(WbsElement row) {
		page.showRow(row);
	}

	@Override
	public Control rowsControl() {
		return page.table();
	}
}
