package org.wbsmodeler.ui.session;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.wbsmodeler.model.View;

/**
 * The view of the plan in force in one editor (null: every row). Chosen on one page, it filters every page that
 * lists rows, and each of them says so with the view's name and row count, so rows never seem to vanish.
 */
public final class ViewInForce {

	private final List<Consumer<View>> listeners = new CopyOnWriteArrayList<>();
	private View view;

	/** The view in force, or null for every row. */
	public View get() {
		return view;
	}

	/** Puts a view in force (null clears it) and tells every page. */
	public void set(View newView) {
		if (newView == view) {
			return;
		}
		view = newView;
		listeners.forEach(listener -> listener.accept(newView));
	}

	public void addListener(Consumer<View> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<View> listener) {
		listeners.remove(listener);
	}
}
