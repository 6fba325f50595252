package org.wbsmodeler.diagram.gantt;

import org.wbsmodeler.diagram.columns.PlanColumn;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Set;

import org.wbsmodeler.model.WbsElement;

/**
 * What a Gantt chart shows and at which scale. A plain mutable bag with chained setters; {@link GanttBuilder} reads
 * it once, so changing it afterwards does not change a built chart.
 *
 * <ul>
 * <li>{@link #timescale(Timescale)}: the two tiers (default {@link Timescale#WEEK}: weeks under months);</li>
 * <li>{@link #pixelsPerDay(double)}: the zoom, pixels per calendar day (0 = the timescale's default);</li>
 * <li>{@link #baseline(int)}: index into {@code Project.baselines} whose bars are drawn under the current ones, or
 * {@link #NO_BASELINE};</li>
 * <li>{@link #statusDate(LocalDateTime)}: the status-date line (default the project's status date);</li>
 * <li>{@link #rows(Collection)}: the elements kept (a view's filter), or {@code null} for all;</li>
 * <li>{@link #columns(List)}: the table left of the bars (none on the editor page, which has the Plan table).</li>
 * </ul>
 */
public final class GanttOptions {

    /** {@link #baseline(int)} value for "no baseline bars". */
    public static final int NO_BASELINE = -1;

    /** Columns of an exported chart when nobody chose any: code and name. */
    public static final List<PlanColumn> DEFAULT_COLUMNS = List.of(PlanColumn.CODE, PlanColumn.NAME);

    private Timescale timescale = Timescale.WEEK;
    private double pixelsPerDay;
    private int baseline = NO_BASELINE;
    private LocalDateTime statusDate;
    private boolean statusDateSet;
    private Set<WbsElement> rows;
    private List<PlanColumn> columns = DEFAULT_COLUMNS;
    private String title;
    private Function<WbsElement, Double> criticality = element -> null;

    public Timescale timescale() {
        return timescale;
    }

    public GanttOptions timescale(Timescale scale) {
        this.timescale = scale == null ? Timescale.WEEK : scale;
        return this;
    }

    /** Pixels per calendar day actually used: the one set, else the timescale's default. */
    public double pixelsPerDay() {
        return pixelsPerDay > 0 ? pixelsPerDay : timescale.defaultPixelsPerDay();
    }

    /** Sets the zoom in pixels per calendar day; 0 or less means the timescale's default. */
    public GanttOptions pixelsPerDay(double pixels) {
        this.pixelsPerDay = Double.isFinite(pixels) ? pixels : 0;
        return this;
    }

    public int baseline() {
        return baseline;
    }

    public GanttOptions baseline(int index) {
        this.baseline = index < 0 ? NO_BASELINE : index;
        return this;
    }

    /** Whether a status date was set here (else the project's is used). */
    public boolean statusDateSet() {
        return statusDateSet;
    }

    public LocalDateTime statusDate() {
        return statusDate;
    }

    /** The status-date line; {@code null} here means no line even when the project has a status date. */
    public GanttOptions statusDate(LocalDateTime date) {
        this.statusDate = date;
        this.statusDateSet = true;
        return this;
    }

    /** The kept elements, or {@code null} for every element (identity set). */
    public Set<WbsElement> rows() {
        return rows;
    }

    /**
     * Keeps only these elements, in outline order (the chart does not add their summaries: a view's filter does);
     * {@code null} keeps all.
     */
    public GanttOptions rows(Collection<? extends WbsElement> kept) {
        if (kept == null) {
            this.rows = null;
        } else {
            Set<WbsElement> set = Collections.newSetFromMap(new IdentityHashMap<>());
            set.addAll(kept);
            this.rows = set;
        }
        return this;
    }

    public List<PlanColumn> columns() {
        return columns;
    }

    /** The table columns left of the bars; an empty list for none (the editor page). */
    public GanttOptions columns(List<PlanColumn> shown) {
        this.columns = shown == null ? List.of() : List.copyOf(shown);
        return this;
    }

    /** Where the Criticality column reads a task's index (a risk run's, 0..1); empty cells until set. */
    public Function<WbsElement, Double> criticality() {
        return criticality;
    }

    public GanttOptions criticality(Function<WbsElement, Double> index) {
        this.criticality = index == null ? element -> null : index;
        return this;
    }

    /** A risk run's indices in the Criticality column, added after the columns chosen unless among them already. */
    public GanttOptions withCriticality(Function<WbsElement, Double> index) {
        if (!columns.contains(PlanColumn.CRITICALITY)) {
            List<PlanColumn> more = new ArrayList<>(columns);
            more.add(PlanColumn.CRITICALITY);
            columns = List.copyOf(more);
        }
        return criticality(index);
    }

    /** Title above the chart in exports, or {@code null} for none. */
    public String title() {
        return title;
    }

    public GanttOptions title(String text) {
        this.title = text;
        return this;
    }
}
