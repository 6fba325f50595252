package org.wbsmodeler.ui.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.wbsmodeler.model.view.RowFilter;

/**
 * The filter bar's criteria in force in one editor ({@link RowFilter#NONE}: every row). Set on the Plan or the Gantt
 * page, it filters both (on top of the view in force), and each filter bar shows it with its row count.
 */
public final class FilterInForce {

	private final List<Consumer<RowFilter>> listeners = new CopyOnWriteArrayList<>();
	private RowFilter filter = RowFilter.NONE;

	public RowFilter get() {
		return filter;
	}

	/** Puts a filter in force (null clears it) and tells every page. */
	public void set(RowFilter newFilter) {
		RowFilter value = newFilter == null ? RowFilter.NONE : newFilter;
		if (Objects.equals(value, filter)) {
			return;
		}
		filter = value;
		listeners.forEach(listener -> listener.accept(value));
	}

	public void addListener(Consumer<RowFilter> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<RowFilter> listener) {
		listeners.remove(listener);
	}
}
