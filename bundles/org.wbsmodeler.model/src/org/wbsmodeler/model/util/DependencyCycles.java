package org.wbsmodeler.model.util;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;

/**
 * Finds dependency cycles in a project. Each strongly connected group of elements (Tarjan, iteratively, so deep
 * chains cannot overflow the stack) yields one cycle, given in link order and closed: the first element is repeated
 * at the end, e.g. A → B → C → A.
 */
public final class DependencyCycles {

	private DependencyCycles() {
	}

	public static List<List<WbsElement>> find(Project project) {
		List<WbsElement> elements = new ArrayList<>();
		for (var it = project.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof WbsElement element) {
				elements.add(element);
			}
		}
		return find(project, elements);
	}

	/**
	 * The cycles among the elements of the project's outline index: the same elements in the same (depth-first) order
	 * as a walk over the whole model, without visiting every link, assignment and annotation on the way.
	 */
	public static List<List<WbsElement>> find(Project project, OutlineIndex outline) {
		return find(project, outline.elements());
	}

	private static List<List<WbsElement>> find(Project project, List<WbsElement> elements) {
		Map<WbsElement, List<WbsElement>> successors = new IdentityHashMap<>();
		for (WbsElement element : elements) {
			for (Dependency link : element.getPredecessors()) {
				WbsElement from = link.getPredecessor();
				if (from != null && !from.eIsProxy() && EcoreUtil.getRootContainer(from) == project) {
					successors.computeIfAbsent(from, k -> new ArrayList<>()).add(element);
				}
			}
		}
		List<List<WbsElement>> cycles = new ArrayList<>();
		for (List<WbsElement> component : stronglyConnected(elements, successors)) {
			if (component.size() > 1 || successors.getOrDefault(component.get(0), List.of()).contains(component.get(0))) {
				cycles.add(cycleWithin(component, successors));
			}
		}
		return cycles;
	}

	private static List<List<WbsElement>> stronglyConnected(List<WbsElement> nodes, Map<WbsElement, List<WbsElement>> successors) {
		Map<WbsElement, Integer> index = new HashMap<>();
		Map<WbsElement, Integer> low = new HashMap<>();
		Deque<WbsElement> stack = new ArrayDeque<>();
		Map<WbsElement, Boolean> onStack = new IdentityHashMap<>();
		List<List<WbsElement>> result = new ArrayList<>();
		int counter = 0;
		for (WbsElement root : nodes) {
			if (index.containsKey(root)) {
				continue;
			}
			// explicit DFS stack of (node, next successor position)
			Deque<Object[]> work = new ArrayDeque<>();
			work.push(new Object[] { root, 0 });
			index.put(root, counter);
			low.put(root, counter++);
			stack.push(root);
			onStack.put(root, true);
			while (!work.isEmpty()) {
				Object[] frame = work.peek();
				WbsElement node = (WbsElement) frame[0];
				List<WbsElement> next = successors.getOrDefault(node, List.of());
				int position = (Integer) frame[1];
				if (position < next.size()) {
					frame[1] = position + 1;
					WbsElement child = next.get(position);
					if (!index.containsKey(child)) {
						index.put(child, counter);
						low.put(child, counter++);
						stack.push(child);
						onStack.put(child, true);
						work.push(new Object[] { child, 0 });
					} else if (onStack.getOrDefault(child, false)) {
						low.put(node, Math.min(low.get(node), index.get(child)));
					}
					continue;
				}
				work.pop();
				if (!work.isEmpty()) {
					WbsElement parent = (WbsElement) work.peek()[0];
					low.put(parent, Math.min(low.get(parent), low.get(node)));
				}
				if (low.get(node).equals(index.get(node))) {
					List<WbsElement> component = new ArrayList<>();
					WbsElement member;
					do {
						member = stack.pop();
						onStack.put(member, false);
						component.add(member);
					} while (member != node);
					Collections.reverse(component);
					result.add(component);
				}
			}
		}
		return result;
	}

	/** A path inside one strongly connected component that returns to its start (breadth-first, so it is short). */
	private static List<WbsElement> cycleWithin(List<WbsElement> component, Map<WbsElement, List<WbsElement>> successors) {
		WbsElement start = component.get(0);
		Map<WbsElement, Boolean> inComponent = new IdentityHashMap<>();
		component.forEach(e -> inComponent.put(e, true));
		Map<WbsElement, WbsElement> cameFrom = new IdentityHashMap<>();
		Deque<WbsElement> queue = new ArrayDeque<>();
		queue.add(start);
		WbsElement last = null;
		while (!queue.isEmpty() && last == null) {
			WbsElement node = queue.poll();
			for (WbsElement next : successors.getOrDefault(node, List.of())) {
				if (next == start) {
					last = node;
					break;
				}
				if (inComponent.containsKey(next) && !cameFrom.containsKey(next)) {
					cameFrom.put(next, node);
					queue.add(next);
				}
			}
		}
		List<WbsElement> cycle = new ArrayList<>();
		cycle.add(start);
		for (WbsElement node = last; node != null && node != start; node = cameFrom.get(node)) {
			cycle.add(1, node);
		}
		cycle.add(start);
		return cycle;
	}
}
