package org.wbsmodeler.editing.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ElementKinds;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * Whether WBS elements may go under another parent — a drag in the Plan, on the WBS chart or with the Sirius design's
 * reparent tool, an indent: one answer, each refusal worded once, and the breakdown's order the one validation
 * reports ({@link ElementKinds#rank}).
 */
public final class ReparentRule {

	private ReparentRule() {
	}

	/** Why the elements cannot go under the new parent, or null. */
	public static String refusal(List<? extends WbsElement> elements, EObject newParent) {
		if (elements.isEmpty()) {
			return "Select what to move first";
		}
		WbsElement first = elements.get(0);
		String what = elements.size() == 1 ? LinkRule.label(first) : elements.size() + " tasks from " + LinkRule.label(first);
		if (newParent == null) {
			return "Drop on a box that can hold tasks";
		}
		if (!(newParent instanceof WbsContainer)) {
			return "Cannot move " + what + " under " + ModelLabels.describe(newParent) + ": " + StructureRules.article(ModelLabels.kindOf(newParent))
					+ ModelLabels.kindOf(newParent) + " cannot hold tasks";
		}
		for (WbsElement element : elements) {
			if (element == newParent || EcoreUtil.isAncestor(element, newParent)) {
				return "Cannot move " + LinkRule.label(element) + " into itself";
			}
			if (EcoreUtil.getRootContainer(element) != EcoreUtil.getRootContainer(newParent)) {
				return LinkRule.label(element) + " and " + ModelLabels.describe(newParent) + " are in different projects";
			}
			int own = ElementKinds.rank(element);
			int parents = ElementKinds.rank(newParent);
			if (own > 0 && parents > 0 && own < parents) {
				return "Cannot move " + LinkRule.label(element) + " under " + ModelLabels.describe(newParent)
						+ ": a breakdown goes down from phase to deliverable to work package to activity";
			}
		}
		return null;
	}
}
