package org.wbsmodeler.ui.diagram.gantt;

import org.wbsmodeler.ui.rows.CellTooltips;
import org.wbsmodeler.ui.rows.FrozenColumns;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.print.Drawing;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.diagram.gantt.GanttViews;
import org.wbsmodeler.diagram.gantt.Timescale;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.ui.diagram.swt.Measurers;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;
import org.wbsmodeler.ui.rows.FilterBar;
import org.wbsmodeler.ui.rows.FindBar;
import org.wbsmodeler.editing.live.LiveSchedule;

/**
 * The Gantt page of the model editor: the Plan table on the left ({@link PlanRows}), the chart on the right
 * ({@link ChartView}, drawn by the same painter as {@code ./wbs render --diagram gantt}), row for row, scrolling
 * and selection as one. The dates are the editor's live schedule: after every command, undo and redo the chart is
 * built again from it ({@link GanttBuilder} is linear: tens of milliseconds for 10,000 rows). Edits on the chart
 * ({@link ChartGestures}) are commands on the editor's stack ({@link GanttEdits}). A view of the model (the
 * toolbar's selector) filters the rows and chooses the table's columns and the timescale.
 */
public final class GanttPage implements ModelPage {

	/** The view selector's first entry: no view, every row. */
	public static final String ALL_TASKS = GanttViewState.ALL_TASKS;
	private static final double ZOOM_STEP = 1.5;

	private final PlanSession context;
	private final Project project;
	private final GanttEdits edits;
	private RowSelection selection;
	private final CommandStackListener stackListener = event -> {
		// an edit makes what a shown tooltip says stale
		if (this.gestures != null && this.gestures.tooltip() != null) {
			this.gestures.tooltip().hide();
		}
		scheduleRefresh();
	};
	private ChartGestures gestures;
	private Composite control;
	private GanttToolbar toolbar;
	private GanttBars bars;
	private PlanRows rows;
	private ChartView chartView;
	private final GanttViewState state;
	private boolean stale = true;
	private boolean refreshPending;
	private TableBeside beside;
	private FrozenColumns frozen;

	public GanttPage(PlanSession context) {
		this.context = context;
		this.project = context.project();
		this.edits = new GanttEdits(context);
		this.state = new GanttViewState(project);
	}

	@Override
	public String title() {
		return "Gantt";
	}

	@Override
	public Control createControl(Composite parent) {
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		control.setLayout(layout);
		toolbar = new GanttToolbar(control, this);
		// a filter set here or on the Plan shows here too
		bars = new GanttBars(control, this, context, filter -> {
			state.setFilter(filter);
			scheduleRefresh();
		});
		SashForm sash = new SashForm(control, SWT.HORIZONTAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite left = new Composite(sash, SWT.NONE);
		GridLayout leftLayout = new GridLayout(1, false);
		leftLayout.marginWidth = leftLayout.marginHeight = 0;
		leftLayout.verticalSpacing = 0;
		left.setLayout(leftLayout);
		// lowers the table's header to the chart's two timescale tiers, so that row i stands beside row i
		Composite spacer = new Composite(left, SWT.NONE);
		spacer.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		((GridData) spacer.getLayoutData()).heightHint = 0;
		rows = new PlanRows(left);
		rows.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		beside = new TableBeside(sash, spacer, rows);
		chartView = new ChartView(sash, beside::rowZeroOnCanvas);
		beside.setChart(chartView);
		sash.setWeights(2, 3);
		sash.addListener(SWT.Resize, e -> beside.fitTable());
		gestures = new ChartGestures(this, chartView);
		gestures.install();
		new ChartKeys(this, chartView).install();
		Table table = rows.table();
		bars.find().hookKeys(table);
		new SummaryToggles(this, rows, state::isCollapsed).install();
		frozen = FrozenColumns.install(rows.table());
		CellTooltips.install(rows.table()); // a cut cell's whole text
		selection = new RowSelection(rows, chartView, beside::followTable, this::reveal);
		// the table scrolls by keys, wheel, bar, showSelection: whenever its rows moved, the chart follows
		table.addListener(SWT.Paint, e -> beside.followTable());
		table.getVerticalBar().addListener(SWT.Selection, e -> beside.followTable());
		context.domain().getCommandStack().addCommandStackListener(stackListener);
		control.addListener(SWT.Show, e -> shown());
		control.addListener(SWT.Hide, e -> hidden());
		control.addDisposeListener(e -> context.domain().getCommandStack().removeCommandStackListener(stackListener));
		// a view put in force or cleared on another page shows here too
		java.util.function.Consumer<View> viewListener = newView -> {
			if (newView != state.view() && !control.isDisposed()) {
				applyView(newView);
			}
		};
		context.view().addListener(viewListener);
		control.addDisposeListener(e -> context.view().removeListener(viewListener));
		// a risk run ended: without a view the table gains its Criticality column, and the cells are asked again
		Runnable criticalityListener = () -> {
			if (!table.isDisposed()) {
				if (state.view() == null) {
					rows.setColumns(PlanRows.defaultColumns(true));
				}
				table.clearAll();
				scheduleRefresh();
			}
		};
		context.criticality().addListener(criticalityListener);
		if (!context.criticality().isEmpty()) {
			// the page opened after a run
			criticalityListener.run();
		}
		control.addDisposeListener(e -> context.criticality().removeListener(criticalityListener));
		return control;
	}

	// -----------------------------------------------------------------------------------------------------------------
	// Schedule and chart

	/** The session's live schedule: one schedule for all pages of the editor. */
	private LiveSchedule schedule() {
		return context.schedule();
	}

	/** The element's figures from the live schedule, or null. */
	public Totals totals(WbsElement element) {
		return schedule().totals(element);
	}

	private void shown() {
		if (stale || chartView.chart() == null) {
			refreshNow();
		}
		List<?> selected = context.selection().current();
		if (!selected.isEmpty()) {
			reveal(selected);
		}
	}

	private void hidden() {
		context.selection().keepInPlan(selection.current());
	}

	private void scheduleRefresh() {
		stale = true;
		if (refreshPending || control == null || control.isDisposed()) {
			return;
		}
		refreshPending = true;
		control.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (stale && !control.isDisposed() && control.isVisible()) {
				refreshNow();
			}
		});
	}

	/** Builds the chart from the live schedule now and shows it, keeping the selection and the time on screen. */
	public void refreshNow() {
		stale = false;
		LiveSchedule live = schedule();
		if (!rows.hasLabels()) {
			rows.setTotals(live::totals, context.criticality()::of);
		}
		live.update();
		List<Object> selected = selection.current();
		GanttChart old = chartView.chart();
		LocalDateTime leftDate = old == null ? null : old.dateAt(chartView.diagramX(0));
		GanttChart chart = build();
		if (rows.setChart(chart)) {
			beside.fitTable();
		}
		showCaption();
		chartView.setChart(chart, rows.table().getItemHeight());
		if (leftDate != null) {
			chartView.scrollTo(chart.xOf(leftDate), 0);
		}
		toolbar.update(project, state.view(), state.timescale(), state.shownBaseline());
		beside.alignHeaders();
		selection.select(selected, false);
	}

	private GanttChart build() {
		OutlineIndex outline = OutlineIndex.of(project);
		GanttOptions options = state.screenOptions(outline, this::critical, this::finish);
		return new GanttBuilder(Measurers.of(control.getDisplay())).build(project, outline, schedule()::totals, options);
	}

	private boolean critical(WbsElement element) {
		Totals t = schedule().totals(element);
		return t != null && t.critical();
	}

	private LocalDateTime finish(WbsElement element) {
		Totals t = schedule().totals(element);
		return t == null ? null : t.finish();
	}

	/** "IT team lead: 23 of 120 rows" in the toolbar, or "All tasks: 120 rows". */
	private void showCaption() {
		View view = state.view();
		toolbar.caption(state.caption(), view == null ? null : view.getDescription());
		bars.filter().showCount(state.filteredCount(), OutlineIndex.of(project).size());
	}

	// -----------------------------------------------------------------------------------------------------------------
	// Views, timescale, zoom

	/** Applies a view of the model (null: every row, the default columns, weeks). */
	public void applyView(View newView) {
		state.setView(newView);
		// every page that lists rows shows the same ones, so the tables agree whichever page is in front
		context.view().set(newView);
		// the columns are fitted, and the table's width follows, when the view's chart comes (refreshNow)
		rows.setColumns(newView == null ? PlanRows.defaultColumns(!context.criticality().isEmpty()) : PlanRows.columnsOf(GanttViews.columns(newView)));
		chartView.scrollTo(0, 0);
		refreshNow();
		if (chartView.chart() != null && chartView.chart().rowCount() > 0) {
			chartView.scrollTo(chartView.firstBarX(), 20);
		}
	}

	/** Applies the model's view of that name, or every row for {@link #ALL_TASKS}; false when there is none. */
	public boolean applyView(String name) {
		View found = ALL_TASKS.equals(name) ? null : ViewFilter.find(project, name);
		if (found == null && !ALL_TASKS.equals(name)) {
			return false;
		}
		applyView(found);
		return true;
	}

	public View view() {
		return state.view();
	}

	/** The line above the table: the view and how many rows it keeps. */
	public String caption() {
		return toolbar.caption();
	}

	/** The index of the baseline drawn under the bars (among the project's), or -1 for none. */
	public int baseline() {
		return state.baseline();
	}

	/** Draws the bars of the project's baseline at that index under the current ones; -1 draws none. */
	public void setBaseline(int index) {
		state.setBaseline(index);
		refreshNow();
	}

	public Timescale timescale() {
		return state.timescale();
	}

	public void setTimescale(Timescale scale) {
		state.setTimescale(scale);
		// the day at the left edge stays there
		zoomAround(0, () -> {
		});
	}

	/** Zooms the time axis in (factor above 1) or out around a canvas x. */
	public void zoom(double factor, int aroundX) {
		zoomAround(aroundX, () -> state.zoom(factor));
	}

	/** Zooms in (true) or out by one step around the middle of the chart. */
	public void zoomStep(boolean in) {
		zoom(in ? ZOOM_STEP : 1 / ZOOM_STEP, chartView.control().getClientArea().width / 2);
	}

	private void zoomAround(int x, Runnable change) {
		GanttChart old = chartView.chart();
		LocalDateTime date = old == null ? null : old.dateAt(chartView.diagramX(x));
		change.run();
		refreshNow();
		if (date != null) {
			chartView.scrollTo(chartView.chart().xOf(date), x);
		}
	}

	/** Pixels per calendar day now. */
	public double pixelsPerDay() {
		return chartView.chart() == null ? 0 : chartView.chart().pixelsPerDay();
	}

	// -----------------------------------------------------------------------------------------------------------------
	// Selection

	/** The table's selection, which the chart's clicks and keys move. */
	RowSelection rowSelection() {
		return selection;
	}

	/** Collapses or expands a summary's rows in the table and the chart (a view setting, not an edit). */
	void toggle(WbsElement summary) {
		state.toggle(summary);
		refreshNow();
	}

	/** The rows Find walks: the view's and the filter's, collapsed ones too. */
	List<WbsElement> findableRows() {
		OutlineIndex outline = OutlineIndex.of(project);
		List<WbsElement> shown = state.filteredRows(outline, this::critical, this::finish);
		return shown == null ? outline.elements() : shown;
	}

	/** Selects a row Find found, expanding the summaries above it first. */
	void showRow(WbsElement row) {
		if (state.expandAbove(row)) {
			refreshNow();
		}
		reveal(List.of(row));
	}

	@Override
	public Control focusControl() {
		return rows == null ? null : rows.table();
	}

	@Override
	public boolean find() {
		bars.find().open();
		return true;
	}

	public FindBar findBar() {
		return bars.find();
	}

	public FilterBar filterBar() {
		return bars.filter();
	}

	@Override
	public ISelectionProvider selectionProvider() {
		return selection;
	}

	@Override
	public void reveal(List<?> modelObjects) {
		if (control == null || control.isDisposed()) {
			return;
		}
		if (stale && control.isVisible()) {
			refreshNow();
		}
		if (modelObjects.equals(selection.current())) {
			rows.table().showSelection();
			beside.followTable();
			return;
		}
		selection.select(modelObjects, true);
	}

	@Override
	public boolean shows(Object modelObject) {
		return chartView != null && chartView.chart() != null && modelObject instanceof WbsElement e && chartView.chart().rowOf(e) != null;
	}

	// -----------------------------------------------------------------------------------------------------------------
	// What the gestures, the toolbar, tests and the benchmark use

	/** The bars' tooltip. */
	public org.wbsmodeler.ui.diagram.viewer.LiveTooltip barTooltip() {
		return gestures.tooltip();
	}

	/** A row's tooltip (see {@link RowTooltip}). */
	String tooltip(WbsElement element) {
		return RowTooltip.text(element, totals(element));
	}

	public GanttEdits edits() {
		return edits;
	}

	void status(String message) {
		context.status().accept(message);
	}

	public GanttChart chart() {
		return chartView.chart();
	}

	public Table table() {
		return rows.table();
	}

	/** Whether the WBS and Name columns are painted over the table (it is scrolled right). */
	public boolean frozenColumnsShown() {
		return frozen.shown();
	}


	public Canvas canvas() {
		return chartView.control();
	}

	public Combo viewSelector() {
		return toolbar.viewSelector();
	}

	public Combo baselineSelector() {
		return toolbar.baselineSelector();
	}

	/** How many times the chart painted. */
	public long paintCount() {
		return chartView.paintCount();
	}

	/** Where an element's bar is drawn on the canvas, or null. */
	public org.eclipse.swt.graphics.Rectangle barBounds(WbsElement element) {
		GanttChart.Row row = chartView.chart() == null ? null : chartView.chart().rowOf(element);
		return row == null ? null : chartView.barBounds(row.index());
	}

	/** The canvas y of the middle of an element's row, or -1. */
	public int rowMiddle(WbsElement element) {
		GanttChart.Row row = chartView.chart() == null ? null : chartView.chart().rowOf(element);
		return row == null ? -1 : chartView.canvasY(chartView.chart().rowTop(row.index()) + chartView.chart().rowHeight() / 2);
	}

	/** The chart's row at a canvas y, or -1 (tests compare it with the table's row at the same height). */
	public int chartRowAt(int canvasY) {
		return chartView.rowAt(canvasY);
	}

	/** Scrolls time by canvas pixels (the arrow keys' step is an eighth of the canvas). */
	public void scrollTimeBy(int pixels) {
		chartView.scrollBy(pixels);
	}

	public int scrollX() {
		return chartView.scrollX();
	}

	@Override
	public Drawing drawing() {
		return control == null || control.isDisposed() ? null
				: GanttOutput.drawing(control.getDisplay(), project, schedule()::totals, state.exportOptions(this::critical, context.criticality()));
	}

	/** Writes the chart as {@code ./wbs render --diagram gantt [--view]} does: the view's columns, the exporters' font. */
	public void export(Path target) throws IOException {
		GanttOutput.export(project, schedule()::totals, state.exportOptions(this::critical, context.criticality()), target);
	}
}
