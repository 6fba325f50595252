package org.wbsmodeler.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * One concern of model validation. The validator offers every object of the model to every rule; a rule looks only
 * at the objects it is about. Plug-ins add rules of their own through the extension point {@code org.wbsmodeler.model.rules}
 * (on a flat classpath: {@code META-INF/services/org.wbsmodeler.model.validation.ValidationRule}); a rule needs a public
 * no-argument constructor and no state.
 */
public interface ValidationRule {

	/**
	 * Checks one object and adds what is wrong to the chain.
	 *
	 * @return false if it found an error
	 */
	boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context);
}
