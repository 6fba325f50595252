package org.wbsmodeler.diagram.gantt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.diagram.gantt.GanttChart.Bar;
import org.wbsmodeler.diagram.gantt.GanttChart.Row;
import org.wbsmodeler.diagram.gantt.GanttChart.RowKind;
import org.wbsmodeler.diagram.render.AwtTextMeasurer;
import org.wbsmodeler.diagram.render.TextMeasurer;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * Lays out a Gantt chart of a project: rows in outline order (those {@link GanttOptions#rows()} keeps), a bar per
 * scheduled row from the dates {@code totals} gives, dependency arrows between shown rows ({@link GanttLinks}), the
 * timescale and the calendar's non-working days ({@link GanttAxis}). Linear in the number of rows and links:
 * nothing is sorted or searched per row.
 *
 * <p>The dates are not computed here: {@link #build(Project, GanttOptions)} reads those the last schedule stored on
 * the model ({@code ./wbs} schedules in memory first), the editor passes its live schedule's
 * ({@code LiveSchedule::totals}) to {@link #build(Project, OutlineIndex, Function, GanttOptions)}.
 */
public final class GanttBuilder {

    private static final java.time.format.DateTimeFormatter MILESTONE_DATE = java.time.format.DateTimeFormatter
            .ofPattern("MMM d", java.util.Locale.ENGLISH);

    private final TextMeasurer measurer;

    /** A builder measuring table text with AWT, the font SVG and PNG are drawn with. */
    public GanttBuilder() {
        this(AwtTextMeasurer.INSTANCE);
    }

    /** @param measurer measures the table's text (only used when the options ask for columns) */
    public GanttBuilder(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The chart of the dates stored on the model's leaves, rolled up to the summaries. */
    public static GanttChart build(Project project, GanttOptions options) {
        RollUp rollUp = RollUp.of(project);
        return new GanttBuilder().build(project, rollUp.outline(), rollUp::of, options);
    }

    /**
     * The chart of the given dates.
     *
     * @param outline the project's current outline
     * @param totals  every element's figures (a summary's rolled up); {@code null} or a null start means "not
     *                scheduled": the row has no bar
     */
    public GanttChart build(Project project, OutlineIndex outline, Function<WbsElement, Totals> totals,
            GanttOptions options) {
        List<OutlineIndex.Line> lines = new ArrayList<>();
        List<Totals> figures = new ArrayList<>();
        for (OutlineIndex.Line line : outline.lines()) {
            if (options.rows() == null || options.rows().contains(line.element())) {
                lines.add(line);
                figures.add(totals.apply(line.element()));
            }
        }
        Map<WbsElement, BaselineEntry> baseline = baseline(project, options.baseline());
        LocalDateTime status = options.statusDateSet() ? options.statusDate() : project.getStatusDate();

        GanttChart.Geometry g = new GanttChart.Geometry();
        g.timescale = options.timescale();
        g.pixelsPerDay = options.pixelsPerDay();
        g.title = options.title();
        g.titleHeight = options.title() == null ? 0 : GanttStyle.TITLE_HEIGHT;
        LocalDate[] span = span(project, figures, lines, baseline, status);
        // from the lower tier's unit: a chart of a February plan in months starts on 1 February, not 1 January
        // a day of air before the first bar on the finer scales; on months and quarters that day could add a whole
        // empty unit (a plan starting on 1 February would start in January)
        boolean coarse = g.timescale == Timescale.MONTH || g.timescale == Timescale.QUARTER;
        LocalDate first = g.timescale.lower().floor(coarse ? span[0].plusDays(1) : span[0]);
        g.originMinute = GanttChart.minutes(first.atStartOfDay());

        GanttTable table = new GanttTable(measurer, options.columns(), options.criticality());
        List<List<String>> cells = table.cells(lines, figures);
        g.columns = options.columns();
        g.columnX = table.columnX();
        g.tableWidth = table.width();

        List<Row> rows = new ArrayList<>(lines.size());
        Bar[] bars = new Bar[lines.size()];
        double top = g.titleHeight + 2 * GanttStyle.TIER_HEIGHT;
        for (int i = 0; i < lines.size(); i++) {
            OutlineIndex.Line line = lines.get(i);
            Totals t = figures.get(i);
            RowKind kind = kind(line, t);
            boolean critical = !line.summary() && t != null && t.critical();
            WbsElement e = line.element();
            rows.add(new Row(i, e, id(e, line.code()), line.code(), e.getName() == null ? "" : e.getName(),
                    line.level(), kind, top + i * GanttStyle.ROW_HEIGHT, critical, cells.get(i)));
            bars[i] = bar(g, i, kind, critical, t, baseline.get(e), line.summary() ? null : GanttTable.people(e),
                    !line.summary() && e.getTaskMode() == org.wbsmodeler.model.TaskMode.MANUAL);
            bars[i] = withBadge(bars[i], e);
        }
        LocalDate end = end(g, span[1], bars);
        double axisRight = x(g, end.atStartOfDay());
        GanttAxis axis = new GanttAxis(g, measurer, project);
        double statusX = status == null ? Double.NaN : x(g, status);
        GanttChart chart = new GanttChart(g, rows, bars, GanttLinks.route(rows, bars, g),
                axis.tier(g.timescale.upper(), first, end), axis.tier(g.timescale.lower(), first, end),
                axis.nonWorking(first, end), statusX, Math.max(axisRight, g.tableWidth + 200));
        return chart;
    }

    /**
     * Where the axis ends: after the last day and after the text right of every bar (the people, a milestone's date),
     * so no label is cut by the chart's edge.
     */
    private LocalDate end(GanttChart.Geometry g, LocalDate lastDay, Bar[] bars) {
        double right = x(g, lastDay.atStartOfDay());
        for (Bar bar : bars) {
            if (bar != null && bar.label() != null) {
                double labelRight = bar.right() + GanttStyle.DIAMOND + 6 + measurer.width(bar.label(), GanttStyle.SMALL_FONT, false);
                right = Math.max(right, labelRight);
            }
        }
        LocalDate day = g.timescale.lower().floor(lastDay);
        while (x(g, day.atStartOfDay()) < right + GanttStyle.CELL_PAD) {
            day = g.timescale.lower().next(day);
        }
        return day;
    }

    private static RowKind kind(OutlineIndex.Line line, Totals t) {
        if (line.summary()) {
            return RowKind.SUMMARY;
        }
        if (line.element() instanceof Milestone) {
            return RowKind.MILESTONE;
        }
        boolean instant = t != null && t.start() != null && t.start().equals(t.finish());
        return instant && line.element().getDuration() == 0 ? RowKind.MILESTONE : RowKind.TASK;
    }

    private static Bar bar(GanttChart.Geometry g, int row, RowKind kind, boolean critical, Totals t,
            BaselineEntry base, String label, boolean manual) {
        if (t == null || t.start() == null) {
            return null;
        }
        LocalDateTime finish = t.finish() == null ? t.start() : t.finish();
        double x1 = x(g, t.start());
        double x2 = Math.max(x1, x(g, finish));
        double baseX = Double.NaN;
        double baseW = Double.NaN;
        if (base != null && base.getStart() != null) {
            baseX = x(g, base.getStart());
            baseW = base.getFinish() == null ? 0 : Math.max(0, x(g, base.getFinish()) - baseX);
        }
        if (kind == RowKind.MILESTONE) {
            // a milestone says its date, as MS Project's does
            String text = label == null ? MILESTONE_DATE.format(finish) : label;
            return new Bar(row, kind, x2, 0, 0, critical, baseX, baseW, text, manual);
        }
        double width = Math.max(1, x2 - x1);
        double done = Math.max(0, Math.min(100, t.percentComplete())) / 100 * width;
        return new Bar(row, kind, x1, width, kind == RowKind.SUMMARY ? 0 : done, critical, baseX, baseW, label, manual);
    }

    static double x(GanttChart.Geometry g, LocalDateTime date) {
        return g.tableWidth + (GanttChart.minutes(date) - g.originMinute) * g.pixelsPerDay / 1440.0;
    }

    /** First and last day the chart must show: every bar, baseline bar and the status date, a day either side. */
    private static LocalDate[] span(Project project, List<Totals> figures, List<OutlineIndex.Line> lines,
            Map<WbsElement, BaselineEntry> baseline, LocalDateTime status) {
        LocalDateTime min = null;
        LocalDateTime max = null;
        for (int i = 0; i < figures.size(); i++) {
            Totals t = figures.get(i);
            if (t != null && t.start() != null) {
                min = earlier(min, t.start());
                max = later(max, t.finish() == null ? t.start() : t.finish());
            }
            BaselineEntry b = baseline.get(lines.get(i).element());
            if (b != null && b.getStart() != null) {
                min = earlier(min, b.getStart());
                max = later(max, b.getFinish() == null ? b.getStart() : b.getFinish());
            }
        }
        if (min == null) {
            // nothing scheduled: four weeks from the project's start, so the rows still have a timescale
            LocalDateTime start = project.getStart() != null ? project.getStart()
                    : status != null ? status : LocalDate.of(2000, 1, 3).atStartOfDay();
            min = start;
            max = start.plusWeeks(4);
        }
        if (status != null && !status.isBefore(min.minusYears(1)) && !status.isAfter(max.plusYears(1))) {
            // a status date years away from the plan would stretch the chart to nothing; it is left out instead
            min = earlier(min, status);
            max = later(max, status);
        }
        return new LocalDate[] { min.toLocalDate().minusDays(1), max.toLocalDate().plusDays(1) };
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null || b.isAfter(a) ? b : a;
    }

    private static Map<WbsElement, BaselineEntry> baseline(Project project, int index) {
        Map<WbsElement, BaselineEntry> map = new IdentityHashMap<>();
        if (index >= 0 && index < project.getBaselines().size()) {
            Baseline baseline = project.getBaselines().get(index);
            for (BaselineEntry entry : baseline.getEntries()) {
                if (entry.getElement() != null) {
                    map.put(entry.getElement(), entry);
                }
            }
        }
        return map;
    }

    /** The element's id in its file, so an SVG group names the element as the model does; else its code. */
    private static String id(WbsElement element, String code) {
        if (element.eResource() instanceof XMLResource resource) {
            String id = resource.getID(element);
            if (id != null) {
                return id;
            }
        }
        return code;
    }

    /**
     * The bar with the badges of its element's annotations (plug-ins' diagram styles) in front of the text right of
     * it (the people, a milestone's date).
     */
    private static Bar withBadge(Bar bar, WbsElement element) {
        String badge = org.wbsmodeler.diagram.style.DiagramStyles.installed().badge(element);
        if (bar == null || badge == null) {
            return bar;
        }
        String label = bar.label() == null || bar.label().isBlank() ? "[" + badge + "]" : "[" + badge + "] " + bar.label();
        return new Bar(bar.row(), bar.kind(), bar.x(), bar.width(), bar.progressWidth(), bar.critical(), bar.baselineX(),
                bar.baselineWidth(), label, bar.manual());
    }
}
