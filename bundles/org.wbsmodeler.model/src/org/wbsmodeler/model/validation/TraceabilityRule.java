package org.wbsmodeler.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.Requirement;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * Traceability, what a plain scheduling tool lacks: every requirement leads to a CRM component or to the WBS, and
 * every CRM component is delivered by some WBS element.
 */
public final class TraceabilityRule implements ValidationRule {

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object instanceof Requirement requirement && requirement.getComponents().isEmpty() && requirement.getDeliveredBy().isEmpty()) {
			return Problems.report(diagnostics, WbsProblem.UNTRACED_REQUIREMENT,
					describe(requirement) + " is traced to nothing: no CRM component and no WBS element delivers it", requirement);
		}
		if (object instanceof CrmComponent component && component.getDeliveredBy().isEmpty()) {
			return Problems.report(diagnostics, WbsProblem.UNDELIVERED_COMPONENT,
					describe(component) + " is delivered by nothing: no WBS element builds it", component);
		}
		return true;
	}
}
