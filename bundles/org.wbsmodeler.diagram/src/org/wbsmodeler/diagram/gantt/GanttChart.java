package org.wbsmodeler.diagram.gantt;

import org.wbsmodeler.diagram.columns.PlanColumn;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;

/**
 * A laid-out Gantt chart: pure geometry in diagram pixels (y downwards), built by {@link GanttBuilder} and drawn by
 * {@link GanttPainter} on any canvas. Nothing here refers to a toolkit, so the editor page hit-tests and drags on
 * the same numbers the SVG is written from.
 *
 * <p>Layout, top to bottom: an optional title band, the two timescale tiers ({@link #headerHeight()} in all), then
 * one row of {@link #rowHeight()} per element in outline order. Left to right: the table of
 * {@link GanttOptions#columns() columns} ({@link #tableWidth()}, 0 without columns), then the time axis, which is
 * uniform wall-clock time (every calendar day is {@link #pixelsPerDay()} wide, as on a printed chart; plans have no
 * time zone, so no day is 23 or 25 hours).
 */
public final class GanttChart {

    /** What a row's bar looks like. */
    public enum RowKind {
        /** A phase, deliverable or work package with children: a bracket over their span. */
        SUMMARY,
        /** An activity (or a childless summary): a bar. */
        TASK,
        /** A milestone (or a task of no duration): a diamond at its date. */
        MILESTONE
    }

    /**
     * One row. {@code cells} are the texts of the table columns in {@link #columns()} order; {@code id} is the
     * element's id in its file (or its code when it has none).
     */
    public record Row(int index, WbsElement element, String id, String code, String name, int level, RowKind kind,
            double y, boolean critical, List<String> cells) {
    }

    /**
     * The bar of a scheduled row. For a milestone {@code x} is the diamond's centre and {@code width} 0.
     * {@code progressWidth} is the done part from {@code x}; {@code baselineX}/{@code baselineWidth} the bar of the
     * chosen baseline under it ({@code NaN} when there is none for the element); {@code label} the text right of
     * the bar (the people on it), or {@code null}; {@code manual} for a manually scheduled task (MS Project draws it
     * apart: it stays where the user put it, whatever its links say).
     */
    public record Bar(int row, RowKind kind, double x, double width, double progressWidth, boolean critical,
            double baselineX, double baselineWidth, String label, boolean manual) {

        public double right() {
            return x + width;
        }

        public boolean hasBaseline() {
            return !Double.isNaN(baselineX);
        }
    }

    /**
     * A dependency arrow from row {@code from} (predecessor) to row {@code to}: {@code points} is the polyline
     * (x0, y0, x1, y1, ...) from the predecessor's end the type names (finish for FS and FF, start for SS and SF)
     * to the successor's (start for FS and SS, finish for FF and SF), arrow head at the last point. {@code top} and
     * {@code bottom} bound it vertically, for clipping. {@code lagDays} in working days, as stored.
     */
    public record Link(int from, int to, DependencyType type, double lagDays, double[] points, boolean critical,
            double top, double bottom) {
    }

    /** One cell of a timescale tier: {@code [x, x + width)}, labelled. */
    public record Tick(double x, double width, String label) {
    }

    /** A shaded band: non-working time from the project calendar. */
    public record Band(double x, double width) {
    }

    private final double width;
    private final double height;
    private final double titleHeight;
    private final double headerHeight;
    private final double rowHeight;
    private final double tableWidth;
    private final double pixelsPerDay;
    private final long originMinute;
    private final String title;
    private final List<PlanColumn> columns;
    private final double[] columnX;
    private final List<Row> rows;
    private final Bar[] bars;
    private final List<Link> links;
    private final List<Tick> upperTier;
    private final List<Tick> lowerTier;
    private final List<Band> nonWorking;
    private final double statusX;
    private final Timescale timescale;
    private final Map<WbsElement, Row> byElement;

    GanttChart(Geometry g, List<Row> rows, Bar[] bars, List<Link> links, List<Tick> upperTier, List<Tick> lowerTier,
            List<Band> nonWorking, double statusX, double width) {
        this.width = width;
        this.titleHeight = g.titleHeight;
        this.headerHeight = g.titleHeight + 2 * GanttStyle.TIER_HEIGHT;
        this.rowHeight = GanttStyle.ROW_HEIGHT;
        this.height = headerHeight + rows.size() * rowHeight + GanttStyle.BOTTOM_MARGIN;
        this.tableWidth = g.tableWidth;
        this.pixelsPerDay = g.pixelsPerDay;
        this.originMinute = g.originMinute;
        this.title = g.title;
        this.columns = List.copyOf(g.columns);
        this.columnX = g.columnX.clone();
        this.rows = Collections.unmodifiableList(rows);
        this.bars = bars;
        this.links = Collections.unmodifiableList(links);
        this.upperTier = Collections.unmodifiableList(upperTier);
        this.lowerTier = Collections.unmodifiableList(lowerTier);
        this.nonWorking = Collections.unmodifiableList(nonWorking);
        this.statusX = statusX;
        this.timescale = g.timescale;
        this.byElement = new IdentityHashMap<>(rows.size() * 2);
        for (Row row : rows) {
            byElement.put(row.element(), row);
        }
    }

    /** The scale and origin of the time axis and the table, fixed before rows are laid out. */
    static final class Geometry {
        double titleHeight;
        double tableWidth;
        double pixelsPerDay;
        long originMinute;
        String title;
        Timescale timescale;
        List<PlanColumn> columns = List.of();
        double[] columnX = new double[0];
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Size and bands

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Height of the title band (0 without a title). */
    public double titleHeight() {
        return titleHeight;
    }

    /** Title, timescale tiers: where the first row starts. */
    public double headerHeight() {
        return headerHeight;
    }

    public double rowHeight() {
        return rowHeight;
    }

    /** Width of the column table left of the time axis (0 without columns). */
    public double tableWidth() {
        return tableWidth;
    }

    public String title() {
        return title;
    }

    public Timescale timescale() {
        return timescale;
    }

    public double pixelsPerDay() {
        return pixelsPerDay;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Time axis

    /** The x of a date on the time axis. */
    public double xOf(LocalDateTime date) {
        return tableWidth + (minutes(date) - originMinute) * pixelsPerDay / 1440.0;
    }

    /** The date at an x of the time axis, to the minute (x left of the axis gives dates before its origin). */
    public LocalDateTime dateAt(double x) {
        long minute = originMinute + Math.round((x - tableWidth) * 1440.0 / pixelsPerDay);
        return LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC);
    }

    /** Wall-clock minutes since the epoch: UTC only as the one offset without clock changes, not as a zone. */
    static long minutes(LocalDateTime date) {
        return date.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rows

    public List<Row> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    /** The row at a y, or -1 above the first or below the last. */
    public int rowAt(double y) {
        if (y < headerHeight) {
            return -1;
        }
        int i = (int) Math.floor((y - headerHeight) / rowHeight);
        return i < rows.size() ? i : -1;
    }

    /** The y of the top of row {@code index}. */
    public double rowTop(int index) {
        return headerHeight + index * rowHeight;
    }

    /** The row of an element, or {@code null} when the chart does not show it. */
    public Row rowOf(WbsElement element) {
        return byElement.get(element);
    }

    /** The bar of row {@code index}, or {@code null} when the element has no dates. */
    public Bar bar(int index) {
        return bars[index];
    }

    /** The rows whose band intersects {@code [top, bottom)}: {@code [first, last]} inclusive, empty when first > last. */
    public int[] rowRange(double top, double bottom) {
        int first = (int) Math.max(0, Math.floor((top - headerHeight) / rowHeight));
        int last = (int) Math.min(rows.size() - 1, Math.floor((bottom - headerHeight) / rowHeight));
        return new int[] { first, last };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The rest

    public List<Link> links() {
        return links;
    }

    /** The table's columns, and the left x of each ({@link #columnX(int)}). */
    public List<PlanColumn> columns() {
        return columns;
    }

    public double columnX(int column) {
        return columnX[column];
    }

    /** The upper timescale tier (the larger unit). */
    public List<Tick> upperTier() {
        return upperTier;
    }

    /** The lower timescale tier (the unit of {@link #timescale()}). */
    public List<Tick> lowerTier() {
        return lowerTier;
    }

    /** Non-working days of the project calendar (empty when days are too narrow to shade). */
    public List<Band> nonWorking() {
        return nonWorking;
    }

    /** The x of the status-date line, or {@code NaN} for none. */
    public double statusX() {
        return statusX;
    }

    public boolean hasStatusLine() {
        return !Double.isNaN(statusX);
    }
}
