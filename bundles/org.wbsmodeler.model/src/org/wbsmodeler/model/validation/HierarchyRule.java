package org.wbsmodeler.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ElementKinds;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * The shape of the breakdown: levels go down from phase to deliverable to work package to activity (the metamodel
 * already stops activities and milestones from containing anything), and a phase or deliverable with nothing under
 * it breaks the 100% rule: its scope is not covered by any work.
 */
public final class HierarchyRule implements ValidationRule {

	/**
	 * Depth of a kind in the breakdown; 0 for kinds other plug-ins add, which this rule does not judge. Public so that
	 * editors refusing a move (the Sirius design's reparent tool) apply the same order as validation.
	 */
	public static int rank(EObject element) {
		return ElementKinds.rank(element);
	}

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof WbsElement element)) {
			return true;
		}
		boolean ok = true;
		if (element.eContainer() instanceof WbsElement parent) {
			int own = rank(element);
			int parents = rank(parent);
			if (own > 0 && parents > 0 && own < parents) {
				ok = Problems.report(diagnostics, WbsProblem.MISPLACED_ELEMENT,
						describe(element) + " cannot be inside " + describe(parent) + ": a breakdown goes down from phase to deliverable to work package to activity",
						element, parent);
			}
		}
		if ((rank(element) == 1 || rank(element) == 2) && !element.isSummary()) {
			ok &= Problems.report(diagnostics, WbsProblem.EMPTY_SUMMARY,
					describe(element) + " has no work under it (100% rule: its scope is covered by nothing)", element);
		}
		return ok;
	}
}
