package org.wbsmodeler.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.view.ViewFilter;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * A view that names a resource, role, CRM component or phase that is no longer in the project (deleted, or left as
 * an unresolved reference in the file) still works with the rest of its criteria: a warning, never an error, so
 * the plan can be scheduled and exported while someone fixes the view.
 */
public final class ViewRule implements ValidationRule {

	private static final List<EReference> NAMED = List.of(Literals.VIEW__RESOURCES, Literals.VIEW__ROLES, Literals.VIEW__COMPONENTS,
			Literals.VIEW__PHASES);

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof View view) || !(EcoreUtil.getRootContainer(view) instanceof Project project)) {
			return true;
		}
		boolean ok = true;
		for (EReference reference : NAMED) {
			@SuppressWarnings("unchecked")
			List<EObject> targets = (List<EObject>) view.eGet(reference, false);
			for (EObject target : targets) {
				if (!ViewFilter.exists(project, target)) {
					ok &= Problems.report(diagnostics, WbsProblem.STALE_VIEW_REFERENCE, "view '" + view.getName() + "' names " + stale(reference, target)
							+ ", which is no longer in the project: the view ignores it", view);
				}
			}
		}
		return ok;
	}

	private static String stale(EReference reference, EObject target) {
		if (target.eIsProxy()) {
			String kind = switch (reference.getName()) {
			case "resources" -> "a resource";
			case "roles" -> "a role";
			case "components" -> "a CRM component";
			default -> "an element";
			};
			return kind + " (" + EcoreUtil.getURI(target).fragment() + ")";
		}
		if (target instanceof org.wbsmodeler.model.WbsElement element) {
			// a deleted element has no code any more: its name says which it was
			return org.wbsmodeler.model.util.ModelLabels.kindOf(element) + " '" + element.getName() + "'";
		}
		return describe(target);
	}
}
