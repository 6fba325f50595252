package org.wbsmodeler.ui.diagram.gantt;

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
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttPainter;
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
	private Composite spacer;
	private PlanRows rows;
	private ChartView chartView;
	private final GanttViewState state;
	private boolean stale = true;
	private boolean refreshPending;
	private int lastRowZero = Integer.MIN_VALUE;
	private SashForm sash;

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
		SashForm sash = new SashForm(control, SWT.HORIZONTAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite left = new Composite(sash, SWT.NONE);
		GridLayout leftLayout = new GridLayout(1, false);
		leftLayout.marginWidth = leftLayout.marginHeight = 0;
		leftLayout.verticalSpacing = 0;
		left.setLayout(leftLayout);
		// lowers the table's header to the chart's two timescale tiers, so that row i stands beside row i
		spacer = new Composite(left, SWT.NONE);
		spacer.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		((GridData) spacer.getLayoutData()).heightHint = 0;
		rows = new PlanRows(left);
		rows.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chartView = new ChartView(sash, this::rowZeroOnCanvas);
		sash.setWeights(2, 3);
		this.sash = sash;
		sash.addListener(SWT.Resize, e -> fitTable());
		gestures = new ChartGestures(this, chartView);
		gestures.install();
		new ChartKeys(this, chartView).install();
		Table table = rows.table();
		selection = new RowSelection(rows, chartView, this::followTable, this::reveal);
		// the table scrolls by keys, wheel, bar, showSelection: whenever its rows moved, the chart follows
		table.addListener(SWT.Paint, e -> followTable());
		table.getVerticalBar().addListener(SWT.Selection, e -> followTable());
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
			fitTable();
		}
		showCaption(chart);
		chartView.setChart(chart, rows.table().getItemHeight());
		if (leftDate != null) {
			chartView.scrollTo(chart.xOf(leftDate), 0);
		}
		toolbar.update(project, state.view(), state.timescale(), state.shownBaseline());
		alignHeaders();
		selection.select(selected, false);
	}

	private GanttChart build() {
		OutlineIndex outline = OutlineIndex.of(project);
		GanttOptions options = state.screenOptions(outline, this::critical);
		return new GanttBuilder(Measurers.of(control.getDisplay())).build(project, outline, schedule()::totals, options);
	}

	private boolean critical(WbsElement element) {
		Totals t = schedule().totals(element);
		return t != null && t.critical();
	}

	/** The table as wide as its columns, within 25%–60% of the page. */
	private void fitTable() {
		int width = sash.getClientArea().width;
		if (width <= 0) {
			return;
		}
		int wanted = rows.columnsWidth() + rows.table().getVerticalBar().getSize().x + 6;
		int left = Math.max(width / 4, Math.min(width * 3 / 5, wanted));
		sash.setWeights(left, Math.max(1, width - left));
	}

	/** "IT team lead: 23 of 120 rows" in the toolbar, or "All tasks: 120 rows". */
	private void showCaption(GanttChart chart) {
		View view = state.view();
		toolbar.caption(state.caption(chart.rowCount()), view == null ? null : view.getDescription());
	}

	/** The table's header is lowered to the bottom of the chart's timescale. */
	private void alignHeaders() {
		int header = rows.table().getHeaderHeight();
		if (header <= 0) {
			return;
		}
		int wanted = Math.max(0, chartView.headerPixels() - header);
		GridData data = (GridData) spacer.getLayoutData();
		if (data.heightHint != wanted) {
			data.heightHint = wanted;
			spacer.getParent().layout(true);
		}
	}

	/** The canvas y of row 0's top: where the table has it. */
	private int rowZeroOnCanvas() {
		Table table = rows.table();
		int y = rows.rowZeroY();
		if (y == -1) {
			return chartView.headerPixels();
		}
		Point onDisplay = table.toDisplay(0, y);
		return chartView.control().toControl(onDisplay).y;
	}

	private void followTable() {
		alignHeaders();
		int now = rowZeroOnCanvas();
		if (now != lastRowZero) {
			lastRowZero = now;
			chartView.control().redraw();
		}
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
			chartView.scrollTo(firstBarX(), 20);
		}
	}

	/** Applies the model's view of that name, or every row for {@link #ALL_TASKS}; false when there is none. */
	public boolean applyView(String name) {
		if (ALL_TASKS.equals(name)) {
			applyView((View) null);
			return true;
		}
		View found = ViewFilter.find(project, name);
		if (found == null) {
			return false;
		}
		applyView(found);
		return true;
	}

	private double firstBarX() {
		GanttChart chart = chartView.chart();
		for (int i = 0; i < chart.rowCount(); i++) {
			if (chart.bar(i) != null) {
				return chart.bar(i).x() - 10;
			}
		}
		return 0;
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

	public void zoomIn() {
		zoom(ZOOM_STEP, chartView.control().getClientArea().width / 2);
	}

	public void zoomOut() {
		zoom(1 / ZOOM_STEP, chartView.control().getClientArea().width / 2);
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

	/** A click on a chart row: select it in the table too (Ctrl toggles it in the selection). */
	void selectRowFromChart(int row, boolean toggle) {
		selection.selectFromChart(row, toggle);
	}

	/** Moves the selection to another row (keys on the chart), showing it. */
	void selectRow(int row) {
		selection.selectRow(row);
	}

	/** The first selected row, or -1. */
	int selectedRow() {
		return selection.selectedRow();
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
			followTable();
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
		if (control == null || control.isDisposed()) {
			return null;
		}
		GanttChart chart = new GanttBuilder(Measurers.of(control.getDisplay())).build(project, OutlineIndex.of(project), schedule()::totals,
				state.exportOptions(this::critical));
		return new Drawing(project.getName(), chart.width(), chart.height(), canvas -> GanttPainter.paint(chart, canvas));
	}

	/** Writes the chart as {@code ./wbs render --diagram gantt [--view]} does: the view's columns, the exporters' font. */
	public void export(Path target) throws IOException {
		GanttOptions options = state.exportOptions(this::critical);
		GanttExporter.export(new GanttBuilder().build(project, OutlineIndex.of(project), schedule()::totals, options), target);
	}
}
