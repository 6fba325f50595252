package org.wbsmodeler.model.util;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.ElementKind;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.WorkPackage;

/**
 * The one place that decides what kind of WBS element an object is, and how deep that kind sits in a breakdown.
 * Views filter by kind, validation and the edit rules check the breakdown's order by rank, the diagrams colour by
 * kind: all of them ask here. {@code instanceof}, not the EClass, so that an element type a plug-in derives from
 * ours (an EPackage extending the metamodel) counts as the kind it extends.
 */
public final class ElementKinds {

	private ElementKinds() {
	}

	/** The element's kind, or null for an object that is none of the five (the project, a plug-in's own root type). */
	public static ElementKind of(EObject object) {
		if (object instanceof Phase) {
			return ElementKind.PHASE;
		}
		if (object instanceof Deliverable) {
			return ElementKind.DELIVERABLE;
		}
		if (object instanceof WorkPackage) {
			return ElementKind.WORK_PACKAGE;
		}
		if (object instanceof Milestone) {
			return ElementKind.MILESTONE;
		}
		return object instanceof Activity ? ElementKind.ACTIVITY : null;
	}

	/**
	 * How deep the kind sits in a breakdown: phase 1, deliverable 2, work package 3, activity and milestone 4; 0 for
	 * anything else (no rule applies to it). An element may sit under one of a lower rank, never of a higher.
	 */
	public static int rank(EObject object) {
		ElementKind kind = of(object);
		if (kind == null) {
			return 0;
		}
		return switch (kind) {
		case PHASE -> 1;
		case DELIVERABLE -> 2;
		case WORK_PACKAGE -> 3;
		case ACTIVITY, MILESTONE -> 4;
		};
	}
}
