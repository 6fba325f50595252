package org.wbsmodeler.diagram.gantt;

import org.wbsmodeler.diagram.columns.CellTexts;
import org.wbsmodeler.diagram.columns.PlanColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.wbsmodeler.diagram.render.TextMeasurer;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The table left of the bars in an exported chart: the texts of each row's cells and the columns' widths. Text that
 * does not fit its column is cut with an ellipsis here, where the measurer is, so the painter only places strings.
 */
final class GanttTable {

    private static final String ELLIPSIS = "\u2026";

    private final TextMeasurer measurer;
    private final List<PlanColumn> columns;
    private final double[] widths;
    private final double[] x;
    private final Function<WbsElement, Double> criticality;

    GanttTable(TextMeasurer measurer, List<PlanColumn> columns, Function<WbsElement, Double> criticality) {
        this.measurer = measurer;
        this.criticality = criticality;
        this.columns = columns;
        this.widths = new double[columns.size()];
        this.x = new double[columns.size()];
    }

    /** The cells of every row, and the widths of the columns sized by their content. */
    List<List<String>> cells(List<OutlineIndex.Line> lines, List<Totals> figures) {
        List<List<String>> cells = new ArrayList<>(lines.size());
        if (columns.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                cells.add(List.of());
            }
            return cells;
        }
        String[][] raw = new String[lines.size()][columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            PlanColumn column = columns.get(c);
            double widest = measurer.width(column.title(), GanttStyle.SMALL_FONT, true);
            for (int i = 0; i < lines.size(); i++) {
                String text = text(column, lines.get(i), figures.get(i));
                raw[i][c] = text;
                if (!text.isEmpty() && (column.chartWidth() == 0 || i < 200)) {
                    // summaries are drawn bold: measured bold, or their names would be cut although they fit
                    widest = Math.max(widest, indent(column, lines.get(i)) + measurer.width(text, GanttStyle.FONT, lines.get(i).summary()));
                }
            }
            double w = column.chartWidth() > 0 ? Math.max(column.chartWidth(), widest)
                    : Math.min(GanttStyle.MAX_TEXT_COLUMN, widest);
            widths[c] = w + 2 * GanttStyle.CELL_PAD;
        }
        double left = 0;
        for (int c = 0; c < columns.size(); c++) {
            x[c] = left;
            left += widths[c];
        }
        for (int i = 0; i < lines.size(); i++) {
            List<String> row = new ArrayList<>(columns.size());
            for (int c = 0; c < columns.size(); c++) {
                double room = widths[c] - 2 * GanttStyle.CELL_PAD - indent(columns.get(c), lines.get(i));
                row.add(fit(raw[i][c], room, lines.get(i).summary()));
            }
            cells.add(List.copyOf(row));
        }
        return cells;
    }

    double[] columnX() {
        return x;
    }

    double width() {
        double w = 0;
        for (double d : widths) {
            w += d;
        }
        return w;
    }

    /** The name column is indented by outline level. */
    static double indent(PlanColumn column, OutlineIndex.Line line) {
        return column == PlanColumn.NAME ? GanttStyle.INDENT * (line.level() - 1) : 0;
    }

    private String fit(String text, double room, boolean bold) {
        if (text.isEmpty() || measurer.width(text, GanttStyle.FONT, bold) <= room) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (measurer.width(text.substring(0, mid) + ELLIPSIS, GanttStyle.FONT, bold) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    private String text(PlanColumn column, OutlineIndex.Line line, Totals t) {
        return new CellTexts(e -> t, CellTexts.Dates.DAY).withCriticality(criticality).text(line.element(), line.code(), column);
    }

    /** The people on a task, as the Plan page writes them: "Anna, Ben[50%]"; {@code null} for nobody. */
    static String people(WbsElement element) {
        if (element.getAssignments().isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Assignment a : element.getAssignments()) {
            if (a.getResource() == null) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a.getResource().getName() == null ? "?" : a.getResource().getName());
            if (Math.abs(a.getUnits() - 1.0) > 1e-9) {
                sb.append('[').append(Math.round(a.getUnits() * 100)).append("%]");
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
