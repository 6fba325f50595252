package org.wbsmodeler.ui.diagram.page;

import java.util.List;
import java.util.Objects;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;

/**
 * Keeps the last layout when an edit did not change the diagram's shape: the same boxes for the same model objects,
 * of the same sizes, in the same containers, and the same arrows. A new duration reschedules the plan and changes the
 * dates in the boxes, not where they stand; laying a 2,000-box network out again would cost ELK most of half a second
 * and could move boxes under the user's eyes. Any structural change (a box or a link more or less, a box grown by a
 * longer name) gets a full layout.
 */
final class LayoutReuse {

	private static final double SAME = 0.01;

	private LayoutReuse() {
	}

	/** Copies positions and routes from the previous layout when the shapes match; tells whether it did. */
	static boolean copyIfSameShape(Diagram previous, Diagram next) {
		if (previous == null || previous.getKind() != next.getKind() || previous.getNodeCount() != next.getNodeCount()
				|| previous.getEdges().size() != next.getEdges().size()) {
			return false;
		}
		List<DiagramNode> oldNodes = previous.getNodes();
		List<DiagramNode> newNodes = next.getNodes();
		for (int i = 0; i < oldNodes.size(); i++) {
			if (!sameBox(oldNodes.get(i), newNodes.get(i))) {
				return false;
			}
		}
		List<DiagramEdge> oldEdges = previous.getEdges();
		List<DiagramEdge> newEdges = next.getEdges();
		for (int i = 0; i < oldEdges.size(); i++) {
			DiagramEdge a = oldEdges.get(i);
			DiagramEdge b = newEdges.get(i);
			if (!Objects.equals(key(a.getSource()), key(b.getSource())) || !Objects.equals(key(a.getTarget()), key(b.getTarget()))
					|| Math.abs(a.getLabelWidth() - b.getLabelWidth()) > SAME || Math.abs(a.getLabelHeight() - b.getLabelHeight()) > SAME) {
				return false;
			}
		}
		for (int i = 0; i < oldNodes.size(); i++) {
			DiagramNode a = oldNodes.get(i);
			newNodes.get(i).setBounds(a.getX(), a.getY(), a.getWidth(), a.getHeight());
		}
		for (int i = 0; i < oldEdges.size(); i++) {
			DiagramEdge a = oldEdges.get(i);
			DiagramEdge b = newEdges.get(i);
			b.setRoute(a.getRoute());
			if (a.isLabelPlaced()) {
				b.setLabelPosition(a.getLabelX(), a.getLabelY());
			}
		}
		next.setSize(previous.getWidth(), previous.getHeight());
		return true;
	}

	private static boolean sameBox(DiagramNode a, DiagramNode b) {
		return Objects.equals(key(a), key(b)) && Objects.equals(key(a.getParent()), key(b.getParent())) && a.isLaidOut()
				&& Math.abs(a.getWidth() - b.getWidth()) < SAME && Math.abs(a.getHeight() - b.getHeight()) < SAME
				&& Math.abs(a.getHeaderHeight() - b.getHeaderHeight()) < SAME;
	}

	/** What a box stands for: its model object, else (title, notes, lanes) its id. */
	private static Object key(DiagramNode node) {
		return node == null ? null : node.getSource() != null ? node.getSource() : node.getId();
	}
}
