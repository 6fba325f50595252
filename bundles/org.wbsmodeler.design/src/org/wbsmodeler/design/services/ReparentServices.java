package org.wbsmodeler.design.services;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.validation.HierarchyRule;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * Whether a box of the WBS tree may be dropped onto another (the reparent tool). The drop tool moves the element
 * only when {@link #canReparent} says yes; {@link #reparentProblem} gives the reason otherwise, in the words the
 * validation uses, so a refused drop and a Problems marker explain the same rule.
 */
public class ReparentServices {

	public boolean canReparent(WbsElement element, EObject newParent) {
		return reparentProblem(element, newParent) == null;
	}

	/** Why the element cannot move under the new parent, or null when it can. */
	public String reparentProblem(WbsElement element, EObject newParent) {
		if (!(newParent instanceof WbsContainer)) {
			return describe(element) + " cannot go under " + describe(newParent) + ": only the project, phases, deliverables and work packages hold WBS elements";
		}
		if (newParent == element) {
			return describe(element) + " cannot be its own parent";
		}
		if (EcoreUtil.isAncestor(element, newParent)) {
			return describe(element) + " cannot go under " + describe(newParent) + ", which is inside it";
		}
		if (element.eContainer() == newParent) {
			return describe(element) + " is already under " + describe(newParent);
		}
		if (EcoreUtil.getRootContainer(element) != EcoreUtil.getRootContainer(newParent)) {
			return describe(element) + " and " + describe(newParent) + " are in different projects";
		}
		int own = HierarchyRule.rank(element);
		int parents = HierarchyRule.rank(newParent);
		if (own > 0 && parents > 0 && own < parents) {
			return describe(element) + " cannot be inside " + describe(newParent) + ": a breakdown goes down from phase to deliverable to work package to activity";
		}
		return null;
	}
}
