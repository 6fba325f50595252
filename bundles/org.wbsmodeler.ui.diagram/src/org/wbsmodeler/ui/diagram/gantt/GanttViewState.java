package org.wbsmodeler.ui.diagram.gantt;

import java.util.List;
import java.util.function.Predicate;

import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;

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
	private Timescale timescale = Timescale.WEEK;
	private double zoomFactor = 1;
	/** The baseline drawn under the bars, -1 for none. */
	private int baseline = -1;

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
	GanttOptions screenOptions(OutlineIndex outline, Predicate<WbsElement> critical) {
		GanttOptions options = new GanttOptions().columns(List.of()).timescale(timescale).pixelsPerDay(pixelsPerDay()).baseline(shownBaseline());
		if (view != null) {
			options.rows(ViewFilter.apply(project, outline, view, critical).kept());
		}
		return options;
	}

	/** The exported chart, as {@code ./wbs render --diagram gantt [--view]} draws it: the view's columns and title. */
	GanttOptions exportOptions(Predicate<WbsElement> critical) {
		GanttOptions options;
		if (view != null) {
			options = GanttViews.options(project, view, ViewFilter.apply(project, OutlineIndex.of(project), view, critical)).pixelsPerDay(pixelsPerDay());
		} else {
			options = new GanttOptions().timescale(timescale).pixelsPerDay(pixelsPerDay()).title(project.getName());
		}
		return options.baseline(shownBaseline());
	}

	/** "IT team lead: 23 of 120 rows", or "All tasks: 120 rows". */
	String caption(int rows) {
		int all = OutlineIndex.of(project).size();
		return view == null ? ALL_TASKS + ": " + rows + " rows" : view.getName() + ": " + rows + " of " + all + " rows";
	}
}
