package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;
import org.wbsmodeler.diagram.render.BoxMetrics;

/**
 * Puts one new box into a laid-out left-to-right diagram without moving any other: in the next layer after its
 * predecessor (or before its successor, or below the box before it in model order), at the first height where it
 * overlaps no box and no arrow; failing that, below the whole drawing, where there is always room. A new task then
 * appears where a user who drew it by hand would have put it, and everything the user knew where to find stays put.
 */
final class FreePlace {

	/** Room kept between the new box and its neighbours and arrows. */
	private static final double ROOM = ElkDiagramLayout.NODE_SPACING / 2;
	/** Heights tried above and below the anchor's row. */
	private static final int TRIES = 6;

	private final Diagram diagram;
	private final DiagramNode box;

	private FreePlace(Diagram diagram, DiagramNode box) {
		this.diagram = diagram;
		this.box = box;
	}

	/** Gives the box a free place and grows the diagram to take it in. */
	static void place(Diagram diagram, DiagramNode box) {
		new FreePlace(diagram, box).place();
	}

	private void place() {
		double w = box.getWidth();
		double h = box.getHeight();
		for (double[] start : starts()) {
			for (int i = 0; i <= 2 * TRIES; i++) {
				// the anchor's row first, then one row lower, one higher, two lower…
				int step = (i + 1) / 2 * (i % 2 == 1 ? 1 : -1);
				double y = start[1] + step * (h + ElkDiagramLayout.NODE_SPACING);
				if (free(start[0], y, w, h)) {
					put(start[0], y);
					return;
				}
			}
		}
		double bottom = BoxMetrics.MARGIN;
		for (DiagramNode n : diagram.getNodes()) {
			if (n != box && n.isLaidOut()) {
				bottom = Math.max(bottom, n.getBottom());
			}
		}
		for (DiagramEdge e : diagram.getEdges()) {
			for (Point p : e.getRoute()) {
				bottom = Math.max(bottom, p.y());
			}
		}
		put(BoxMetrics.MARGIN, bottom + ElkDiagramLayout.LAYER_SPACING);
	}

	/** Top left corners to start from: after the predecessors, before the successors, below the box before it. */
	private List<double[]> starts() {
		List<double[]> starts = new ArrayList<>();
		for (DiagramEdge e : diagram.getEdges()) {
			DiagramNode other = e.getTarget() == box ? e.getSource() : null;
			if (other != null && other != box && other.isLaidOut()) {
				starts.add(new double[] { other.getRight() + ElkDiagramLayout.LAYER_SPACING, other.getY() });
			}
		}
		for (DiagramEdge e : diagram.getEdges()) {
			DiagramNode other = e.getSource() == box ? e.getTarget() : null;
			if (other != null && other != box && other.isLaidOut()) {
				starts.add(new double[] { other.getX() - ElkDiagramLayout.LAYER_SPACING - box.getWidth(), other.getY() });
			}
		}
		DiagramNode before = null;
		for (DiagramNode n : diagram.getNodes()) {
			if (n == box) {
				break;
			}
			if (n.isLaidOut() && !n.isContainer()) {
				before = n;
			}
		}
		if (before != null) {
			starts.add(new double[] { before.getX(), before.getBottom() + ElkDiagramLayout.NODE_SPACING });
			starts.add(new double[] { before.getRight() + ElkDiagramLayout.LAYER_SPACING, before.getY() });
		}
		return starts;
	}

	/** Clear of every box and arrow by {@link #ROOM}, and inside the drawing's margin. */
	private boolean free(double x, double y, double w, double h) {
		if (x < BoxMetrics.MARGIN || y < BoxMetrics.MARGIN + diagram.getTitleHeight()) {
			return false;
		}
		double left = x - ROOM;
		double top = y - ROOM;
		double right = x + w + ROOM;
		double bottom = y + h + ROOM;
		for (DiagramNode n : diagram.getNodes()) {
			if (n != box && n.isLaidOut() && !n.isContainer() && n.getRight() > left && n.getX() < right && n.getBottom() > top && n.getY() < bottom) {
				return false;
			}
		}
		for (DiagramEdge e : diagram.getEdges()) {
			List<Point> route = e.getRoute();
			for (int i = 1; i < route.size(); i++) {
				Point a = route.get(i - 1);
				Point b = route.get(i);
				if (Math.max(a.x(), b.x()) > left && Math.min(a.x(), b.x()) < right && Math.max(a.y(), b.y()) > top && Math.min(a.y(), b.y()) < bottom) {
					return false;
				}
			}
		}
		return true;
	}

	private void put(double x, double y) {
		box.setBounds(x, y, box.getWidth(), box.getHeight());
		diagram.setSize(Math.max(diagram.getWidth(), box.getRight() + BoxMetrics.MARGIN), Math.max(diagram.getHeight(), box.getBottom() + BoxMetrics.MARGIN));
	}
}
