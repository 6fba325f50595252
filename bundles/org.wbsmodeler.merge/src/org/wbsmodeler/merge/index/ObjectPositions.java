package org.wbsmodeler.merge.index;

import org.eclipse.emf.ecore.EObject;

/**
 * Each object of a plan to its position in document order, by identity. Open addressing in two arrays: a lookup
 * reads one slot of each, where a {@code HashMap} (EMF's object-to-id map) walks a table, an entry and then the id's
 * own string, and the id would still have to be looked up again to find the element in another plan.
 */
final class ObjectPositions {

	private final Object[] keys;
	private final int[] positions;
	private final int mask;

	ObjectPositions(EObject[] objects, int size) {
		int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
		keys = new Object[capacity];
		positions = new int[capacity];
		mask = capacity - 1;
		for (int i = 0; i < size; i++) {
			int slot = slot(objects[i]);
			while (keys[slot] != null) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = objects[i];
			positions[slot] = i;
		}
	}

	/** The object's position, or -1 if it is not one of the plan's objects. */
	int get(Object object) {
		for (int slot = slot(object);; slot = (slot + 1) & mask) {
			Object key = keys[slot];
			if (key == object) {
				return positions[slot];
			}
			if (key == null) {
				return -1;
			}
		}
	}

	private int slot(Object object) {
		// identity hash codes are spread well, but not over the low bits alone: mix before masking
		return (System.identityHashCode(object) * 0x9E3779B9) >>> 7 & mask;
	}
}
