package org.wbsmodeler.ui.plan;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.ui.rows.FindBar;

/**
 * What Find walks on the Plan: the rows the view and the filter keep, in outline order, collapsed ones too (selecting
 * a match expands the summaries above it, as MS Project's Find does).
 */
final class PlanFindTarget implements FindBar.Target {

	private final PlanPage page;
	private final Project project;
	private final Supplier<PlanContentProvider> content;

	PlanFindTarget(PlanPage page, Project project, Supplier<PlanContentProvider> content) {
		this.page = page;
		this.project = project;
		this.content = content;
	}

	@Override
	public List<WbsElement> rows() {
		PlanContentProvider shown = content.get();
		return OutlineIndex.of(project).elements().stream().filter(shown::shows).toList();
	}

	@Override
	public String code(WbsElement row) {
		return Codes.of(row);
	}

	@Override
	public List<?> selected() {
		return page.selectedRows();
	}

	@Override
	public void show(WbsElement row) {
		page.reveal(List.of(row));
	}

	@Override
	public Control rowsControl() {
		return page.viewer().getControl();
	}
}
