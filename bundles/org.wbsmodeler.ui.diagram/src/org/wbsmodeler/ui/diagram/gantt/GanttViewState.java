package org.wbsmodeler.ui.diagram.gantt;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.RowFilter;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.ui.session.Criticality;

/**
 * What the Gantt page shows of the plan, apart from the plan itself: the view (rows, columns, timescale), the time
 * scale and zoom, the baseline drawn under the bars. A view setting, never an edit: nothing here is a command or
 * makes the editor dirty. It makes the chart's options for the screen and for an export alike.
 */
final class GanttViewState {

	/** The view selector's first entry: no view, every row. */
	static final String ALL_TASKS = "All tasks";

	private final Project project;
	private View view;
	/** The summaries whose rows are hidden (MS Project's outline symbols), as identity. */
	private final Set<WbsElement> collapsed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
	/** The filter bar's criteria in force (on top of the view). */
	private RowFilter filter = RowFilter.NONE;
	private Timescale timescale = Timescale.WEEK;
	private double zoomFactor = 1;
	/** The baseline drawn under the bars, -1 for none. */
	private int baseline = -1;
	/** What the last screen chart counted: the view's rows and those the filter kept of them (collapse aside). */
	private int viewRows;
	private int filterRows;

	GanttViewState(Project project) {
		this.project = project;
	}

	View view() {
		return view;
	}

	/** A view's rows, columns and timescale (null: every row, the default columns, weeks), at 100% zoom. */
	void setView(View newView) {
		view = newView;
		timescale = newView == null ? Timescale.WEEK : GanttViews.timescale(newView);
		zoomFactor = 1;
	}

	void setFilter(RowFilter newFilter) {
		filter = newFilter;
	}

	boolean isCollapsed(WbsElement summary) {
		return collapsed.contains(summary);
	}

	/** Hides a summary's rows, or shows them again. */
	void toggle(WbsElement summary) {
		if (!collapsed.remove(summary)) {
			collapsed.add(summary);
		}
	}

	/** Expands every summary above a row; tells whether one was collapsed. */
	boolean expandAbove(WbsElement row) {
		boolean changed = false;
		for (var c = row.eContainer(); c instanceof WbsElement summary; c = summary.eContainer()) {
			changed |= collapsed.remove(summary);
		}
		return changed;
	}

	private boolean hiddenByCollapse(WbsElement row) {
		for (var c = row.eContainer(); c instanceof WbsElement summary; c = summary.eContainer()) {
			if (collapsed.contains(summary)) {
				return true;
			}
		}
		return false;
	}

	/** The rows the view and the filter keep, in outline order, or null for every row. */
	List<WbsElement> filteredRows(OutlineIndex outline, Predicate<WbsElement> critical, Function<WbsElement, LocalDateTime> finish) {
		Set<WbsElement> kept = view == null ? null : ViewFilter.apply(project, outline, view, critical).keptSet();
		viewRows = kept == null ? outline.size() : kept.size();
		if (!filter.isEmpty()) {
			kept = filter.keep(outline, kept, RowFilter.Facts.of(project, critical, finish));
		}
		filterRows = kept == null ? outline.size() : kept.size();
		if (kept == null) {
			return null;
		}
		Set<WbsElement> shown = kept;
		return outline.elements().stream().filter(shown::contains).toList();
	}

	Timescale timescale() {
		return timescale;
	}

	void setTimescale(Timescale scale) {
		timescale = scale;
		zoomFactor = 1;
	}

	/** Zooms the time axis by a factor, within 10% and 1000% of the timescale's own scale. */
	void zoom(double factor) {
		zoomFactor = Math.max(0.1, Math.min(10, zoomFactor * factor));
	}

	int baseline() {
		return baseline;
	}

	void setBaseline(int index) {
		baseline = index;
	}

	/** The chosen baseline while the model still has it (a baseline can go by undo). */
	int shownBaseline() {
		return baseline >= 0 && baseline < project.getBaselines().size() ? baseline : -1;
	}

	private double pixelsPerDay() {
		return timescale.defaultPixelsPerDay() * zoomFactor;
	}

	/** The page's chart: the view's rows, no table of its own (the page's table stands beside it). */
	GanttOptions screenOptions(OutlineIndex outline, Predicate<WbsElement> critical, Function<WbsElement, LocalDateTime> finish) {
		GanttOptions options = new GanttOptions().columns(List.of()).timescale(timescale).pixelsPerDay(pixelsPerDay()).baseline(shownBaseline());
		List<WbsElement> rows = filteredRows(outline, critical, finish);
		if (!collapsed.isEmpty()) {
			rows = (rows == null ? outline.elements() : rows).stream().filter(e -> !hiddenByCollapse(e)).toList();
		}
		if (rows != null) {
			options.rows(rows);
		}
		return options;
	}

	/**
	 * The exported chart, as {@code ./wbs render --diagram gantt [--view]} draws it: the view's columns and title, and
	 * after a risk run its Criticality column, as the page's table has it.
	 */
	GanttOptions exportOptions(Predicate<WbsElement> critical, Criticality criticality) {
		GanttOptions options;
		if (view != null) {
			options = GanttViews.options(project, view, ViewFilter.apply(project, OutlineIndex.of(project), view, critical)).pixelsPerDay(pixelsPerDay());
		} else {
			options = new GanttOptions().timescale(timescale).pixelsPerDay(pixelsPerDay()).title(project.getName());
		}
		options.baseline(shownBaseline());
		return criticality.isEmpty() ? options : options.withCriticality(criticality::of);
	}

	/**
	 * "IT team lead: 23 of 120 rows", or "All tasks: 120 rows": what the view keeps, as the Plan's banner says it. The
	 * filter bar's own line counts what the filter keeps, and collapsed summaries hide rows without taking them out.
	 */
	String caption() {
		int all = OutlineIndex.of(project).size();
		return view == null ? ALL_TASKS + ": " + viewRows + " rows" : view.getName() + ": " + viewRows + " of " + all + " rows";
	}

	/** How many rows the view and the filter keep (the filter bar's "Filtered: 12 of 88 rows"). */
	int filteredCount() {
		return filterRows;
	}
}
