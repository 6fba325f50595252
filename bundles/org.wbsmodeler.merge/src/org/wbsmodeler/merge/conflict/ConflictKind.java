package org.wbsmodeler.merge.conflict;

/** Why two sides of a merge could not both be applied. */
public enum ConflictKind {
	/** Both sides set one feature of one element to different values. */
	VALUE,
	/** Both sides moved one element to different parents. */
	MOVE,
	/** The two sides' moves together would put an element under itself. */
	MOVE_CYCLE,
	/** Both sides reordered one element's children differently. */
	ORDER,
	/** One side deleted an element the other changed, put something under or made a new reference to; it is kept. */
	DELETE,
	/** Both sides filled one single-valued containment (e.g. the process breakdown) with different elements. */
	CONTAINMENT,
	/** The merged plan has a dependency cycle that neither side had. */
	DEPENDENCY_CYCLE
}
