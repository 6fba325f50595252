package org.wbsmodeler.merge.conflict;

import java.util.List;

/**
 * One conflict as the conflict list beside a merged plan holds it: for people (the element's code and label, the
 * three values as text, why) and for picking a side (the three values as plain data: an attribute's value in its
 * EMF string form, element ids for references and parents, lists for many-valued features; {@link Conflict#ABSENT}
 * and {@link Conflict#PRESENT} as they are).
 *
 * @param kind    the conflict's kind
 * @param id      the element's stable id
 * @param code    the WBS code of the element or of the element it is in; null when there is none
 * @param label   the element's label ({@code 1.2 Design})
 * @param feature the feature's name, as in {@link Conflict#feature()}
 * @param texts   base, ours and theirs as text, in that order
 * @param values  base, ours and theirs as plain data (String, List of String, or null), in that order
 * @param detail  why the sides could not both be applied
 */
public record ListedConflict(ConflictKind kind, String id, String code, String label, String feature, List<String> texts, List<Object> values,
		String detail) {

	/** The three sides, in the order of {@link #texts} and {@link #values}. */
	public enum Side {
		BASE, OURS, THEIRS
	}

	public String text(Side side) {
		return texts.get(side.ordinal());
	}

	public Object value(Side side) {
		return values.get(side.ordinal());
	}
}
