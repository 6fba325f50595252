package org.wbsmodeler.merge.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which elements of a list kept their order between two versions: the longest common subsequence of the elements
 * present in both (found as a longest increasing subsequence, O(n log n)). The others are the ones that moved; a
 * sibling that shifted because another was inserted, deleted or moved did not, so reorders make no noise.
 */
public final class StableOrder {

	private StableOrder() {
	}

	/** The elements of {@code after} that are also in {@code before} but not in the longest run kept in order. */
	public static <T> Set<T> moved(List<T> before, List<T> after) {
		Map<T, Integer> positionBefore = new HashMap<>();
		for (int i = 0; i < before.size(); i++) {
			positionBefore.put(before.get(i), i);
		}
		List<T> common = new ArrayList<>();
		List<Integer> sequence = new ArrayList<>();
		for (T element : after) {
			Integer position = positionBefore.get(element);
			if (position != null) {
				common.add(element);
				sequence.add(position);
			}
		}
		Set<T> moved = new HashSet<>(common);
		for (int i : longestIncreasing(sequence)) {
			moved.remove(common.get(i));
		}
		return moved;
	}

	/** Indices into {@code sequence} of one longest strictly increasing subsequence. */
	static int[] longestIncreasing(List<Integer> sequence) {
		int n = sequence.size();
		int[] tailIndex = new int[n];
		int[] previous = new int[n];
		int length = 0;
		for (int i = 0; i < n; i++) {
			int value = sequence.get(i);
			int low = 0;
			int high = length;
			while (low < high) {
				int middle = (low + high) >>> 1;
				if (sequence.get(tailIndex[middle]) < value) {
					low = middle + 1;
				} else {
					high = middle;
				}
			}
			previous[i] = low > 0 ? tailIndex[low - 1] : -1;
			tailIndex[low] = i;
			length = Math.max(length, low + 1);
		}
		int[] result = new int[length];
		for (int i = length - 1, k = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i--, k = previous[k]) {
			result[i] = k;
		}
		return result;
	}

	/** Whether two lists hold the same elements in the same order once restricted to {@code members}. */
	public static <T> boolean sameOrder(List<T> a, List<T> b, Set<T> members) {
		List<T> left = new ArrayList<>();
		for (T t : a) {
			if (members.contains(t)) {
				left.add(t);
			}
		}
		int i = 0;
		for (T t : b) {
			if (members.contains(t)) {
				if (i >= left.size() || !left.get(i++).equals(t)) {
					return false;
				}
			}
		}
		return i == left.size();
	}
}
