package org.wbsmodeler.diagram.gantt;

import org.wbsmodeler.diagram.columns.PlanColumn;
import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.ViewColumn;
import org.wbsmodeler.model.view.ViewFilter;

/** A stored {@link View} as chart options: its kept rows, its columns, its timescale, its name in the title. */
public final class GanttViews {

    private GanttViews() {
    }

    /**
     * Options showing what {@code kept} (the view's filter result) keeps, with the view's columns (code and name
     * when it names none) and timescale, titled "project — view".
     */
    public static GanttOptions options(Project project, View view, ViewFilter.Result kept) {
        GanttOptions options = new GanttOptions().rows(kept.kept()).columns(columns(view))
                .timescale(timescale(view));
        String name = project.getName() == null ? "Project" : project.getName();
        return options.title(view.getName() == null ? name : name + " \u2014 " + view.getName());
    }

    /** The view's columns as chart columns; the default ones when it names none. */
    public static List<PlanColumn> columns(View view) {
        if (view.getColumns().isEmpty()) {
            return GanttOptions.DEFAULT_COLUMNS;
        }
        List<PlanColumn> columns = new ArrayList<>();
        for (ViewColumn c : view.getColumns()) {
            PlanColumn column = PlanColumn.of(c);
            if (!columns.contains(column)) {
                columns.add(column);
            }
        }
        return columns;
    }

    public static Timescale timescale(View view) {
        return view.getTimescale() == null ? Timescale.WEEK : Timescale.valueOf(view.getTimescale().getName());
    }
}
