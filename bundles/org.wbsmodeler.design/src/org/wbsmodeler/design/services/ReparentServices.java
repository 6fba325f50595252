package org.wbsmodeler.design.services;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.editing.rules.ReparentRule;
import org.wbsmodeler.model.WbsElement;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * Whether a box of the WBS tree may be dropped onto another (the reparent tool): the editor's own rule
 * ({@link ReparentRule}), so a drop refused here is refused in the Plan and on the WBS chart for the same reason, in
 * the same words, and the breakdown's order is the one validation reports.
 */
public class ReparentServices {

	public boolean canReparent(WbsElement element, EObject newParent) {
		return reparentProblem(element, newParent) == null;
	}

	/** Why the element cannot move under the new parent, or null when it can. */
	public String reparentProblem(WbsElement element, EObject newParent) {
		if (element.eContainer() == newParent) {
			// not a refusal of the rules: a drop on its own parent changes nothing, so the tool offers none
			return describe(element) + " is already under " + describe(newParent);
		}
		return ReparentRule.refusal(List.of(element), newParent);
	}
}
