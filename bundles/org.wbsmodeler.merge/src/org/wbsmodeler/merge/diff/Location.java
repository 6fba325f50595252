package org.wbsmodeler.merge.diff;

/**
 * Where an element sits: its parent's id, the containment feature that holds it and its index there.
 */
public record Location(String parentId, String feature, int index) {

	@Override
	public String toString() {
		return feature + "[" + index + "] of " + parentId;
	}
}
