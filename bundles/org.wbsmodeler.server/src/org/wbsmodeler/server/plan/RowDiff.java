package org.wbsmodeler.server.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What changed between the rows a client checked out and the rows of its model now: creations (parents first),
 * changed features, moves, deletions (children first). Order among siblings is a number; an element that kept its
 * place keeps its number, one that moved or is new gets a number between its neighbours, so that a move or an
 * insertion is one change, not a renumbering of every sibling after it.
 */
public final class RowDiff {

	private RowDiff() {
	}

	/**
	 * @param base the rows at the client's base revision
	 * @param mine the rows of the model now, siblings in their order ({@link PlanCodec#rows}: ord = index)
	 */
	public static List<Change> diff(Map<String, ElementRow> base, Map<String, ElementRow> mine) {
		Map<String, Double> ords = orders(base, mine);
		List<Change> changes = new ArrayList<>();
		for (ElementRow row : mine.values()) {
			ElementRow before = base.get(row.id());
			if (before != null && !before.kind().equals(row.kind())) {
				deleteAll(changes, before);
				before = null;
			}
			if (before == null) {
				changes.add(new Change(row.id(), ElementRow.KIND, null, TextNode.valueOf(row.kind())));
			}
			JsonNode parent = row.value(ElementRow.PARENT);
			JsonNode oldParent = ElementRow.valueOf(before, ElementRow.PARENT);
			if (!Change.same(parent, oldParent)) {
				changes.add(new Change(row.id(), ElementRow.PARENT, oldParent, parent));
			}
			if (row.parent() != null) {
				JsonNode ord = DoubleNode.valueOf(ords.get(row.id()));
				JsonNode oldOrd = ElementRow.valueOf(before, ElementRow.ORDER);
				if (!Change.same(ord, oldOrd)) {
					changes.add(new Change(row.id(), ElementRow.ORDER, oldOrd, ord));
				}
			}
			Set<String> names = new HashSet<>();
			row.attrs().fieldNames().forEachRemaining(names::add);
			if (before != null) {
				before.attrs().fieldNames().forEachRemaining(names::add);
			}
			for (String name : sorted(names)) {
				JsonNode now = row.attrs().get(name);
				JsonNode then = before == null ? null : before.attrs().get(name);
				if (!Change.same(now, then)) {
					changes.add(new Change(row.id(), name, then, now));
				}
			}
		}
		List<ElementRow> gone = new ArrayList<>();
		for (ElementRow row : base.values()) {
			ElementRow now = mine.get(row.id());
			if (now == null) {
				gone.add(row);
			}
		}
		// children before their parents: a deletion never leaves an element without its container
		for (int i = gone.size() - 1; i >= 0; i--) {
			deleteAll(changes, gone.get(i));
		}
		return changes;
	}

	private static void deleteAll(List<Change> changes, ElementRow row) {
		for (String name : sorted(iterable(row))) {
			changes.add(new Change(row.id(), name, row.attrs().get(name), null));
		}
		if (row.parent() != null) {
			changes.add(new Change(row.id(), ElementRow.ORDER, row.value(ElementRow.ORDER), null));
			changes.add(new Change(row.id(), ElementRow.PARENT, row.value(ElementRow.PARENT), null));
		}
		changes.add(new Change(row.id(), ElementRow.KIND, row.value(ElementRow.KIND), null));
	}

	private static Set<String> iterable(ElementRow row) {
		Set<String> names = new HashSet<>();
		row.attrs().fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static List<String> sorted(Set<String> names) {
		List<String> list = new ArrayList<>(names);
		list.sort(null);
		return list;
	}

	/** The order number of every element of mine: the base's where it keeps the order, else one between neighbours. */
	private static Map<String, Double> orders(Map<String, ElementRow> base, Map<String, ElementRow> mine) {
		Map<String, List<ElementRow>> lists = new LinkedHashMap<>();
		for (ElementRow row : mine.values()) {
			if (row.parent() != null) {
				lists.computeIfAbsent(row.parent() + "/" + row.feature(), k -> new ArrayList<>()).add(row);
			}
		}
		Map<String, Double> ords = new java.util.HashMap<>(mine.size() * 2);
		for (List<ElementRow> list : lists.values()) {
			list.sort((a, b) -> Double.compare(a.ord(), b.ord()));
			int n = list.size();
			Double[] kept = new Double[n];
			for (int i = 0; i < n; i++) {
				kept[i] = keptOrd(base.get(list.get(i).id()), list.get(i));
			}
			boolean[] keep = longestIncreasing(kept);
			int i = 0;
			while (i < n) {
				if (keep[i]) {
					ords.put(list.get(i).id(), kept[i]);
					i++;
					continue;
				}
				int runEnd = i;
				while (runEnd < n && !keep[runEnd]) {
					runEnd++;
				}
				double before = i == 0 ? Double.NEGATIVE_INFINITY : ords.get(list.get(i - 1).id());
				double after = runEnd == n ? Double.POSITIVE_INFINITY : kept[runEnd];
				int k = runEnd - i;
				for (int j = 0; j < k; j++) {
					double ord;
					if (before != Double.NEGATIVE_INFINITY && after != Double.POSITIVE_INFINITY) {
						ord = before + (after - before) * (j + 1) / (k + 1);
					} else if (after != Double.POSITIVE_INFINITY) {
						ord = after - (k - j);
					} else {
						ord = (before == Double.NEGATIVE_INFINITY ? -1 : Math.floor(before)) + j + 1;
					}
					ords.put(list.get(i + j).id(), ord);
				}
				i = runEnd;
			}
		}
		return ords;
	}

	/** Which of the order numbers to keep: a longest strictly increasing subsequence (nulls never), so fewest move. */
	private static boolean[] longestIncreasing(Double[] values) {
		int n = values.length;
		int[] tails = new int[n];
		int[] previous = new int[n];
		int length = 0;
		for (int i = 0; i < n; i++) {
			if (values[i] == null) {
				continue;
			}
			int low = 0;
			int high = length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (values[tails[middle]] < values[i]) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			previous[i] = low > 0 ? tails[low - 1] : -1;
			tails[low] = i;
			if (low == length) {
				length++;
			}
		}
		boolean[] keep = new boolean[n];
		for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = previous[i]) {
			keep[i] = true;
		}
		return keep;
	}

	private static Double keptOrd(ElementRow before, ElementRow now) {
		if (before == null || before.parent() == null || !before.parent().equals(now.parent()) || !before.feature().equals(now.feature())
				|| !before.kind().equals(now.kind())) {
			return null;
		}
		return before.ord();
	}
}
