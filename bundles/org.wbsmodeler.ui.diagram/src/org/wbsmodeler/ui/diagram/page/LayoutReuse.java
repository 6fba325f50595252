package org.wbsmodeler.ui.diagram.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.wbsmodeler.diagram.layout.EdgeRouter;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;

/**
 * Keeps the last layout when an edit did not change the boxes: the same boxes for the same model objects, of the same
 * sizes, in the same containers. A new duration reschedules the plan and changes the dates in the boxes, not where
 * they stand; laying a 2,000-box network out again would cost ELK most of half a second and could move boxes under
 * the user's eyes. Arrows are matched by what they stand for (the dependency): kept ones keep their routes, removed
 * ones go, and on a network a new one is routed among the boxes where they are ({@link EdgeRouter}), as drawing
 * tools do when a connection is added. On a network a box whose text got wider or narrower (a float of 12 d instead
 * of 3 d, a name in bold now that the task is critical) keeps its top left corner when it still overlaps no other
 * box, and its arrows are routed again. Any other change (a box more or less, a box that would overlap, an arrow no
 * free route was found for) gets a full layout; so does the page's Arrange.
 */
final class LayoutReuse {

	private static final double SAME = 0.01;
	/** More new arrows than this at once (a paste, an import) are worth a full layout. */
	private static final int MAX_ROUTED = 24;
	/** Room a resized box keeps from its neighbours. */
	private static final double ROOM = 4;

	private LayoutReuse() {
	}

	/** Copies positions and routes from the previous layout when the boxes match; tells whether it did. */
	static boolean copyIfSameShape(Diagram previous, Diagram next) {
		if (previous == null || previous.getKind() != next.getKind() || previous.getNodeCount() != next.getNodeCount()) {
			return false;
		}
		List<DiagramNode> oldNodes = previous.getNodes();
		List<DiagramNode> newNodes = next.getNodes();
		Set<DiagramNode> resized = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < oldNodes.size(); i++) {
			if (!samePlace(oldNodes.get(i), newNodes.get(i))) {
				return false;
			}
			if (!sameSize(oldNodes.get(i), newNodes.get(i))) {
				resized.add(newNodes.get(i));
			}
		}
		if (!resized.isEmpty() && (next.getKind() != DiagramKind.NETWORK || resized.stream().anyMatch(DiagramNode::isContainer))) {
			return false;
		}
		Map<Object, DiagramEdge> oldEdges = new HashMap<>();
		for (DiagramEdge edge : previous.getEdges()) {
			oldEdges.put(key(edge), edge);
		}
		List<DiagramEdge> added = new ArrayList<>();
		List<DiagramEdge[]> kept = new ArrayList<>();
		for (DiagramEdge edge : next.getEdges()) {
			DiagramEdge old = oldEdges.get(key(edge));
			boolean endsStayed = !resized.contains(edge.getSource()) && !resized.contains(edge.getTarget());
			if (old != null && endsStayed && Objects.equals(key(old.getSource()), key(edge.getSource()))
					&& Objects.equals(key(old.getTarget()), key(edge.getTarget())) && Math.abs(old.getLabelWidth() - edge.getLabelWidth()) < SAME && Math.abs(old.getLabelHeight() - edge.getLabelHeight()) < SAME) {
				kept.add(new DiagramEdge[] { old, edge });
			} else {
				added.add(edge);
			}
		}
		if (!added.isEmpty() && (next.getKind() != DiagramKind.NETWORK || added.size() > MAX_ROUTED)) {
			return false;
		}
		for (int i = 0; i < oldNodes.size(); i++) {
			DiagramNode a = oldNodes.get(i);
			DiagramNode b = newNodes.get(i);
			b.setBounds(a.getX(), a.getY(), b.getWidth(), b.getHeight());
		}
		for (DiagramEdge[] pair : kept) {
			pair[1].setRoute(pair[0].getRoute());
			if (pair[0].isLabelPlaced()) {
				pair[1].setLabelPosition(pair[0].getLabelX(), pair[0].getLabelY());
			}
		}
		next.setSize(previous.getWidth(), previous.getHeight());
		for (DiagramNode box : resized) {
			if (overlapsAnother(next, box)) {
				return false;
			}
		}
		for (DiagramEdge edge : added) {
			if (!EdgeRouter.route(next, edge)) {
				return false;
			}
		}
		return true;
	}

	/** The same model object in the same container, laid out. */
	private static boolean samePlace(DiagramNode a, DiagramNode b) {
		return Objects.equals(key(a), key(b)) && Objects.equals(key(a.getParent()), key(b.getParent())) && a.isLaidOut()
				&& Math.abs(a.getHeaderHeight() - b.getHeaderHeight()) < SAME;
	}

	private static boolean sameSize(DiagramNode a, DiagramNode b) {
		return Math.abs(a.getWidth() - b.getWidth()) < SAME && Math.abs(a.getHeight() - b.getHeight()) < SAME;
	}

	private static boolean overlapsAnother(Diagram diagram, DiagramNode box) {
		for (DiagramNode other : diagram.getNodes()) {
			if (other != box && !other.isContainer() && box.getRight() + ROOM > other.getX() && box.getX() - ROOM < other.getRight()
					&& box.getBottom() + ROOM > other.getY() && box.getY() - ROOM < other.getBottom()) {
				return true;
			}
		}
		return box.getRight() > diagram.getWidth() || box.getBottom() > diagram.getHeight();
	}

	/** What a box stands for: its model object, else (title, notes, lanes) its id. */
	private static Object key(DiagramNode node) {
		return node == null ? null : node.getSource() != null ? node.getSource() : node.getId();
	}

	/** What an arrow stands for: its model object (a dependency), else its two ends. */
	private static Object key(DiagramEdge edge) {
		return edge.getSourceObject() != null ? edge.getSourceObject() : Arrays.asList(key(edge.getSource()), key(edge.getTarget()), edge.getId());
	}
}
