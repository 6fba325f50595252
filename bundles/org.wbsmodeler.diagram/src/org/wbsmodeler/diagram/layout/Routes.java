package org.wbsmodeler.diagram.layout;

import java.util.List;

import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/** Fallback edge routes for edges the layout algorithm does not route itself. */
final class Routes {

    private Routes() {
    }

    /** The segment between the two box centres, cut at both borders. */
    static List<Point> straight(DiagramNode source, DiagramNode target) {
        double sx = source.getCenterX();
        double sy = source.getCenterY();
        double tx = target.getCenterX();
        double ty = target.getCenterY();
        return List.of(clip(source, sx, sy, tx, ty), clip(target, tx, ty, sx, sy));
    }

    /** Where the ray from the box centre (cx, cy) towards (ox, oy) leaves the box. */
    static Point clip(DiagramNode box, double cx, double cy, double ox, double oy) {
        double dx = ox - cx;
        double dy = oy - cy;
        if (Math.abs(dx) < 1e-9 && Math.abs(dy) < 1e-9) {
            return new Point(cx, box.getY());
        }
        double hw = box.getWidth() / 2;
        double hh = box.getHeight() / 2;
        double tx = Math.abs(dx) < 1e-9 ? Double.POSITIVE_INFINITY : hw / Math.abs(dx);
        double ty = Math.abs(dy) < 1e-9 ? Double.POSITIVE_INFINITY : hh / Math.abs(dy);
        double t = Math.min(tx, ty);
        return new Point(cx + dx * t, cy + dy * t);
    }
}
