package org.wbsmodeler.diagram.render;

/**
 * Geometry of the arrow head every canvas draws, so that SVG, PNG and SWT agree to the pixel. The line is
 * shortened to the base of the head, because a thick line running into the tip would blunt it.
 */
public final class ArrowHead {

    /** Length of the head along the line, for a 1 px line. */
    public static final double LENGTH = 9;
    /** Half the width of the head's base, for a 1 px line. */
    public static final double HALF_WIDTH = 4;

    private ArrowHead() {
    }

    /** Scale of the head for a line width: heads grow a little with heavy (critical) lines. */
    static double scale(double strokeWidth) {
        return Math.max(1.0, 0.6 + strokeWidth * 0.4);
    }

    /**
     * The three corners of the head (tip first) for a polyline ending at its last point, or {@code null} when the
     * last segment has no length.
     */
    public static double[] triangle(double[] xy, double strokeWidth) {
        int n = xy.length;
        if (n < 4) {
            return null;
        }
        double tipX = xy[n - 2];
        double tipY = xy[n - 1];
        // walk back to the last point distinct from the tip (routes may repeat a point)
        for (int i = n - 4; i >= 0; i -= 2) {
            double dx = tipX - xy[i];
            double dy = tipY - xy[i + 1];
            double len = Math.hypot(dx, dy);
            if (len > 1e-6) {
                double s = scale(strokeWidth);
                double ux = dx / len;
                double uy = dy / len;
                double baseX = tipX - ux * LENGTH * s;
                double baseY = tipY - uy * LENGTH * s;
                double hw = HALF_WIDTH * s;
                return new double[] { tipX, tipY, baseX - uy * hw, baseY + ux * hw, baseX + uy * hw, baseY - ux * hw };
            }
        }
        return null;
    }

    /** A copy of the polyline whose last point is moved back to the middle of the head's base. */
    public static double[] shortened(double[] xy, double strokeWidth) {
        double[] head = triangle(xy, strokeWidth);
        double[] copy = xy.clone();
        if (head != null) {
            int n = copy.length;
            copy[n - 2] = (head[2] + head[4]) / 2;
            copy[n - 1] = (head[3] + head[5]) / 2;
        }
        return copy;
    }
}
