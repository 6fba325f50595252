package org.wbsmodeler.merge.conflict;

import org.eclipse.emf.ecore.EObject;

/**
 * One conflict of a three-way merge, per element and feature. The merged plan holds {@code ours} (for a
 * {@link ConflictKind#DELETE}: the element, since insertions win over deletions in the proposal).
 *
 * @param kind      why the sides could not both be applied
 * @param elementId the element's stable id
 * @param element   the element in the merged plan
 * @param feature   the feature's name; {@code parent} for moves, the containment feature for order conflicts,
 *                  {@code (element)} for deletions, {@code predecessors} for dependency cycles
 * @param base      the value in the common ancestor (attribute values; cross references and parents as element
 *                  ids; {@link #ABSENT} where the element is not there)
 * @param ours      the value on our side, in the same terms
 * @param theirs    the value on their side
 * @param detail    one phrase for people, e.g. {@code deleted by theirs, changed by ours} or the cycle's elements
 */
public record Conflict(ConflictKind kind, String elementId, EObject element, String feature, Object base, Object ours, Object theirs, String detail) {

	/** The value of a side on which the element does not exist (never created, or deleted). */
	public static final String ABSENT = "(absent)";

	/** The value of a side on which the element exists, for {@link ConflictKind#DELETE}. */
	public static final String PRESENT = "(present)";
}
