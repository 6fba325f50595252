package org.wbsmodeler.ui.session;

import org.wbsmodeler.model.View;

/**
 * The view of the plan in force in one editor (null: every row). Chosen on one page, it filters every page that
 * lists rows, and each of them says so with the view's name and row count, so rows never seem to vanish.
 */
public final class ViewInForce extends InForce<View> {

	public ViewInForce() {
		super(null);
	}

	/** The view in force, or null for every row. */
	public View get() {
		return value();
	}

	/** Puts a view in force (null clears it) and tells every page. */
	public void set(View newView) {
		put(newView);
	}
}
