package org.wbsmodeler.model.util;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;

/** The breakdown as a tree: the children of the project or of a summary, whichever object holds them. */
public final class WbsTree {

	private WbsTree() {
	}

	/** The elements directly under a container (the project, a phase, a deliverable, a work package). */
	@SuppressWarnings("unchecked")
	public static List<WbsElement> children(EObject owner) {
		return (List<WbsElement>) owner.eGet(Literals.WBS_CONTAINER__CHILDREN);
	}
}
