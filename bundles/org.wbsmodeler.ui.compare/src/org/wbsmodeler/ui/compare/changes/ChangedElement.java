package org.wbsmodeler.ui.compare.changes;

import java.util.List;

/**
 * One element of a comparison with its changes: a WBS element (by code and name), or a plan-level object such as a
 * resource or calendar. Changes to objects inside an element (its links, assignments) are listed under it. Equal by
 * id (the rows refer back to it, so they are not part of equality).
 *
 * @param id      the element's id
 * @param code    its WBS code in the plan that has it (the newer one, the older one for a deleted element); null for
 *                plan-level objects
 * @param label   {@code 1.2 Design}, or the object's kind and name
 * @param changes its changes, in the diff's order
 */
public record ChangedElement(String id, String code, String label, List<ChangeRow> changes) {

	@Override
	public boolean equals(Object other) {
		return other instanceof ChangedElement element && element.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return label;
	}
}
