package org.wbsmodeler.merge.threeway;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** One element of a three-way merge: its versions, whether the merge keeps it, and where. */
final class MergeNode {

	/**
	 * Where an element sits, without its index: its parent's id and the containment feature; {@code parent} is the
	 * parent's node (one per id, so two places are equal when their parent nodes are: no string compared).
	 */
	record Place(String parentId, EReference feature, MergeNode parent) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Place place && place.parent == parent && place.feature == feature;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(parent) * 31 + System.identityHashCode(feature);
		}
	}

	final String id;
	EObject base;
	EObject ours;
	EObject theirs;
	/** The versions' positions in their plans (-1: not there). */
	int basePosition = -1;
	int oursPosition = -1;
	int theirsPosition = -1;
	boolean kept;
	/** Kept although one side deleted it (a {@code DELETE} conflict). */
	boolean deleteConflict;
	/** Set to ours' place to break a cycle of moves; never changed again. */
	boolean placeFixed;
	Place place;
	/** Marks of the walks that look for cycles of parents. */
	int visit;
	EObject merged;
	/** While the merged plan is built: the kept elements placed under this one, per containment feature. */
	java.util.Map<EReference, java.util.List<MergeNode>> children;

	MergeNode(String id) {
		this.id = id;
	}

	/** The version whose class the merged element gets: ours, else theirs, else the base. */
	EObject source() {
		return ours != null ? ours : theirs != null ? theirs : base;
	}
}
