package org.wbsmodeler.diagram.tests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/** Structural checks on a laid-out diagram, shared by the layout and builder tests. */
final class Geometry {

    /** Slack for floating point and half-pixel rounding in ELK. */
    static final double EPS = 1.0;

    private Geometry() {
    }

    /** No two boxes share area, except a container and what it contains (which must lie inside it). */
    static void assertNoOverlaps(Diagram diagram) {
        List<DiagramNode> nodes = diagram.getNodes();
        for (int i = 0; i < nodes.size(); i++) {
            DiagramNode a = nodes.get(i);
            assertTrue("not laid out: " + a, a.isLaidOut());
            for (int j = i + 1; j < nodes.size(); j++) {
                DiagramNode b = nodes.get(j);
                if (a.contains(b) || b.contains(a)) {
                    DiagramNode outer = a.contains(b) ? a : b;
                    DiagramNode inner = outer == a ? b : a;
                    assertTrue(inner + " sticks out of its container " + outer, inside(inner, outer));
                } else if (a.overlaps(b) && overlapArea(a, b) > EPS) {
                    fail("boxes overlap: " + a + " and " + b);
                }
            }
        }
    }

    /** Every edge starts on its source's border and ends on its target's border, and has a route. */
    static void assertEdgesJoinTheirNodes(Diagram diagram) {
        for (DiagramEdge edge : diagram.getEdges()) {
            List<Point> route = edge.getRoute();
            assertTrue("edge has no route: " + edge, route.size() >= 2);
            Point start = route.get(0);
            Point end = route.get(route.size() - 1);
            assertTrue(edge + " starts at " + start + ", not on the border of " + edge.getSource(),
                    onBorder(start, edge.getSource()));
            assertTrue(edge + " ends at " + end + ", not on the border of " + edge.getTarget(),
                    onBorder(end, edge.getTarget()));
        }
    }

    /** Every segment of every route is horizontal or vertical. */
    static void assertOrthogonal(Diagram diagram) {
        for (DiagramEdge edge : diagram.getEdges()) {
            List<Point> route = edge.getRoute();
            for (int i = 1; i < route.size(); i++) {
                Point a = route.get(i - 1);
                Point b = route.get(i);
                assertTrue(edge + " has a slanted segment " + a + " -> " + b,
                        Math.abs(a.x() - b.x()) < 0.01 || Math.abs(a.y() - b.y()) < 0.01);
            }
        }
    }

    /** Nodes, routes and labels lie within the diagram's size. */
    static void assertInsideDiagram(Diagram diagram) {
        for (DiagramNode n : diagram.getNodes()) {
            assertTrue(n + " outside " + diagram.getWidth() + "x" + diagram.getHeight(), n.getX() >= 0
                    && n.getY() >= 0 && n.getRight() <= diagram.getWidth() && n.getBottom() <= diagram.getHeight());
        }
        for (DiagramEdge e : diagram.getEdges()) {
            for (Point p : e.getRoute()) {
                assertTrue(e + " leaves the drawing at " + p, p.x() >= 0 && p.y() >= 0
                        && p.x() <= diagram.getWidth() && p.y() <= diagram.getHeight());
            }
        }
    }

    static boolean onBorder(Point p, DiagramNode n) {
        boolean withinX = p.x() >= n.getX() - EPS && p.x() <= n.getRight() + EPS;
        boolean withinY = p.y() >= n.getY() - EPS && p.y() <= n.getBottom() + EPS;
        boolean onVertical = Math.abs(p.x() - n.getX()) <= EPS || Math.abs(p.x() - n.getRight()) <= EPS;
        boolean onHorizontal = Math.abs(p.y() - n.getY()) <= EPS || Math.abs(p.y() - n.getBottom()) <= EPS;
        return (onVertical && withinY) || (onHorizontal && withinX);
    }

    private static boolean inside(DiagramNode inner, DiagramNode outer) {
        return inner.getX() >= outer.getX() - EPS && inner.getY() >= outer.getY() - EPS
                && inner.getRight() <= outer.getRight() + EPS && inner.getBottom() <= outer.getBottom() + EPS;
    }

    private static double overlapArea(DiagramNode a, DiagramNode b) {
        double w = Math.min(a.getRight(), b.getRight()) - Math.max(a.getX(), b.getX());
        double h = Math.min(a.getBottom(), b.getBottom()) - Math.max(a.getY(), b.getY());
        return Math.max(0, w) * Math.max(0, h);
    }
}
