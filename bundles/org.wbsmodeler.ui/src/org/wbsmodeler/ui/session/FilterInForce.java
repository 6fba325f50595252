package org.wbsmodeler.ui.session;

import org.wbsmodeler.model.view.RowFilter;

/**
 * The filter bar's criteria in force in one editor ({@link RowFilter#NONE}: every row). Set on the Plan or the Gantt
 * page, it filters both (on top of the view in force), and each filter bar shows it with its row count.
 */
public final class FilterInForce extends InForce<RowFilter> {

	public FilterInForce() {
		super(RowFilter.NONE);
	}

	public RowFilter get() {
		return value();
	}

	/** Puts a filter in force (null clears it) and tells every page. */
	public void set(RowFilter newFilter) {
		put(newFilter == null ? RowFilter.NONE : newFilter);
	}
}
