package org.wbsmodeler.ui.diagram.viewer;

import java.util.List;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;

/** Which box or arrow is at a point, in diagram coordinates. */
final class HitTest {

	private HitTest() {
	}

	/** The innermost box at the point: a box over a container, a nested container over its parent. */
	static DiagramNode nodeAt(Diagram diagram, double x, double y) {
		DiagramNode hit = null;
		for (DiagramNode node : diagram.getNodes()) {
			if (x >= node.getX() && x <= node.getRight() && y >= node.getY() && y <= node.getBottom()) {
				if (hit == null || !node.isContainer() || hit.isContainer() && hit.contains(node)) {
					hit = node;
				}
			}
		}
		return hit;
	}

	/** The arrow passing within {@code tolerance} of the point. */
	static DiagramEdge edgeAt(Diagram diagram, double x, double y, double tolerance) {
		DiagramEdge best = null;
		double bestDistance = tolerance;
		for (DiagramEdge edge : diagram.getEdges()) {
			List<Point> route = edge.getRoute();
			for (int i = 1; i < route.size(); i++) {
				double d = distance(route.get(i - 1), route.get(i), x, y);
				if (d <= bestDistance) {
					bestDistance = d;
					best = edge;
				}
			}
		}
		return best;
	}

	private static double distance(Point a, Point b, double x, double y) {
		double dx = b.x() - a.x();
		double dy = b.y() - a.y();
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
		return Math.hypot(a.x() + t * dx - x, a.y() + t * dy - y);
	}
}
