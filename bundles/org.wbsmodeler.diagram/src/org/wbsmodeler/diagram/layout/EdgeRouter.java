package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/**
 * Routes one arrow of a left-to-right diagram among boxes that are already laid out, moving none of them: out of the
 * source's right side into the gap beside it, along a free horizontal channel (the row of the source or the target,
 * else a gap between boxes), down or up in the gap before the target, into its left side, every segment clear of
 * every box (as ELK's orthogonal routes are). A link between bands of a folded network far apart goes out along the
 * gap beside the source's band, round the side of the drawing, and in along the gap beside the target's band.
 * <p>
 * An editor uses it when an edit only adds a link to a laid-out network: ELK would take most of half a second for
 * 2,000 boxes and could move boxes under the user's eyes, while the new arrow is all that changed. It gives up (false)
 * when it finds no free route; the caller then lays the diagram out afresh.
 */
public final class EdgeRouter {

    /** Clearance kept between an arrow and any box. */
    private static final double CLEAR = 6;
    /** How far from the two boxes a route may wander, and how many channels clear between them are tried. */
    private static final double REACH = 400;
    private static final int CHANNELS = 40;
    private static final int SIDE_CHANNELS = 200;
    private static final double STEP = 8;

    /** The boxes near the two ends, by their top edge (a segment is checked against those of its height only). */
    private final List<DiagramNode> obstacles;
    private final double[] tops;
    private double tallest;
    /** Left and right of every box: a long link of a folded network runs down or up beside them all. */
    private final double[] margins;
    private final DiagramNode source;
    private final DiagramNode target;

    private EdgeRouter(Diagram diagram, DiagramEdge edge) {
        this.source = edge.getSource();
        this.target = edge.getTarget();
        obstacles = new ArrayList<>();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (DiagramNode node : diagram.getNodes()) {
            if (!node.isContainer()) {
                left = Math.min(left, node.getX());
                right = Math.max(right, node.getRight());
                if (node != source && node != target) {
                    obstacles.add(node);
                    tallest = Math.max(tallest, node.getHeight());
                }
            }
        }
        margins = new double[] { left - 3 * CLEAR, right + 3 * CLEAR };
        obstacles.sort(Comparator.comparingDouble(DiagramNode::getY));
        tops = new double[obstacles.size()];
        for (int i = 0; i < tops.length; i++) {
            tops[i] = obstacles.get(i).getY();
        }
    }

    /** Gives the edge an orthogonal route (and its label a place at the head); false when none was found. */
    public static boolean route(Diagram diagram, DiagramEdge edge) {
        if (edge.getSource() == null || edge.getTarget() == null || !edge.getSource().isLaidOut() || !edge.getTarget().isLaidOut()
                || edge.getSource() == edge.getTarget()) {
            return false;
        }
        List<Point> route = new EdgeRouter(diagram, edge).find();
        if (route == null) {
            return false;
        }
        edge.setRoute(route);
        if (edge.getLabelWidth() > 0) {
            Point head = route.get(route.size() - 1);
            edge.setLabelPosition(head.x() - edge.getLabelWidth() - 2, head.y() - edge.getLabelHeight() - 1);
        }
        double width = diagram.getWidth();
        double height = diagram.getHeight();
        for (Point p : route) {
            width = Math.max(width, p.x() + CLEAR);
            height = Math.max(height, p.y() + CLEAR);
        }
        diagram.setSize(width, height);
        return true;
    }

    private List<Point> find() {
        List<Point> route = direct();
        return route != null ? route : aroundTheSide();
    }

    /** Out of the source, along one channel clear between the two, into the target. */
    private List<Point> direct() {
        double sy = source.getCenterY();
        double ty = target.getCenterY();
        double startX = source.getRight();
        double endX = target.getX();
        int tried = 0;
        for (double channel : channels(sy, ty)) {
            if (tried >= CHANNELS) {
                break;
            }
            if (!free(Math.min(startX + 2 * CLEAR, endX - 2 * CLEAR), channel, Math.max(startX + 2 * CLEAR, endX - 2 * CLEAR), channel)) {
                continue;
            }
            tried++;
            Double x1 = gapAfter(startX, sy, channel);
            Double x2 = x1 == null ? null : gapBefore(endX, ty, channel);
            if (x2 != null && free(x1, channel, x2, channel)) {
                return simplify(List.of(new Point(startX, sy), new Point(x1, sy), new Point(x1, channel), new Point(x2, channel), new Point(x2, ty),
                        new Point(endX, ty)));
            }
        }
        return null;
    }

    /**
     * For a link between bands of a folded network, far apart: out of the source into the gap beside its band, along
     * it to the left or right of all boxes, down or up there, along the gap beside the target's band, into it.
     */
    private List<Point> aroundTheSide() {
        double sy = source.getCenterY();
        double ty = target.getCenterY();
        double startX = source.getRight();
        double endX = target.getX();
        for (double side : margins) {
            double[] out = leg(startX, sy, side, true);
            double[] in = out == null ? null : leg(endX, ty, side, false);
            if (in != null) {
                return simplify(List.of(new Point(startX, sy), new Point(out[0], sy), new Point(out[0], out[1]), new Point(side, out[1]),
                        new Point(side, in[1]), new Point(in[0], in[1]), new Point(in[0], ty), new Point(endX, ty)));
            }
        }
        return null;
    }

    /** From an end box's side to a channel near its row that runs clear to the side of the drawing: {x, channel}. */
    private double[] leg(double endX, double y, double side, boolean leaving) {
        int tried = 0;
        double near = leaving ? endX + 2 * CLEAR : endX - 2 * CLEAR;
        for (double channel : channels(y, y)) {
            if (tried >= SIDE_CHANNELS) {
                break;
            }
            // only heights clear all the way to the side are worth finding a gap for
            if (!free(near, channel, side, channel)) {
                continue;
            }
            tried++;
            Double x = leaving ? gapAfter(endX, y, channel) : gapBefore(endX, y, channel);
            if (x != null && free(x, channel, side, channel)) {
                return new double[] { x, channel };
            }
        }
        return null;
    }

    /**
     * Heights a horizontal run may take: the two rows, then the gaps above and below boxes, nearest to the two rows
     * first (between them, nearest to the middle: long links of a folded network run in the gap between bands).
     */
    private List<Double> channels(double sy, double ty) {
        List<Double> candidates = new ArrayList<>();
        candidates.add(sy);
        candidates.add(ty);
        for (DiagramNode node : obstacles) {
            candidates.add(node.getY() - CLEAR - 2);
            candidates.add(node.getBottom() + CLEAR + 2);
        }
        for (DiagramNode end : List.of(source, target)) {
            candidates.add(end.getY() - CLEAR - 2);
            candidates.add(end.getBottom() + CLEAR + 2);
        }
        double middle = (sy + ty) / 2;
        // boxes of one row give the same heights: each once
        candidates = new ArrayList<>(new java.util.TreeSet<>(candidates.stream().map(y -> Math.rint(y * 2) / 2).toList()));
        candidates.sort(Comparator.<Double> comparingDouble(y -> Math.abs(y - sy) + Math.abs(y - ty)).thenComparingDouble(y -> Math.abs(y - middle)));
        return candidates;
    }

    /** The nearest x right of the source whose stub at the source's row and drop to the channel are free. */
    private Double gapAfter(double startX, double sy, double channel) {
        for (double x = startX + 2 * CLEAR; x <= startX + REACH / 2; x += STEP) {
            if (free(startX, sy, x, sy) && free(x, sy, x, channel)) {
                return x;
            }
        }
        return null;
    }

    /** The nearest x left of the target whose climb from the channel and stub at the target's row are free. */
    private Double gapBefore(double endX, double ty, double channel) {
        for (double x = endX - 2 * CLEAR; x >= endX - REACH / 2; x -= STEP) {
            if (free(x, ty, endX, ty) && free(x, channel, x, ty)) {
                return x;
            }
        }
        return null;
    }

    /** Whether an axis-parallel segment keeps clear of every box but the two ends (which it may touch at their sides). */
    private boolean free(double x1, double y1, double x2, double y2) {
        double left = Math.min(x1, x2);
        double right = Math.max(x1, x2);
        double top = Math.min(y1, y2);
        double bottom = Math.max(y1, y2);
        int from = java.util.Arrays.binarySearch(tops, top - tallest - CLEAR - 1);
        for (int i = from < 0 ? -from - 1 : from; i < tops.length && tops[i] <= bottom + CLEAR; i++) {
            DiagramNode node = obstacles.get(i);
            if (right >= node.getX() - CLEAR && left <= node.getRight() + CLEAR && bottom >= node.getY() - CLEAR && top <= node.getBottom() + CLEAR) {
                return false;
            }
        }
        for (DiagramNode end : List.of(source, target)) {
            // inside an end box (not merely along its side)
            if (right > end.getX() + 1 && left < end.getRight() - 1 && bottom > end.getY() + 1 && top < end.getBottom() - 1) {
                return false;
            }
        }
        return true;
    }

    /** Drops repeated points and the middle of straight runs. */
    private static List<Point> simplify(List<Point> points) {
        List<Point> route = new ArrayList<>();
        for (Point p : points) {
            if (!route.isEmpty() && same(route.get(route.size() - 1), p)) {
                continue;
            }
            if (route.size() >= 2) {
                Point a = route.get(route.size() - 2);
                Point b = route.get(route.size() - 1);
                boolean straight = Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(b.x() - p.x()) < 1e-6
                        || Math.abs(a.y() - b.y()) < 1e-6 && Math.abs(b.y() - p.y()) < 1e-6;
                if (straight) {
                    route.set(route.size() - 1, p);
                    continue;
                }
            }
            route.add(p);
        }
        return route;
    }

    private static boolean same(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
    }
}
