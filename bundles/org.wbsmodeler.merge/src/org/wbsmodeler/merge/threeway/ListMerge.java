package org.wbsmodeler.merge.threeway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Three-way merge of an ordered list of distinct values: sibling order (element ids) and many-valued features.
 * <p>
 * The order of the values all three versions share comes from the side that reordered them (ours if both did, then
 * {@link #reorderConflict()} says so). Every other value is inserted after the nearest shared value that precedes it
 * on its side, so each side's insertions stay together and survive; when both sides insert after the same value,
 * the run whose first value sorts first goes first — the same order whichever side is called ours.
 */
final class ListMerge<T> {

	private final List<T> base;
	private final List<T> ours;
	private final List<T> theirs;
	private boolean reorderConflict;

	ListMerge(List<T> base, List<T> ours, List<T> theirs) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
	}

	/** The values kept by the merge: those both sides still have, and those one side added. */
	Set<T> members() {
		Set<T> inBase = new HashSet<>(base);
		Set<T> inTheirs = new HashSet<>(theirs);
		Set<T> inOurs = new HashSet<>(ours);
		Set<T> members = new LinkedHashSet<>();
		for (T value : ours) {
			if (inTheirs.contains(value) || !inBase.contains(value)) {
				members.add(value);
			}
		}
		for (T value : theirs) {
			if (!inBase.contains(value) && !inOurs.contains(value)) {
				members.add(value);
			}
		}
		return members;
	}

	/** The given members in merged order. */
	List<T> order(Set<T> members) {
		Set<T> shared = new HashSet<>(members);
		shared.retainAll(new HashSet<>(base));
		shared.retainAll(new HashSet<>(ours));
		shared.retainAll(new HashSet<>(theirs));
		List<T> baseOrder = restrict(base, shared);
		List<T> oursOrder = restrict(ours, shared);
		List<T> theirsOrder = restrict(theirs, shared);
		List<T> skeleton;
		if (oursOrder.equals(baseOrder)) {
			skeleton = theirsOrder;
		} else if (theirsOrder.equals(baseOrder) || theirsOrder.equals(oursOrder)) {
			skeleton = oursOrder;
		} else {
			skeleton = oursOrder;
			reorderConflict = true;
		}
		// each side's own insertions; a value both sides hold goes where it comes first, whichever side is ours
		Map<T, List<T>> oursRuns = runs(ours, anchors(shared, oursOrder, skeleton), shared, members, Set.of());
		Map<T, List<T>> theirsRuns = runs(theirs, anchors(shared, theirsOrder, skeleton), shared, members, Set.of());
		Set<T> inSides = new HashSet<>(ours);
		inSides.addAll(theirs);
		Map<T, List<T>> baseRuns = runs(base, anchors(shared, baseOrder, skeleton), shared, members, inSides);
		List<T> result = new ArrayList<>(members.size());
		Set<T> emitted = new HashSet<>(shared);
		appendRuns(result, emitted, null, oursRuns, theirsRuns, baseRuns);
		for (T value : skeleton) {
			result.add(value);
			appendRuns(result, emitted, value, oursRuns, theirsRuns, baseRuns);
		}
		if (result.size() < members.size()) {
			// a member none of the three lists holds here cannot happen for values; for safety it goes last
			Set<T> seen = new HashSet<>(result);
			for (T value : members) {
				if (seen.add(value)) {
					result.add(value);
				}
			}
		}
		return result;
	}

	/** Whether both sides reordered the shared values, differently (ours was taken). */
	boolean reorderConflict() {
		return reorderConflict;
	}

	private static <T> List<T> restrict(List<T> list, Set<T> keep) {
		List<T> result = new ArrayList<>(keep.size());
		for (T value : list) {
			if (keep.contains(value)) {
				result.add(value);
			}
		}
		return result;
	}

	/**
	 * The shared values a side's insertions may follow: those the merged order keeps in this side's order. A value
	 * the other side moved away is no anchor, so what was inserted after it stays where it was, not with it.
	 */
	private static <T> Set<T> anchors(Set<T> shared, List<T> sideOrder, List<T> skeleton) {
		if (sideOrder.equals(skeleton)) {
			return shared;
		}
		Set<T> anchors = new HashSet<>(shared);
		anchors.removeAll(org.wbsmodeler.merge.diff.StableOrder.moved(sideOrder, skeleton));
		return anchors;
	}

	/** Values not shared, grouped by the anchor before them on this side (null: at the start). */
	private static <T> Map<T, List<T>> runs(List<T> side, Set<T> anchors, Set<T> shared, Set<T> members, Set<T> skip) {
		Map<T, List<T>> runs = new HashMap<>();
		T anchor = null;
		for (T value : side) {
			if (anchors.contains(value)) {
				anchor = value;
			} else if (shared.contains(value)) {
				continue;
			} else if (members.contains(value) && !skip.contains(value)) {
				runs.computeIfAbsent(anchor, k -> new ArrayList<>()).add(value);
			}
		}
		return runs;
	}

	private static <T> void appendRuns(List<T> result, Set<T> emitted, T anchor, Map<T, List<T>> oursRuns, Map<T, List<T>> theirsRuns,
			Map<T, List<T>> baseRuns) {
		List<T> first = oursRuns.get(anchor);
		List<T> second = theirsRuns.get(anchor);
		if (first != null && second != null && String.valueOf(second.get(0)).compareTo(String.valueOf(first.get(0))) < 0) {
			List<T> swap = first;
			first = second;
			second = swap;
		}
		for (List<T> run : java.util.Arrays.asList(first, second, baseRuns.get(anchor))) {
			if (run != null) {
				for (T value : run) {
					if (emitted.add(value)) {
						result.add(value);
					}
				}
			}
		}
	}
}
