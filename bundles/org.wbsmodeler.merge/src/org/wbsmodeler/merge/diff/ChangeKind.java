package org.wbsmodeler.merge.diff;

/** What happened to one element between two plans. */
public enum ChangeKind {
	/** A new element (and, silently, everything under it). */
	CREATED,
	/** An element gone (and everything under it). */
	DELETED,
	/** A single-valued attribute or cross reference set from one value to another. */
	SET,
	/** A value added to a many-valued feature (a reference to a resource, a traced element, a working day). */
	ADDED,
	/** A value removed from a many-valued feature. */
	REMOVED,
	/** A new parent, or a new place among the same siblings that is not explained by others' moves. */
	MOVED
}
