package org.wbsmodeler.diagram.gantt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.diagram.gantt.GanttChart.Band;
import org.wbsmodeler.diagram.gantt.GanttChart.Tick;
import org.wbsmodeler.diagram.render.TextMeasurer;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.model.CalendarCompiler;

/**
 * The time axis of a chart: the cells of a timescale tier with their labels (long ones where they fit, short ones
 * otherwise, none when even those do not), and the non-working days of the project's calendar as bands.
 */
final class GanttAxis {

    /** Below this many pixels per day, weekends would be hairlines that only grey the chart: not shaded. */
    static final double SHADE_FROM_PIXELS_PER_DAY = 4;

    private final GanttChart.Geometry g;
    private final TextMeasurer measurer;
    private final Project project;

    GanttAxis(GanttChart.Geometry g, TextMeasurer measurer, Project project) {
        this.g = g;
        this.measurer = measurer;
        this.project = project;
    }

    /** The cells of one tier from {@code first} (a unit boundary) to {@code end}. */
    List<Tick> tier(Timescale.Unit unit, LocalDate first, LocalDate end) {
        List<Tick> ticks = new ArrayList<>();
        double room = Double.MAX_VALUE;
        for (LocalDate d = unit.floor(first); d.isBefore(end); d = unit.next(d)) {
            // the upper tier's first and last cells are cut to the chart: [first, end)
            double x = x(d.isBefore(first) ? first : d);
            LocalDate next = unit.next(d);
            double w = x(next.isAfter(end) ? end : next) - x;
            double full = x(next) - x(d);
            room = Math.min(room, full - 2 * GanttStyle.CELL_PAD);
            ticks.add(new Tick(x, w, null));
        }
        if (ticks.isEmpty()) {
            return ticks;
        }
        // one label form for the whole tier, chosen on a wide sample, so neighbours never mix forms
        LocalDate sample = LocalDate.of(2028, 12, 27);
        boolean roomy = measurer.width(unit.label(unit.floor(sample), true), GanttStyle.SMALL_FONT, false) <= room;
        boolean any = roomy || measurer.width(unit.label(unit.floor(sample), false), GanttStyle.SMALL_FONT, false) <= room;
        List<Tick> labelled = new ArrayList<>(ticks.size());
        LocalDate d = unit.floor(first);
        for (Tick t : ticks) {
            String label = any ? unit.label(d, roomy) : null;
            if (label != null && measurer.width(label, GanttStyle.SMALL_FONT, true) + GanttStyle.CELL_PAD > t.width()) {
                label = null; // a cut cell at either end too narrow for its label: no label rather than one over the next
            }
            labelled.add(new Tick(t.x(), t.width(), label));
            d = unit.next(d);
        }
        return labelled;
    }

    /** Runs of non-working days between {@code first} and {@code end}, as bands; none when days are too narrow. */
    List<Band> nonWorking(LocalDate first, LocalDate end) {
        List<Band> bands = new ArrayList<>();
        if (g.pixelsPerDay < SHADE_FROM_PIXELS_PER_DAY) {
            return bands;
        }
        WorkCalendar calendar = calendar();
        long runStart = Long.MIN_VALUE;
        for (long day = first.toEpochDay(); day <= end.toEpochDay(); day++) {
            boolean off = day < end.toEpochDay() && !calendar.isWorkingDay(day);
            if (off && runStart == Long.MIN_VALUE) {
                runStart = day;
            } else if (!off && runStart != Long.MIN_VALUE) {
                double x = x(LocalDate.ofEpochDay(runStart));
                bands.add(new Band(x, x(LocalDate.ofEpochDay(day)) - x));
                runStart = Long.MIN_VALUE;
            }
        }
        return bands;
    }

    private WorkCalendar calendar() {
        if (project.getDefaultCalendar() != null) {
            try {
                return CalendarCompiler.compile(project.getDefaultCalendar());
            } catch (IllegalArgumentException e) {
                // a calendar without working days: nothing sensible to shade, the validator reports it
            }
        }
        return WorkCalendar.standard();
    }

    private double x(LocalDate day) {
        return GanttBuilder.x(g, day.atStartOfDay());
    }
}
