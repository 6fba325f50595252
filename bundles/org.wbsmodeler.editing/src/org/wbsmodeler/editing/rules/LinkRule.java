package org.wbsmodeler.editing.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * Whether a dependency may be added — the one answer for the Plan's Predecessors cell, the Network's and the Gantt
 * chart's link gestures and the Sirius design's link tool, each refusal worded once. Asked before a command is
 * made, so a refused link never touches the model or the undo stack. Links count element to element, as
 * {@code DependencyCycles} counts them; a cycle is named in link order starting with the new link.
 */
public final class LinkRule {

	private LinkRule() {
	}

	/** Why linking each predecessor to the successor is refused (a second link between two tasks included), or null. */
	public static String refusal(List<? extends EObject> predecessors, EObject successor) {
		return check(predecessors, successor, false);
	}

	/**
	 * Why the successor's predecessors cannot become exactly these, or null: its present links do not count (they are
	 * being replaced).
	 */
	public static String replacementRefusal(List<? extends EObject> predecessors, WbsElement successor) {
		return check(predecessors, successor, true);
	}

	private static String check(List<? extends EObject> predecessors, EObject successor, boolean replacing) {
		for (EObject predecessor : predecessors) {
			if (!(predecessor instanceof WbsElement from) || !(successor instanceof WbsElement to)) {
				return "A dependency joins two WBS elements, not " + ModelLabels.describe(predecessor) + " and " + ModelLabels.describe(successor);
			}
			if (from == to) {
				return label(to) + " cannot depend on itself";
			}
			if (EcoreUtil.getRootContainer(from) != EcoreUtil.getRootContainer(to)) {
				return label(from) + " and " + label(to) + " are in different projects";
			}
			if (!replacing && to.getPredecessors().stream().anyMatch(d -> d.getPredecessor() == from)) {
				return label(to) + " already depends on " + label(from);
			}
		}
		if (predecessors.isEmpty()) {
			return null;
		}
		WbsElement to = (WbsElement) successor;
		Map<WbsElement, List<WbsElement>> successors = successors(EcoreUtil.getRootContainer(to), replacing ? to : null);
		for (EObject predecessor : predecessors) {
			WbsElement from = (WbsElement) predecessor;
			List<WbsElement> path = path(successors, to, from);
			if (path != null) {
				List<WbsElement> cycle = new ArrayList<>();
				cycle.add(from);
				cycle.addAll(path);
				return "A link from " + label(from) + " to " + label(to) + " would close the dependency cycle " + ModelLabels.chain(cycle);
			}
		}
		return null;
	}

	/** Each element's successors over the whole model (one pass); the links into {@code ignoredSuccessor} left out. */
	private static Map<WbsElement, List<WbsElement>> successors(EObject root, WbsElement ignoredSuccessor) {
		Map<WbsElement, List<WbsElement>> successors = new IdentityHashMap<>();
		for (var it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Dependency link && link.eContainer() instanceof WbsElement to && to != ignoredSuccessor
					&& link.getPredecessor() != null && !link.getPredecessor().eIsProxy()) {
				successors.computeIfAbsent(link.getPredecessor(), k -> new ArrayList<>()).add(to);
			}
		}
		return successors;
	}

	/** A shortest path from one element to another along successor links, both ends included, or null. */
	private static List<WbsElement> path(Map<WbsElement, List<WbsElement>> successors, WbsElement from, WbsElement to) {
		Map<WbsElement, WbsElement> cameFrom = new IdentityHashMap<>();
		Deque<WbsElement> queue = new ArrayDeque<>();
		queue.add(from);
		cameFrom.put(from, from);
		while (!queue.isEmpty()) {
			WbsElement node = queue.poll();
			if (node == to) {
				List<WbsElement> path = new ArrayList<>();
				for (WbsElement step = to; step != from; step = cameFrom.get(step)) {
					path.add(0, step);
				}
				path.add(0, from);
				return path;
			}
			for (WbsElement next : successors.getOrDefault(node, List.of())) {
				if (cameFrom.putIfAbsent(next, node) == null) {
					queue.add(next);
				}
			}
		}
		return null;
	}

	static String label(WbsElement element) {
		return ModelLabels.shortLabel(element);
	}
}
