package org.wbsmodeler.diagram.risk;

import java.util.Locale;

import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.render.DiagramCanvas;
import org.wbsmodeler.diagram.render.TextAnchor;

/**
 * Draws the risk charts on any {@link DiagramCanvas}, so SVG, PNG (and any later canvas) show the same picture:
 * the histogram of the finish with its S-curve on a 0–100 % scale at the right, and the tornado of drivers.
 */
public final class RiskChartPainter {

	/** The chart's page, in diagram pixels (a screen fits it to its area). */
	public static final double WIDTH = 900;
	public static final double HEIGHT = 480;
	private static final double LEFT = 60;
	private static final double RIGHT = 60;
	private static final double TOP = 50;
	private static final double BOTTOM = 110;
	private static final Rgb BAR = Rgb.hex("#7fa7d9");
	private static final Rgb CURVE = Rgb.hex("#1f4e8c");
	private static final Rgb ACCENT = Rgb.hex("#c0392b");
	private static final Rgb AXIS = Rgb.hex("#555555");
	private static final Rgb GRID = Rgb.hex("#dddddd");
	private static final double ROW = 24;

	private RiskChartPainter() {
	}

	public static void paint(DistributionChart chart, DiagramCanvas canvas) {
		canvas.begin(WIDTH, HEIGHT, Rgb.WHITE);
		canvas.text(chart.title(), WIDTH / 2, 28, TextAnchor.MIDDLE, 16, true, Rgb.BLACK);
		double plotW = WIDTH - LEFT - RIGHT;
		double plotH = HEIGHT - TOP - BOTTOM;
		double base = TOP + plotH;
		int bars = chart.counts().length;
		int max = 1;
		for (int c : chart.counts()) {
			max = Math.max(max, c);
		}
		double barW = plotW / bars;
		for (int k = 0; k <= 4; k++) {
			double y = base - plotH * k / 4;
			canvas.polyline(new double[] { LEFT, y, LEFT + plotW, y }, GRID, 1, false, false);
			canvas.text(k * 25 + " %", LEFT + plotW + 6, y + 4, TextAnchor.START, 11, false, CURVE);
			canvas.text(Integer.toString(Math.round((float) max * k / 4)), LEFT - 6, y + 4, TextAnchor.END, 11, false, AXIS);
		}
		canvas.beginGroup("histogram", null, false);
		for (int b = 0; b < bars; b++) {
			double h = plotH * chart.counts()[b] / max;
			canvas.rectangle(LEFT + b * barW + 1, base - h, Math.max(1, barW - 2), h, 0, BAR, null, 0, false);
		}
		canvas.endGroup();
		canvas.beginGroup("s-curve", null, false);
		double[] xy = new double[2 * (bars + 1)];
		xy[0] = LEFT;
		xy[1] = base;
		for (int b = 0; b < bars; b++) {
			xy[2 * b + 2] = LEFT + (b + 1) * barW;
			xy[2 * b + 3] = base - plotH * chart.cumulative()[b];
		}
		canvas.polyline(xy, CURVE, 2, false, false);
		canvas.endGroup();
		canvas.polyline(new double[] { LEFT, TOP, LEFT, base, LEFT + plotW, base }, AXIS, 1, false, false);
		int every = Math.max(1, (int) Math.ceil(bars / 8.0));
		for (int b = 0; b < bars; b += every) {
			canvas.text(chart.binLabels().get(b), LEFT + b * barW, base + 16, TextAnchor.START, 10, false, AXIS);
		}
		int row = 0;
		for (DistributionChart.Marker m : chart.markers()) {
			double x = LEFT + plotW * Math.max(0, Math.min(bars, m.position())) / bars;
			Rgb color = m.emphasis() ? ACCENT : AXIS;
			canvas.beginGroup("marker", m.label(), m.emphasis());
			canvas.polyline(new double[] { x, TOP, x, base }, color, 1.5, true, false);
			canvas.text(m.label(), x, base + 36 + 16 * row++, TextAnchor.MIDDLE, 11, true, color);
			canvas.endGroup();
		}
		canvas.end();
	}

	public static double height(TornadoChart chart) {
		return TOP + 20 + ROW * Math.max(1, chart.labels().size()) + 20;
	}

	public static void paint(TornadoChart chart, DiagramCanvas canvas) {
		double height = height(chart);
		canvas.begin(WIDTH, height, Rgb.WHITE);
		canvas.text(chart.title(), WIDTH / 2, 28, TextAnchor.MIDDLE, 16, true, Rgb.BLACK);
		double labelW = 320;
		double plotW = WIDTH - labelW - RIGHT - 20;
		double max = 1e-9;
		for (double v : chart.values()) {
			max = Math.max(max, Math.abs(v));
		}
		boolean negatives = false;
		for (double v : chart.values()) {
			negatives |= v < 0;
		}
		double zero = labelW + (negatives ? plotW / 2 : 0);
		double scale = (negatives ? plotW / 2 : plotW) / max;
		double top = TOP + 10;
		canvas.polyline(new double[] { zero, top - 4, zero, top + ROW * chart.labels().size() }, AXIS, 1, false, false);
		for (int i = 0; i < chart.labels().size(); i++) {
			double y = top + i * ROW;
			double v = chart.values()[i];
			double w = Math.abs(v) * scale;
			canvas.beginGroup("driver", chart.labels().get(i), false);
			canvas.text(chart.labels().get(i), labelW - 8, y + ROW * 0.65, TextAnchor.END, 11, false, Rgb.BLACK);
			canvas.rectangle(v < 0 ? zero - w : zero, y + 3, Math.max(1, w), ROW - 6, 0, v < 0 ? CURVE : ACCENT, null, 0, false);
			canvas.text(String.format(Locale.ROOT, "%+.1f %s", v, chart.unit()), v < 0 ? zero - w - 4 : zero + w + 4, y + ROW * 0.65,
					v < 0 ? TextAnchor.END : TextAnchor.START, 10, false, AXIS);
			canvas.endGroup();
		}
		canvas.end();
	}
}
