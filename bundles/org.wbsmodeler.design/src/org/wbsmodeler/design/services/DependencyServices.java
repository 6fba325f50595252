package org.wbsmodeler.design.services;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * Whether a dependency may be drawn from one box of the network to another (the link tool). A link that repeats an
 * existing one, joins two projects or closes a cycle is refused, and the cycle it would close is named.
 */
public class DependencyServices {

	public boolean canLink(EObject predecessor, EObject successor) {
		return linkProblem(predecessor, successor) == null;
	}

	/** Why the link from predecessor to successor cannot be made, or null when it can. */
	public String linkProblem(EObject predecessor, EObject successor) {
		if (!(predecessor instanceof WbsElement from) || !(successor instanceof WbsElement to)) {
			return "a dependency joins two WBS elements, not " + describe(predecessor) + " and " + describe(successor);
		}
		if (from == to) {
			return describe(from) + " cannot depend on itself";
		}
		if (EcoreUtil.getRootContainer(from) != EcoreUtil.getRootContainer(to)) {
			return describe(from) + " and " + describe(to) + " are in different projects";
		}
		for (Dependency existing : to.getPredecessors()) {
			if (existing.getPredecessor() == from) {
				return describe(to) + " already depends on " + describe(from);
			}
		}
		List<WbsElement> path = successorPath(to, from);
		if (path != null) {
			path.add(to);
			return "a link from " + ModelLabels.shortLabel(from) + " to " + ModelLabels.shortLabel(to)
					+ " would close the cycle " + ModelLabels.chain(path);
		}
		return null;
	}

	/**
	 * The shortest chain of successors from start to goal (both included), or null when goal does not follow start.
	 * Successors are found by looking at every element's predecessors once, so the search is linear in the project.
	 */
	static List<WbsElement> successorPath(WbsElement start, WbsElement goal) {
		Map<WbsElement, List<WbsElement>> successors = successorsIn(EcoreUtil.getRootContainer(start));
		Map<WbsElement, WbsElement> cameFrom = new IdentityHashMap<>();
		Deque<WbsElement> queue = new ArrayDeque<>();
		queue.add(start);
		cameFrom.put(start, start);
		while (!queue.isEmpty()) {
			WbsElement node = queue.poll();
			if (node == goal) {
				List<WbsElement> path = new ArrayList<>();
				for (WbsElement at = goal; at != start; at = cameFrom.get(at)) {
					path.add(at);
				}
				path.add(start);
				Collections.reverse(path);
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

	private static Map<WbsElement, List<WbsElement>> successorsIn(EObject root) {
		Map<WbsElement, List<WbsElement>> successors = new IdentityHashMap<>();
		for (var it = root.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element) {
				for (Dependency link : element.getPredecessors()) {
					WbsElement from = link.getPredecessor();
					if (from != null && !from.eIsProxy()) {
						successors.computeIfAbsent(from, k -> new ArrayList<>()).add(element);
					}
				}
			}
		}
		return successors;
	}
}
