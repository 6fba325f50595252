package org.wbsmodeler.diagram.gantt;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.diagram.gantt.GanttChart.Bar;
import org.wbsmodeler.diagram.gantt.GanttChart.Link;
import org.wbsmodeler.diagram.gantt.GanttChart.Row;
import org.wbsmodeler.diagram.gantt.GanttChart.RowKind;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;

/**
 * Routes the dependency arrows as MS Project draws them: an arrow leaves the predecessor at the end its type names
 * (finish for FS and FF, start for SS and SF) and arrives at the successor's (start for FS and SS, finish for FF and
 * SF), heading into the bar. A finish-to-start link whose successor starts to the right drops straight onto the
 * successor's bar; the others run out a stub, along the gap between the rows and back in. A lag shows as the
 * horizontal distance between the two ends; {@link Link#lagDays()} carries it for labels and tooltips.
 *
 * <p>Links to or from an element the chart does not show (filtered out) or that has no dates are not drawn.
 */
final class GanttLinks {

    private GanttLinks() {
    }

    static List<Link> route(List<Row> rows, Bar[] bars, GanttChart.Geometry g) {
        Map<WbsElement, Integer> index = new IdentityHashMap<>(rows.size() * 2);
        for (Row row : rows) {
            index.put(row.element(), row.index());
        }
        List<Link> links = new ArrayList<>();
        for (Row successor : rows) {
            for (Dependency d : successor.element().getPredecessors()) {
                Integer from = d.getPredecessor() == null ? null : index.get(d.getPredecessor());
                if (from == null || from == successor.index() || bars[from] == null || bars[successor.index()] == null) {
                    continue;
                }
                DependencyType type = d.getType() == null ? DependencyType.FS : d.getType();
                Row pred = rows.get(from);
                double[] points = points(type, bars[from], pred.y(), bars[successor.index()], successor.y());
                double top = Double.MAX_VALUE;
                double bottom = -Double.MAX_VALUE;
                for (int i = 1; i < points.length; i += 2) {
                    top = Math.min(top, points[i]);
                    bottom = Math.max(bottom, points[i]);
                }
                links.add(new Link(from, successor.index(), type, d.getLag(), points,
                        pred.critical() && successor.critical(), top, bottom));
            }
        }
        return links;
    }

    /** The polyline of one link; {@code fromTop}/{@code toTop} are the rows' tops. */
    static double[] points(DependencyType type, Bar from, double fromTop, Bar to, double toTop) {
        double h = GanttStyle.ROW_HEIGHT;
        double stub = GanttStyle.LINK_STUB;
        double fy = fromTop + h / 2;
        double ty = toTop + h / 2;
        boolean fromFinish = type == DependencyType.FS || type == DependencyType.FF;
        boolean toStart = type == DependencyType.FS || type == DependencyType.SS;
        double fx = fromFinish ? right(from) : left(from);
        double tx = toStart ? left(to) : right(to);
        boolean down = toTop > fromTop;
        if (type == DependencyType.FS) {
            double land = to.kind() == RowKind.MILESTONE ? to.x() : to.x() + Math.min(4, to.width() / 2);
            if (land >= fx + stub / 2) {
                // drops onto the successor's bar, as MS Project draws it
                double edge = to.kind() == RowKind.MILESTONE ? (down ? ty - GanttStyle.DIAMOND : ty + GanttStyle.DIAMOND)
                        : down ? barTop(toTop) : barBottom(toTop);
                return new double[] { fx, fy, land, fy, land, edge };
            }
        }
        if (type == DependencyType.SS) {
            double x = Math.min(fx, tx) - stub;
            return new double[] { fx, fy, x, fy, x, ty, tx, ty };
        }
        if (type == DependencyType.FF) {
            double x = Math.max(fx, tx) + stub;
            return new double[] { fx, fy, x, fy, x, ty, tx, ty };
        }
        if (type == DependencyType.SF && tx + stub <= fx - stub) {
            double x = fx - stub;
            return new double[] { fx, fy, x, fy, x, ty, tx, ty };
        }
        // FS back to the left or SF to the right: out, along the gap between the rows, and in
        double exit = fromFinish ? fx + stub : fx - stub;
        double entry = toStart ? tx - stub : tx + stub;
        double gap = down ? toTop : toTop + h;
        return new double[] { fx, fy, exit, fy, exit, gap, entry, gap, entry, ty, tx, ty };
    }

    private static double left(Bar bar) {
        return bar.kind() == RowKind.MILESTONE ? bar.x() - GanttStyle.DIAMOND : bar.x();
    }

    private static double right(Bar bar) {
        return bar.kind() == RowKind.MILESTONE ? bar.x() + GanttStyle.DIAMOND : bar.right();
    }

    /** Top of a task bar in a row starting at {@code rowTop}. */
    static double barTop(double rowTop) {
        return rowTop + 5;
    }

    static double barBottom(double rowTop) {
        return rowTop + 5 + GanttPainter.BAR_HEIGHT;
    }
}
