package org.wbsmodeler.merge.threeway;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** One element of a three-way merge: its versions, whether the merge keeps it, and where. */
final class MergeNode {

	/** Where an element sits, without its index: its parent's id and the containment feature. */
	record Place(String parentId, EReference feature) {
	}

	final String id;
	EObject base;
	EObject ours;
	EObject theirs;
	boolean kept;
	/** Kept although one side deleted it (a {@code DELETE} conflict). */
	boolean deleteConflict;
	/** Set to ours' place to break a cycle of moves; never changed again. */
	boolean placeFixed;
	Place place;
	/** The parent's node, for {@link #parentFor} (a place decided anew is looked up anew). */
	MergeNode parent;
	Place parentFor;
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
