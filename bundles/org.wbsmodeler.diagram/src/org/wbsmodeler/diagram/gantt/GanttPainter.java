package org.wbsmodeler.diagram.gantt;

import org.wbsmodeler.diagram.columns.PlanColumn;
import java.util.List;

import org.wbsmodeler.diagram.gantt.GanttChart.Band;
import org.wbsmodeler.diagram.gantt.GanttChart.Bar;
import org.wbsmodeler.diagram.gantt.GanttChart.Link;
import org.wbsmodeler.diagram.gantt.GanttChart.Row;
import org.wbsmodeler.diagram.gantt.GanttChart.RowKind;
import org.wbsmodeler.diagram.gantt.GanttChart.Tick;
import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.render.DiagramCanvas;
import org.wbsmodeler.diagram.render.TextAnchor;

/**
 * Draws a {@link GanttChart} on any {@link DiagramCanvas}: the one drawing path of the SVG file, the PNG image, the
 * report and the editor's Gantt page.
 *
 * <p>{@link #paint(GanttChart, DiagramCanvas, double, double, double, double)} draws only what meets a clip
 * rectangle: the rows in it are found by arithmetic ({@link GanttChart#rowRange}), so a repaint of a screenful of a
 * 10,000-row chart costs a screenful. Paint order: non-working bands, grid, baseline bars, bars, links, labels,
 * status line, then the timescale and the table over everything (they are the frame the bars scroll under).
 *
 * <p>Each chart element is a canvas group whose role the SVG writes as its class: {@code gantt-row},
 * {@code gantt-bar}, {@code gantt-summary}, {@code gantt-milestone} and {@code gantt-baseline} carry the element id;
 * {@code gantt-link fs|ss|ff|sf} carries {@code predecessorId>successorId}; also {@code gantt-tier},
 * {@code gantt-nonworking}, {@code gantt-status}, {@code gantt-table}, {@code gantt-title}. Critical bars and links
 * have the {@code critical} class, manually scheduled task bars the {@code manual} class.
 */
public final class GanttPainter {

    static final double BAR_HEIGHT = 11;
    private static final double BASELINE_HEIGHT = 4;
    /** Width of a manual task bar's end caps. */
    private static final double MANUAL_CAP = 2;
    private static final double SUMMARY_HEIGHT = 5;
    private static final double SUMMARY_POINT = 5;

    private GanttPainter() {
    }

    /** The whole chart (SVG, PNG, the report). */
    public static void paint(GanttChart chart, DiagramCanvas canvas) {
        canvas.begin(chart.width(), chart.height(), GanttStyle.BACKGROUND);
        paintBody(chart, canvas, 0, 0, chart.width(), chart.height());
        paintHeader(chart, canvas, 0, chart.width());
        paintTable(chart, canvas, 0, chart.height());
        canvas.end();
    }

    /**
     * What meets the clip rectangle (diagram pixels): background, rows, bars, links, and the header and table where
     * the clip reaches them. The canvas gets {@code begin} without a background; the clip is filled instead.
     */
    public static void paint(GanttChart chart, DiagramCanvas canvas, double clipX, double clipY, double clipW, double clipH) {
        canvas.begin(chart.width(), chart.height(), null);
        canvas.rectangle(clipX, clipY, clipW, clipH, 0, GanttStyle.BACKGROUND, null, 0, false);
        paintBody(chart, canvas, clipX, clipY, clipW, clipH);
        if (clipY < chart.headerHeight()) {
            paintHeader(chart, canvas, clipX, clipW);
        }
        if (clipX < chart.tableWidth()) {
            paintTable(chart, canvas, clipY, clipH);
        }
        canvas.end();
    }

    /**
     * The rows' part of the time axis meeting the clip: bands, grid, bars, links, status line. The editor page paints
     * this under a header it keeps in place while scrolling.
     */
    public static void paintBody(GanttChart chart, DiagramCanvas canvas, double clipX, double clipY, double clipW, double clipH) {
        double left = Math.max(clipX, chart.tableWidth());
        double right = clipX + clipW;
        double top = Math.max(clipY, chart.headerHeight());
        double bottom = Math.min(clipY + clipH, chart.height());
        if (right <= left || bottom <= top) {
            return;
        }
        int[] range = chart.rowRange(top, bottom);
        canvas.beginGroup("gantt-nonworking", null, false);
        for (Band band : chart.nonWorking()) {
            if (band.x() + band.width() >= left && band.x() <= right) {
                double x1 = Math.max(band.x(), left);
                double x2 = Math.min(band.x() + band.width(), right);
                canvas.rectangle(x1, top, x2 - x1, bottom - top, 0, GanttStyle.NON_WORKING, null, 0, false);
            }
        }
        canvas.endGroup();
        for (Tick tick : chart.upperTier()) {
            if (tick.x() >= left && tick.x() <= right) {
                canvas.polyline(new double[] { tick.x(), top, tick.x(), bottom }, GanttStyle.GRID, 0.8, false, false);
            }
        }
        for (int i = range[0]; i <= range[1]; i++) {
            paintBar(chart, canvas, i, left, right);
        }
        for (Link link : chart.links()) {
            if (link.bottom() >= top - 6 && link.top() <= bottom + 6 && meetsX(link.points(), left - 10, right + 10)) {
                paintLink(chart, canvas, link);
            }
        }
        if (chart.hasStatusLine() && chart.statusX() >= left && chart.statusX() <= right) {
            canvas.beginGroup("gantt-status", null, false);
            canvas.polyline(new double[] { chart.statusX(), top, chart.statusX(), bottom }, GanttStyle.STATUS, 1.4, true, false);
            canvas.endGroup();
        }
    }

    private static void paintBar(GanttChart chart, DiagramCanvas canvas, int index, double left, double right) {
        Bar bar = chart.bar(index);
        if (bar == null) {
            return;
        }
        Row row = chart.rows().get(index);
        double top = chart.rowTop(index);
        if (bar.hasBaseline() && bar.baselineX() <= right && bar.baselineX() + bar.baselineWidth() >= left) {
            canvas.beginGroup("gantt-baseline", row.id(), false);
            double y = top + 5 + BAR_HEIGHT + 1;
            if (bar.kind() == RowKind.MILESTONE) {
                diamond(canvas, bar.baselineX(), y + 1, 3.5, GanttStyle.BASELINE, null);
            } else {
                canvas.rectangle(bar.baselineX(), y, Math.max(1, bar.baselineWidth()), BASELINE_HEIGHT, 0, GanttStyle.BASELINE, null, 0, false);
            }
            canvas.endGroup();
        }
        double reach = bar.label() == null ? 0 : bar.label().length() * GanttStyle.SMALL_FONT;
        if (bar.x() - GanttStyle.DIAMOND > right || bar.right() + GanttStyle.DIAMOND + reach < left) {
            return;
        }
        double labelX;
        switch (bar.kind()) {
            case SUMMARY -> {
                canvas.beginGroup("gantt-summary", row.id(), false);
                double y = top + 6;
                double x1 = bar.x();
                double x2 = bar.right();
                double p = Math.min(SUMMARY_POINT, (x2 - x1) / 2);
                canvas.polygon(new double[] { x1, y, x2, y, x2, y + SUMMARY_HEIGHT + 4, x2 - p, y + SUMMARY_HEIGHT,
                        x1 + p, y + SUMMARY_HEIGHT, x1, y + SUMMARY_HEIGHT + 4 }, GanttStyle.SUMMARY, null, 0);
                labelX = x2 + 6;
            }
            case MILESTONE -> {
                canvas.beginGroup("gantt-milestone", row.id(), bar.critical());
                diamond(canvas, bar.x(), top + GanttStyle.ROW_HEIGHT / 2, GanttStyle.DIAMOND,
                        bar.critical() ? GanttStyle.CRITICAL : GanttStyle.MILESTONE, null);
                labelX = bar.x() + GanttStyle.DIAMOND + 4;
            }
            default -> {
                canvas.beginGroup(bar.manual() ? "gantt-bar manual" : "gantt-bar", row.id(), bar.critical());
                double y = top + 5;
                Rgb fill = bar.critical() ? GanttStyle.CRITICAL : bar.manual() ? GanttStyle.MANUAL : GanttStyle.BAR;
                Rgb edge = bar.critical() ? GanttStyle.CRITICAL_EDGE : bar.manual() ? GanttStyle.MANUAL_EDGE : GanttStyle.BAR_EDGE;
                canvas.rectangle(bar.x(), y, bar.width(), BAR_HEIGHT, 1.5, fill, edge, 0.8, false);
                if (bar.manual()) {
                    // MS Project's manual task: end caps that say "put here by hand"
                    canvas.rectangle(bar.x(), y - 1, MANUAL_CAP, BAR_HEIGHT + 2, 0, GanttStyle.MANUAL_EDGE, null, 0, false);
                    canvas.rectangle(bar.right() - MANUAL_CAP, y - 1, MANUAL_CAP, BAR_HEIGHT + 2, 0, GanttStyle.MANUAL_EDGE, null, 0, false);
                }
                if (bar.progressWidth() > 0) {
                    canvas.rectangle(bar.x(), y + 3.5, bar.progressWidth(), BAR_HEIGHT - 7, 0,
                            bar.critical() ? GanttStyle.CRITICAL_PROGRESS : GanttStyle.PROGRESS, null, 0, false);
                }
                labelX = bar.right() + 5;
            }
        }
        if (bar.label() != null) {
            canvas.text(bar.label(), labelX, baseline(top, GanttStyle.SMALL_FONT), TextAnchor.START, GanttStyle.SMALL_FONT,
                    false, GanttStyle.MUTED_TEXT);
        }
        canvas.endGroup();
    }

    private static void paintLink(GanttChart chart, DiagramCanvas canvas, Link link) {
        String id = chart.rows().get(link.from()).id() + ">" + chart.rows().get(link.to()).id();
        canvas.beginGroup("gantt-link " + link.type().getLiteral().toLowerCase(java.util.Locale.ROOT), id, link.critical());
        canvas.polyline(link.points(), link.critical() ? GanttStyle.CRITICAL : GanttStyle.LINK, link.critical() ? 1.4 : 1.0,
                false, true);
        canvas.endGroup();
    }

    /** The two timescale tiers (and the table's column titles) across the clip's x range, at the chart's top. */
    public static void paintHeader(GanttChart chart, DiagramCanvas canvas, double clipX, double clipW) {
        double left = Math.max(clipX, 0);
        double right = Math.min(clipX + clipW, chart.width());
        double tierTop = chart.titleHeight();
        double t = GanttStyle.TIER_HEIGHT;
        canvas.rectangle(left, 0, right - left, chart.headerHeight(), 0, GanttStyle.BACKGROUND, null, 0, false);
        if (chart.title() != null) {
            canvas.beginGroup("gantt-title", null, false);
            canvas.text(chart.title(), 6, baseline(0, GanttStyle.TITLE_FONT, GanttStyle.TITLE_HEIGHT), TextAnchor.START,
                    GanttStyle.TITLE_FONT, true, GanttStyle.TEXT);
            canvas.endGroup();
        }
        double axisLeft = Math.max(left, chart.tableWidth());
        if (right > axisLeft) {
            canvas.rectangle(axisLeft, tierTop, right - axisLeft, 2 * t, 0, GanttStyle.HEADER_FILL, null, 0, false);
            paintTier(canvas, chart.upperTier(), tierTop, axisLeft, right, true);
            paintTier(canvas, chart.lowerTier(), tierTop + t, axisLeft, right, false);
        }
        canvas.polyline(new double[] { left, chart.headerHeight(), right, chart.headerHeight() }, GanttStyle.HEADER_LINE, 1, false, false);
        if (left < chart.tableWidth()) {
            canvas.beginGroup("gantt-table", null, false);
            canvas.rectangle(0, tierTop, chart.tableWidth(), 2 * t, 0, GanttStyle.HEADER_FILL, null, 0, false);
            for (int c = 0; c < chart.columns().size(); c++) {
                PlanColumn column = chart.columns().get(c);
                canvas.text(column.title(), cellTextX(chart, c, column), baseline(tierTop, GanttStyle.SMALL_FONT, 2 * t),
                        column.numeric() ? TextAnchor.END : TextAnchor.START, GanttStyle.SMALL_FONT, true, GanttStyle.TEXT);
            }
            canvas.endGroup();
        }
    }

    private static void paintTier(DiagramCanvas canvas, List<Tick> ticks, double y, double left, double right, boolean upper) {
        canvas.beginGroup("gantt-tier", upper ? "upper" : "lower", false);
        double h = GanttStyle.TIER_HEIGHT;
        for (Tick tick : ticks) {
            if (tick.x() + tick.width() < left || tick.x() > right) {
                continue;
            }
            canvas.polyline(new double[] { tick.x(), y, tick.x(), y + h }, GanttStyle.HEADER_LINE, 0.8, false, false);
            if (tick.label() != null) {
                // a cell scrolled partly off the left keeps its label in view while the label still fits (editor page)
                double x = Math.max(tick.x(), Math.min(left, tick.x() + tick.width() - tick.label().length() * GanttStyle.SMALL_FONT * 0.65
                        - 2 * GanttStyle.CELL_PAD)) + GanttStyle.CELL_PAD;
                canvas.text(tick.label(), x, baseline(y, GanttStyle.SMALL_FONT, h), TextAnchor.START, GanttStyle.SMALL_FONT,
                        upper, GanttStyle.MUTED_TEXT);
            }
        }
        canvas.polyline(new double[] { left, y + h, right, y + h }, GanttStyle.GRID, 0.8, false, false);
        canvas.endGroup();
    }

    /** The table's rows meeting the clip's y range (exports only: the editor page has the Plan table). */
    public static void paintTable(GanttChart chart, DiagramCanvas canvas, double clipY, double clipH) {
        if (chart.columns().isEmpty()) {
            return;
        }
        double top = Math.max(clipY, chart.headerHeight());
        double bottom = Math.min(clipY + clipH, chart.height());
        if (bottom <= top) {
            return;
        }
        int[] range = chart.rowRange(top, bottom);
        canvas.rectangle(0, top, chart.tableWidth(), bottom - top, 0, GanttStyle.BACKGROUND, null, 0, false);
        for (int i = range[0]; i <= range[1]; i++) {
            Row row = chart.rows().get(i);
            double y = chart.rowTop(i);
            canvas.beginGroup("gantt-row", row.id(), row.critical());
            boolean bold = row.kind() == RowKind.SUMMARY;
            for (int c = 0; c < chart.columns().size(); c++) {
                PlanColumn column = chart.columns().get(c);
                double x = cellTextX(chart, c, column);
                if (column == PlanColumn.NAME) {
                    x += GanttStyle.INDENT * (row.level() - 1);
                }
                canvas.text(row.cells().get(c), x, baseline(y, GanttStyle.FONT), column.numeric() ? TextAnchor.END : TextAnchor.START,
                        GanttStyle.FONT, bold, row.critical() && column == PlanColumn.NAME ? GanttStyle.CRITICAL : GanttStyle.TEXT);
            }
            canvas.polyline(new double[] { 0, y + GanttStyle.ROW_HEIGHT, chart.tableWidth(), y + GanttStyle.ROW_HEIGHT }, GanttStyle.GRID, 0.6,
                    false, false);
            canvas.endGroup();
        }
        for (int c = 1; c < chart.columns().size(); c++) {
            double x = chart.columnX(c);
            canvas.polyline(new double[] { x, top, x, bottom }, GanttStyle.GRID, 0.8, false, false);
        }
        canvas.polyline(new double[] { chart.tableWidth(), top, chart.tableWidth(), bottom }, GanttStyle.HEADER_LINE, 1, false, false);
    }

    private static double cellTextX(GanttChart chart, int c, PlanColumn column) {
        double x = chart.columnX(c);
        double w = (c + 1 < chart.columns().size() ? chart.columnX(c + 1) : chart.tableWidth()) - x;
        return column.numeric() ? x + w - GanttStyle.CELL_PAD : x + GanttStyle.CELL_PAD;
    }

    private static void diamond(DiagramCanvas canvas, double cx, double cy, double r, Rgb fill, Rgb stroke) {
        canvas.polygon(new double[] { cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy }, fill, stroke, stroke == null ? 0 : 1);
    }

    private static boolean meetsX(double[] xy, double left, double right) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < xy.length; i += 2) {
            min = Math.min(min, xy[i]);
            max = Math.max(max, xy[i]);
        }
        return max >= left && min <= right;
    }

    /** The baseline that centres text of a size vertically in a row. */
    private static double baseline(double top, double fontSize) {
        return baseline(top, fontSize, GanttStyle.ROW_HEIGHT);
    }

    private static double baseline(double top, double fontSize, double band) {
        return top + band / 2 + fontSize * 0.35;
    }
}
