package org.wbsmodeler.ui.diagram.gantt;

import java.util.function.Consumer;

import org.eclipse.swt.widgets.Composite;
import org.wbsmodeler.model.view.RowFilter;
import org.wbsmodeler.ui.rows.FilterBar;
import org.wbsmodeler.ui.rows.FindBar;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * The bars above the Gantt page's rows: the filter bar (the session's filter, shared with the Plan) and the Find bar
 * (Ctrl+F). A filter set here or on the Plan rebuilds the chart with the rows it keeps.
 */
final class GanttBars {

	private final FilterBar filter;
	private final FindBar find;

	/** @param filterChanged takes the new filter (the page rebuilds its chart) */
	GanttBars(Composite parent, GanttPage page, PlanSession session, Consumer<RowFilter> filterChanged) {
		filter = new FilterBar(parent, session.filter(), session.project());
		find = new FindBar(parent, new GanttFind(page));
		filterChanged.accept(session.filter().get());
		session.filter().addListener(filterChanged);
		parent.addDisposeListener(e -> session.filter().removeListener(filterChanged));
	}

	FilterBar filter() {
		return filter;
	}

	FindBar find() {
		return find;
	}
}
