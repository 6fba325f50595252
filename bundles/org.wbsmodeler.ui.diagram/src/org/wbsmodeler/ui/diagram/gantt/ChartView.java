package org.wbsmodeler.ui.diagram.gantt;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.IntSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttChart.Bar;
import org.wbsmodeler.diagram.gantt.GanttPainter;
import org.wbsmodeler.diagram.gantt.GanttStyle;
import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.swt.SwtCanvas;
import org.wbsmodeler.ui.diagram.swt.SwtResources;

/**
 * The chart half of the Gantt page: a canvas that draws a {@link GanttChart} with {@link GanttPainter} through an
 * {@link SwtCanvas}, only what the paint event's clip meets. Rows are as tall as the table's rows (the chart is drawn
 * at the zoom that makes its rows so), and they stand where the table's rows stand: the vertical position comes from
 * the table ({@code rowZero}, the canvas y of row 0's top), so the two scroll as one. The timescale stays at the top
 * while the rows scroll under it; time scrolls with the canvas's own horizontal bar.
 */
final class ChartView {

	private static final Rgb SELECTION = Rgb.hex("#3182ce");
	private static final Rgb CONSTRAINT = Rgb.hex("#6b46c1");

	private final Canvas canvas;
	private final SwtResources resources;
	private final IntSupplier rowZero;
	private final Set<WbsElement> selected = Collections.newSetFromMap(new IdentityHashMap<>());
	private GanttChart chart;
	private double zoom = 1;
	private int scrollX;
	private long paintCount;
	/** Drawn over the chart (a drag's feedback), in canvas pixels. */
	private java.util.function.Consumer<GC> overlay = gc -> {
	};

	ChartView(Composite parent, IntSupplier rowZero) {
		this.rowZero = rowZero;
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new SwtResources(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> updateScrollBar());
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> {
			scrollX = canvas.getHorizontalBar().getSelection();
			canvas.redraw();
		});
		canvas.addDisposeListener(e -> resources.dispose());
	}

	Canvas control() {
		return canvas;
	}

	GanttChart chart() {
		return chart;
	}

	/** How many times the canvas painted (the benchmark and tests wait for the next paint). */
	long paintCount() {
		return paintCount;
	}

	/** Shows a new chart at a zoom: {@code rowPixels} is the table's row height. */
	void setChart(GanttChart newChart, int rowPixels) {
		chart = newChart;
		zoom = rowPixels / GanttStyle.ROW_HEIGHT;
		updateScrollBar();
		canvas.redraw();
	}

	double zoom() {
		return zoom;
	}

	int scrollX() {
		return scrollX;
	}

	/** Scrolls time so that diagram x {@code x} is at canvas x {@code at}. */
	void scrollTo(double x, int at) {
		setScrollX((int) Math.round(x * zoom) - at);
	}

	void scrollBy(int pixels) {
		setScrollX(scrollX + pixels);
	}

	private void setScrollX(int value) {
		int max = chart == null ? 0 : Math.max(0, (int) Math.ceil(chart.width() * zoom) - canvas.getClientArea().width);
		int clamped = Math.max(0, Math.min(max, value));
		if (clamped != scrollX) {
			scrollX = clamped;
			canvas.getHorizontalBar().setSelection(scrollX);
			canvas.redraw();
		}
	}

	private void updateScrollBar() {
		ScrollBar bar = canvas.getHorizontalBar();
		int width = chart == null ? 0 : (int) Math.ceil(chart.width() * zoom);
		int visible = Math.max(1, canvas.getClientArea().width);
		bar.setValues(Math.min(scrollX, Math.max(0, width - visible)), 0, Math.max(width, visible), visible, Math.max(1, visible / 20),
				Math.max(1, visible * 9 / 10));
		scrollX = bar.getSelection();
	}

	void setSelected(java.util.Collection<WbsElement> elements) {
		selected.clear();
		selected.addAll(elements);
		canvas.redraw();
	}

	void setOverlay(java.util.function.Consumer<GC> newOverlay) {
		overlay = newOverlay == null ? gc -> {
		} : newOverlay;
		canvas.redraw();
	}

	// -----------------------------------------------------------------------------------------------------------------
	// Diagram pixels ↔ canvas pixels

	/** Height of the timescale band at the top, in canvas pixels. */
	int headerPixels() {
		return chart == null ? 0 : (int) Math.ceil(chart.headerHeight() * zoom);
	}

	private double originY() {
		return chart.headerHeight() * zoom - rowZero.getAsInt();
	}

	double diagramX(int x) {
		return (x + scrollX) / zoom;
	}

	double diagramY(int y) {
		return (y + originY()) / zoom;
	}

	int canvasX(double x) {
		return (int) Math.round(x * zoom - scrollX);
	}

	int canvasY(double y) {
		return (int) Math.round(y * zoom - originY());
	}

	/** The row under a canvas point, or -1 (the timescale, below the last row). */
	int rowAt(int y) {
		return chart == null || y < headerPixels() ? -1 : chart.rowAt(diagramY(y));
	}

	/** Where a row's bar is drawn, in canvas pixels (a milestone: its diamond), or null when it has none. */
	Rectangle barBounds(int row) {
		Bar bar = chart == null || row < 0 ? null : chart.bar(row);
		if (bar == null) {
			return null;
		}
		double top = chart.rowTop(row);
		if (bar.kind() == GanttChart.RowKind.MILESTONE) {
			int d = (int) Math.ceil(GanttStyle.DIAMOND * zoom);
			return new Rectangle(canvasX(bar.x()) - d, canvasY(top + GanttStyle.ROW_HEIGHT / 2) - d, 2 * d, 2 * d);
		}
		int x = canvasX(bar.x());
		int y = canvasY(top + 5);
		return new Rectangle(x, y, Math.max(1, canvasX(bar.right()) - x), (int) Math.round(11 * zoom));
	}

	// -----------------------------------------------------------------------------------------------------------------
	// Painting

	private void paint(Event e) {
		GC gc = e.gc;
		gc.setBackground(resources.color(GanttStyle.BACKGROUND));
		gc.fillRectangle(e.x, e.y, e.width, e.height);
		if (chart == null) {
			paintCount++;
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		int header = headerPixels();
		int bodyTop = Math.max(e.y, header);
		int bodyBottom = e.y + e.height;
		if (bodyBottom > bodyTop) {
			Rectangle body = new Rectangle(e.x, bodyTop, e.width, bodyBottom - bodyTop);
			gc.setClipping(body);
			double oy = originY();
			SwtCanvas canvasOnGc = new SwtCanvas(gc, resources, zoom, scrollX, oy, body);
			GanttPainter.paintBody(chart, canvasOnGc, (body.x + scrollX) / zoom, (body.y + oy) / zoom, body.width / zoom, body.height / zoom);
			int[] range = chart.rowRange((body.y + oy) / zoom, (body.y + body.height + oy) / zoom);
			paintConstraints(canvasOnGc, range);
			paintSelection(gc, range, body);
			overlay.accept(gc);
		}
		if (e.y < header) {
			Rectangle top = new Rectangle(e.x, 0, e.width, header);
			gc.setClipping(top);
			// the whole visible width, clipped by the GC: a partial repaint must not move the labels the painter keeps in view
			int visible = canvas.getClientArea().width;
			GanttPainter.paintHeader(chart, new SwtCanvas(gc, resources, zoom, scrollX, 0, new Rectangle(0, 0, visible, header)), scrollX / zoom,
					visible / zoom);
		}
		gc.setClipping((Rectangle) null);
		paintCount++;
	}

	/** A pin at the date a constraint holds a task to: a flag on a stem, as MS Project marks constrained tasks. */
	private void paintConstraints(SwtCanvas on, int[] range) {
		for (int i = range[0]; i <= range[1]; i++) {
			WbsElement element = chart.rows().get(i).element();
			if (!PlanRows.constrained(element)) {
				continue;
			}
			double x = chart.xOf(element.getConstraintDate());
			double top = chart.rowTop(i) + 2;
			on.polyline(new double[] { x, top, x, top + GanttStyle.ROW_HEIGHT - 4 }, CONSTRAINT, 1.2, false, false);
			on.polygon(new double[] { x, top, x + 7, top + 3.5, x, top + 7 }, CONSTRAINT, null, 0);
		}
	}

	/** The selected rows as a light band over the row (the table shows the same rows selected). */
	private void paintSelection(GC gc, int[] range, Rectangle body) {
		if (selected.isEmpty()) {
			return;
		}
		gc.setBackground(resources.color(SELECTION));
		for (int i = range[0]; i <= range[1]; i++) {
			if (selected.contains(chart.rows().get(i).element())) {
				int top = canvasY(chart.rowTop(i));
				int bottom = canvasY(chart.rowTop(i + 1));
				gc.setAlpha(40);
				gc.fillRectangle(body.x, top, body.width, bottom - top);
				gc.setAlpha(160);
				gc.setForeground(resources.color(SELECTION));
				gc.setLineWidth(1);
				gc.drawLine(body.x, top, body.x + body.width, top);
				gc.drawLine(body.x, bottom - 1, body.x + body.width, bottom - 1);
				gc.setAlpha(255);
			}
		}
	}

	SwtResources resources() {
		return resources;
	}

	/** The diagram x a little left of the first bar (where a new view's chart is scrolled to), or 0. */
	double firstBarX() {
		for (int i = 0; chart != null && i < chart.rowCount(); i++) {
			if (chart.bar(i) != null) {
				return chart.bar(i).x() - 10;
			}
		}
		return 0;
	}
}
