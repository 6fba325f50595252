package org.wbsmodeler.ui.diagram.risk;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.wbsmodeler.diagram.risk.DistributionChart;
import org.wbsmodeler.diagram.risk.RiskChartPainter;
import org.wbsmodeler.ui.diagram.swt.SwtCanvas;
import org.wbsmodeler.ui.diagram.swt.SwtResources;

/**
 * The finish's histogram and S-curve on screen, drawn by the painter behind {@code ./wbs render --diagram risk},
 * scaled to fit the canvas and centred; a hint until the first run.
 */
final class RiskChartCanvas {

	static final String HINT = "Run the risk analysis to see the distribution of the finish";

	private final Canvas canvas;
	private final SwtResources resources;
	private DistributionChart chart;

	RiskChartCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		resources = new SwtResources(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addDisposeListener(e -> resources.dispose());
	}

	Canvas control() {
		return canvas;
	}

	DistributionChart chart() {
		return chart;
	}

	void setChart(DistributionChart newChart) {
		chart = newChart;
		canvas.redraw();
	}

	/** The chart's scale on screen: the painter's page fitted into the canvas. */
	double zoom() {
		Rectangle area = canvas.getClientArea();
		return Math.max(0.05, Math.min(area.width / RiskChartPainter.WIDTH, area.height / RiskChartPainter.HEIGHT));
	}

	private void paint(Event event) {
		Rectangle area = canvas.getClientArea();
		event.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		event.gc.fillRectangle(area);
		if (chart == null) {
			Point extent = event.gc.textExtent(HINT);
			event.gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			event.gc.drawText(HINT, Math.max(4, (area.width - extent.x) / 2), Math.max(4, (area.height - extent.y) / 2), true);
			return;
		}
		double zoom = zoom();
		double left = (area.width - RiskChartPainter.WIDTH * zoom) / 2;
		double top = (area.height - RiskChartPainter.HEIGHT * zoom) / 2;
		RiskChartPainter.paint(chart, new SwtCanvas(event.gc, resources, zoom, -left, -top, new Rectangle(event.x, event.y, event.width, event.height)));
	}
}
