package org.wbsmodeler.diagram.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramKind;
import org.wbsmodeler.diagram.model.DiagramNode;

/**
 * Keeps the last layout across an edit. Boxes are matched by what they stand for (their model object, else their id,
 * which the builders take from the element's id), never by their place in the list, so a box inserted or deleted
 * before another does not make that one "different". A new duration reschedules the plan and changes the dates in the
 * boxes, not where they stand; laying a 2,000-box network out again would cost ELK most of half a second and would
 * move boxes under the user's eyes.
 * <p>
 * Arrows are matched by what they stand for (the dependency): kept ones keep their routes, removed ones go, and on a
 * network a new one is routed among the boxes where they are ({@link EdgeRouter}), as drawing tools do when a
 * connection is added. On a network, too, a deleted box leaves its place empty and the others stay; a new box is put
 * in free room beside its predecessor ({@link FreePlace}) and its arrows routed; a box whose text got wider or
 * narrower (a float of 12 d instead of 3 d) keeps its top left corner when it still overlaps no other box. Any other
 * change (a box more or less on a tree or a process map, which must make room for it; a box that would overlap; an
 * arrow no free route was found for; many new boxes at once) gets a full layout, and so does the page's Arrange.
 */
public final class LayoutReuse {

	private static final double SAME = 0.01;
	/** More new arrows than this at once (a paste, an import) are worth a full layout. */
	private static final int MAX_ROUTED = 24;
	/** More new boxes than this at once are worth a full layout too. */
	private static final int MAX_PLACED = 8;
	/** Room a resized box keeps from its neighbours. */
	private static final double ROOM = 4;

	private LayoutReuse() {
	}

	/** Copies positions and routes from the previous layout where the boxes are still there; tells whether it did. */
	public static boolean reuse(Diagram previous, Diagram next) {
		if (previous == null || previous.getKind() != next.getKind()) {
			return false;
		}
		boolean network = next.getKind() == DiagramKind.NETWORK;
		Map<Object, DiagramNode> oldByKey = new HashMap<>(previous.getNodeCount() * 2);
		for (DiagramNode node : previous.getNodes()) {
			oldByKey.put(key(node), node);
		}
		Map<DiagramNode, DiagramNode> oldOf = new IdentityHashMap<>(next.getNodeCount() * 2);
		List<DiagramNode> addedNodes = new ArrayList<>();
		Set<DiagramNode> resized = Collections.newSetFromMap(new IdentityHashMap<>());
		for (DiagramNode node : next.getNodes()) {
			DiagramNode old = oldByKey.get(key(node));
			if (old == null) {
				addedNodes.add(node);
				continue;
			}
			if (!samePlace(old, node)) {
				return false;
			}
			oldOf.put(node, old);
			if (!sameSize(old, node)) {
				resized.add(node);
			}
		}
		boolean boxesChanged = !addedNodes.isEmpty() || oldOf.size() < previous.getNodeCount();
		if (boxesChanged && (!network || addedNodes.size() > MAX_PLACED || addedNodes.stream().anyMatch(DiagramNode::isContainer) || oldOf.isEmpty())) {
			return false;
		}
		if (!resized.isEmpty() && (!network || resized.stream().anyMatch(DiagramNode::isContainer))) {
			return false;
		}
		Map<Object, DiagramEdge> oldEdges = new HashMap<>(previous.getEdges().size() * 2);
		for (DiagramEdge edge : previous.getEdges()) {
			oldEdges.put(key(edge), edge);
		}
		List<DiagramEdge> addedEdges = new ArrayList<>();
		List<DiagramEdge[]> kept = new ArrayList<>();
		for (DiagramEdge edge : next.getEdges()) {
			DiagramEdge old = oldEdges.get(key(edge));
			boolean endsStayed = oldOf.containsKey(edge.getSource()) && oldOf.containsKey(edge.getTarget()) && !resized.contains(edge.getSource())
					&& !resized.contains(edge.getTarget());
			if (old != null && endsStayed && old.getSource() == oldOf.get(edge.getSource()) && old.getTarget() == oldOf.get(edge.getTarget())
					&& Math.abs(old.getLabelWidth() - edge.getLabelWidth()) < SAME && Math.abs(old.getLabelHeight() - edge.getLabelHeight()) < SAME) {
				kept.add(new DiagramEdge[] { old, edge });
			} else {
				addedEdges.add(edge);
			}
		}
		if (!addedEdges.isEmpty() && (!network || addedEdges.size() > MAX_ROUTED)) {
			return false;
		}
		for (Map.Entry<DiagramNode, DiagramNode> e : oldOf.entrySet()) {
			DiagramNode old = e.getValue();
			DiagramNode node = e.getKey();
			node.setBounds(old.getX(), old.getY(), node.getWidth(), node.getHeight());
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
		for (DiagramNode box : addedNodes) {
			FreePlace.place(next, box);
		}
		for (DiagramEdge edge : addedEdges) {
			if (!EdgeRouter.route(next, edge)) {
				return false;
			}
		}
		return true;
	}

	/** The same container, laid out, with a header of the same height. */
	private static boolean samePlace(DiagramNode a, DiagramNode b) {
		return Objects.equals(key(a.getParent()), key(b.getParent())) && a.isLaidOut() && Math.abs(a.getHeaderHeight() - b.getHeaderHeight()) < SAME;
	}

	private static boolean sameSize(DiagramNode a, DiagramNode b) {
		return Math.abs(a.getWidth() - b.getWidth()) < SAME && Math.abs(a.getHeight() - b.getHeight()) < SAME;
	}

	private static boolean overlapsAnother(Diagram diagram, DiagramNode box) {
		for (DiagramNode other : diagram.getNodes()) {
			if (other != box && other.isLaidOut() && !other.isContainer() && box.getRight() + ROOM > other.getX() && box.getX() - ROOM < other.getRight()
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
