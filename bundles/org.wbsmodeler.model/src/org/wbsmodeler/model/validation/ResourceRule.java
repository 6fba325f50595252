package org.wbsmodeler.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsElement;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/** An assignment must name a resource of the same project; a deleted or foreign resource leaves work unstaffed. */
public final class ResourceRule implements ValidationRule {

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Assignment assignment)) {
			return true;
		}
		Resource resource = assignment.getResource();
		EObject owner = assignment.eContainer();
		if (resource == null || resource.eIsProxy()) {
			return Problems.report(diagnostics, WbsProblem.MISSING_RESOURCE, "an assignment of " + where(owner) + " names no resource, or one that no longer exists", assignment, owner);
		}
		EObject root = EcoreUtil.getRootContainer(assignment);
		if (!(root instanceof Project project) || !project.getResources().contains(resource)) {
			return Problems.report(diagnostics, WbsProblem.MISSING_RESOURCE,
					"an assignment of " + where(owner) + " names " + describe(resource) + ", which is not a resource of the project", assignment, owner);
		}
		return true;
	}

	/** The element an assignment belongs to, as messages name it: only worked out for a problem (a plan has 100,000 assignments). */
	private static String where(EObject owner) {
		return owner instanceof WbsElement element ? describe(element) : "an element";
	}
}
