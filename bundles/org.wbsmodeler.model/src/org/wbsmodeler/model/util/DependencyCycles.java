package org.wbsmodeler.model.util;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
		Graph graph = Graph.of(project, elements);
		List<List<WbsElement>> cycles = new ArrayList<>();
		for (int[] component : graph.stronglyConnected()) {
			int first = component[0];
			if (component.length > 1 || graph.linksToItself(first)) {
				cycles.add(graph.cycleWithin(component));
			}
		}
		return cycles;
	}

	/**
	 * The elements numbered in their given order and each one's successors as numbers, in link order: arrays instead
	 * of maps of boxed indexes, so Tarjan's walk over a 100,000-activity plan touches a few flat arrays (the maps were
	 * most of {@code validate}'s rule time). Elements linked from the project but not in the list are numbered after it.
	 */
	private static final class Graph {
		private final List<WbsElement> nodes;
		/** successors of node n: targets[start[n] .. start[n + 1]) */
		private final int[] start;
		private final int[] targets;

		private Graph(List<WbsElement> nodes, int[] start, int[] targets) {
			this.nodes = nodes;
			this.start = start;
			this.targets = targets;
		}

		static Graph of(Project project, List<WbsElement> elements) {
			List<WbsElement> nodes = new ArrayList<>(elements);
			Map<WbsElement, Integer> number = new IdentityHashMap<>(elements.size() * 2);
			for (int i = 0; i < nodes.size(); i++) {
				number.putIfAbsent(nodes.get(i), i);
			}
			// links as (from, to) pairs in the order a walk of the elements and their predecessor lists meets them
			int[] from = new int[16];
			int[] to = new int[16];
			int links = 0;
			for (int i = 0; i < elements.size(); i++) {
				for (Dependency link : elements.get(i).getPredecessors()) {
					WbsElement predecessor = link.getPredecessor();
					if (predecessor == null || predecessor.eIsProxy()) {
						continue;
					}
					Integer known = number.get(predecessor);
					if (known == null) {
						if (EcoreUtil.getRootContainer(predecessor) != project) {
							continue;
						}
						known = nodes.size();
						nodes.add(predecessor);
						number.put(predecessor, known);
					}
					if (links == from.length) {
						from = java.util.Arrays.copyOf(from, links * 2);
						to = java.util.Arrays.copyOf(to, links * 2);
					}
					from[links] = known;
					to[links++] = number.get(elements.get(i));
				}
			}
			// counting sort by source keeps each source's successors in link order
			int[] start = new int[nodes.size() + 1];
			for (int l = 0; l < links; l++) {
				start[from[l] + 1]++;
			}
			for (int n = 0; n < nodes.size(); n++) {
				start[n + 1] += start[n];
			}
			int[] fill = java.util.Arrays.copyOf(start, nodes.size());
			int[] targets = new int[links];
			for (int l = 0; l < links; l++) {
				targets[fill[from[l]]++] = to[l];
			}
			return new Graph(nodes, start, targets);
		}

		boolean linksToItself(int node) {
			for (int s = start[node]; s < start[node + 1]; s++) {
				if (targets[s] == node) {
					return true;
				}
			}
			return false;
		}

		/** Tarjan's strongly connected components, iteratively, roots in element order; each component in stack order. */
		List<int[]> stronglyConnected() {
			int size = nodes.size();
			int[] index = new int[size];
			java.util.Arrays.fill(index, -1);
			int[] low = new int[size];
			boolean[] onStack = new boolean[size];
			int[] stack = new int[size];
			int stackSize = 0;
			// explicit DFS stack of (node, next successor position)
			int[] workNode = new int[size];
			int[] workNext = new int[size];
			List<int[]> result = new ArrayList<>();
			int counter = 0;
			for (int root = 0; root < size; root++) {
				if (index[root] >= 0) {
					continue;
				}
				int work = 0;
				workNode[work] = root;
				workNext[work++] = start[root];
				index[root] = low[root] = counter++;
				stack[stackSize++] = root;
				onStack[root] = true;
				while (work > 0) {
					int node = workNode[work - 1];
					int position = workNext[work - 1];
					if (position < start[node + 1]) {
						workNext[work - 1] = position + 1;
						int child = targets[position];
						if (index[child] < 0) {
							index[child] = low[child] = counter++;
							stack[stackSize++] = child;
							onStack[child] = true;
							workNode[work] = child;
							workNext[work++] = start[child];
						} else if (onStack[child]) {
							low[node] = Math.min(low[node], index[child]);
						}
						continue;
					}
					work--;
					if (work > 0) {
						int parent = workNode[work - 1];
						low[parent] = Math.min(low[parent], low[node]);
					}
					if (low[node] == index[node]) {
						int bottom = stackSize;
						do {
							onStack[stack[--bottom]] = false;
						} while (stack[bottom] != node);
						result.add(java.util.Arrays.copyOfRange(stack, bottom, stackSize));
						stackSize = bottom;
					}
				}
			}
			return result;
		}

		/** A path inside one strongly connected component that returns to its start (breadth-first, so it is short). */
		List<WbsElement> cycleWithin(int[] component) {
			int first = component[0];
			java.util.Set<Integer> inComponent = new java.util.HashSet<>();
			for (int member : component) {
				inComponent.add(member);
			}
			Map<Integer, Integer> cameFrom = new HashMap<>();
			Deque<Integer> queue = new ArrayDeque<>();
			queue.add(first);
			int last = -1;
			while (!queue.isEmpty() && last < 0) {
				int node = queue.poll();
				for (int s = start[node]; s < start[node + 1]; s++) {
					int next = targets[s];
					if (next == first) {
						last = node;
						break;
					}
					if (inComponent.contains(next) && !cameFrom.containsKey(next)) {
						cameFrom.put(next, node);
						queue.add(next);
					}
				}
			}
			List<WbsElement> cycle = new ArrayList<>();
			cycle.add(nodes.get(first));
			for (Integer node = last < 0 ? null : last; node != null && node != first; node = cameFrom.get(node)) {
				cycle.add(1, nodes.get(node));
			}
			cycle.add(nodes.get(first));
			return cycle;
		}
	}

}
