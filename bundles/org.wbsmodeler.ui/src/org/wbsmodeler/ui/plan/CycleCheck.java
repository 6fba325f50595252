package org.wbsmodeler.ui.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * Whether giving an element new predecessors would close a dependency cycle — asked before the command runs, so a
 * refused edit never touches the model or the undo stack. Links are taken as {@code DependencyCycles} takes them
 * (element to element); the answer is the cycle in link order, closed ("1.1 A → 1.2 B → 1.1 A").
 */
public final class CycleCheck {

	private CycleCheck() {
	}

	/** The cycle the new predecessors of {@code successor} would close, as text, or null when there is none. */
	public static String cycle(Project project, WbsElement successor, List<WbsElement> newPredecessors) {
		Map<WbsElement, List<WbsElement>> successors = new IdentityHashMap<>();
		for (var it = project.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Dependency link && link.eContainer() != successor && link.getPredecessor() != null
					&& link.eContainer() instanceof WbsElement to) {
				successors.computeIfAbsent(link.getPredecessor(), k -> new ArrayList<>()).add(to);
			}
		}
		for (WbsElement predecessor : newPredecessors) {
			List<WbsElement> path = path(successors, successor, predecessor);
			if (path != null) {
				List<WbsElement> cycle = new ArrayList<>();
				cycle.add(predecessor);
				cycle.addAll(path);
				return ModelLabels.chain(cycle);
			}
		}
		return null;
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
}
