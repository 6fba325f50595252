package org.wbsmodeler.diagram.bench;

import java.io.PrintStream;
import java.util.Arrays;

import org.wbsmodeler.diagram.gantt.GanttBuilder;
import org.wbsmodeler.diagram.gantt.GanttChart;
import org.wbsmodeler.diagram.gantt.GanttExporter;
import org.wbsmodeler.diagram.gantt.GanttOptions;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;

/**
 * The headless part of the Gantt benchmark: a generated plan ({@link SyntheticPlans}, scheduled first, untimed),
 * then chart layout and SVG text of every row, timed together: what {@code ./wbs render --diagram gantt} costs past
 * loading and scheduling. Prints {@code gantt rows=N svg_ms=X} (median of the runs after one warm-up).
 * {@code ./wbs studio --bench gantt} adds the editor page's figures to the same line through {@link #svgMillis}.
 */
public final class GanttBenchmark {

    public static final int DEFAULT_ROWS = 10_000;

    private GanttBenchmark() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    /** {@code [--rows N] [--runs R]}; prints one line; returns 0, or 2 on bad arguments. */
    public static int run(String[] args, PrintStream out) {
        int rows = DEFAULT_ROWS;
        int runs = 3;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rows", "--activities" -> rows = Integer.parseInt(args[++i]);
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (rows < 1 || runs < 1) {
                throw new IllegalArgumentException("counts must be positive");
            }
        } catch (RuntimeException e) {
            out.println("usage: bench gantt [--rows N] [--runs R]: " + e.getMessage());
            return 2;
        }
        Project plan = scheduledPlan(rows);
        out.println("gantt rows=" + rows + " svg_ms=" + svgMillis(plan, runs));
        return 0;
    }

    /** A generated plan of {@code rows} elements with its schedule written into it. */
    public static Project scheduledPlan(int rows) {
        Project plan = SyntheticPlans.plan(rows, 42);
        try {
            ProjectSchedule.compute(plan).writeToModel();
        } catch (ScheduleModelException e) {
            throw new IllegalStateException("the generated plan cannot be scheduled: " + e.getMessage(), e);
        }
        return plan;
    }

    /** Median milliseconds of chart layout + SVG text of every row of a scheduled plan, after one warm-up. */
    public static long svgMillis(Project scheduled, int runs) {
        once(scheduled);
        long[] times = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            once(scheduled);
            times[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static void once(Project plan) {
        GanttChart chart = GanttBuilder.build(plan, new GanttOptions().title(plan.getName()));
        if (GanttExporter.toSvg(chart).isEmpty()) {
            throw new IllegalStateException("empty SVG");
        }
    }
}
