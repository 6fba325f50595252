package org.wbsmodeler.model.view;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;

/**
 * The filter bar of the Plan and Gantt pages, as MS Project's quick filters: rows holding a text ({@link RowText}),
 * critical tasks only, the tasks of one resource, late tasks only. A row shows when it passes every criterion set;
 * the summaries above a shown row show too (MS Project's "show related summary rows"), so a task is always seen
 * under its phase. On top of a view in force it filters the rows the view keeps.
 *
 * <p><em>Late</em> is MS Project's "Slipping Tasks": the scheduled finish is after the baseline finish. The baseline
 * is the project's first (MS Project's Baseline, not Baseline 1–10); the model has no deadline field, so only the
 * baseline counts. A task without a baseline entry is never late.
 *
 * @param text         a text the row holds, or blank for any
 * @param criticalOnly only critical tasks (summaries show only above one)
 * @param resource     only the tasks this resource is assigned to, or null for any
 * @param lateOnly     only tasks finishing after their baseline finish
 */
public record RowFilter(String text, boolean criticalOnly, Resource resource, boolean lateOnly) {

    /** Every row. */
    public static final RowFilter NONE = new RowFilter("", false, null, false);

    public RowFilter {
        text = text == null ? "" : text.trim();
    }

    /** Whether no criterion is set (every row shows). */
    public boolean isEmpty() {
        return text.isEmpty() && !criticalOnly && resource == null && !lateOnly;
    }

    public RowFilter withText(String newText) {
        return new RowFilter(newText, criticalOnly, resource, lateOnly);
    }

    public RowFilter withCriticalOnly(boolean on) {
        return new RowFilter(text, on, resource, lateOnly);
    }

    public RowFilter withResource(Resource newResource) {
        return new RowFilter(text, criticalOnly, newResource, lateOnly);
    }

    public RowFilter withLateOnly(boolean on) {
        return new RowFilter(text, criticalOnly, resource, on);
    }

    /**
     * What the filter needs from the schedule and the baseline: the live critical flags and finishes (not the ones
     * last saved) and the finish the project's first baseline saved for each task.
     */
    public record Facts(Predicate<WbsElement> critical, Function<WbsElement, LocalDateTime> finish, Map<WbsElement, LocalDateTime> baselineFinish) {

        /** The facts of a project: its first baseline's finishes, looked up once. */
        public static Facts of(Project project, Predicate<WbsElement> critical, Function<WbsElement, LocalDateTime> finish) {
            Map<WbsElement, LocalDateTime> saved = new IdentityHashMap<>();
            if (!project.getBaselines().isEmpty()) {
                for (BaselineEntry entry : project.getBaselines().get(0).getEntries()) {
                    if (entry.getElement() != null && entry.getFinish() != null) {
                        saved.put(entry.getElement(), entry.getFinish());
                    }
                }
            }
            return new Facts(critical, finish, saved);
        }

        /** MS Project's slipping task: scheduled to finish after its baseline finish. */
        public boolean late(WbsElement element) {
            LocalDateTime planned = baselineFinish.get(element);
            LocalDateTime now = planned == null ? null : finish.apply(element);
            return now != null && now.isAfter(planned);
        }
    }

    /** Whether a row passes every criterion itself (its summaries aside). */
    public boolean matches(OutlineIndex.Line line, Facts facts) {
        WbsElement e = line.element();
        if (criticalOnly && (line.summary() || !facts.critical().test(e))) {
            return false;
        }
        if (resource != null && !assigned(e, resource)) {
            return false;
        }
        if (lateOnly && !facts.late(e)) {
            return false;
        }
        return text.isEmpty() || RowText.contains(e, line.code(), text);
    }

    /**
     * The rows that show, in outline order: those among {@code among} (a view's rows, or null for all) that match,
     * and the summaries above them.
     */
    public Set<WbsElement> keep(OutlineIndex outline, Set<WbsElement> among, Facts facts) {
        List<OutlineIndex.Line> lines = outline.lines();
        Set<WbsElement> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        for (OutlineIndex.Line line : lines) {
            if ((among == null || among.contains(line.element())) && matches(line, facts)) {
                for (WbsElement e = line.element(); e != null && kept.add(e);) {
                    e = outline.parent(e) instanceof WbsElement parent ? parent : null;
                }
            }
        }
        return kept;
    }

    private static boolean assigned(WbsElement e, Resource r) {
        for (Assignment a : e.getAssignments()) {
            if (a.getResource() == r) {
                return true;
            }
        }
        return false;
    }
}
