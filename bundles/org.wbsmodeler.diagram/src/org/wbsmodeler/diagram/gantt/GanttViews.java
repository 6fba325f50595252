package org.wbsmodeler.diagram.gantt;

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
    public static List<GanttColumn> columns(View view) {
        if (view.getColumns().isEmpty()) {
            return GanttOptions.DEFAULT_COLUMNS;
        }
        List<GanttColumn> columns = new ArrayList<>();
        for (ViewColumn c : view.getColumns()) {
            GanttColumn column = GanttColumn.valueOf(c.getName());
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
