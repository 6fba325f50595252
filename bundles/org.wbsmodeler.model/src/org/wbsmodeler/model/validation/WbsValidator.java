package org.wbsmodeler.model.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.registry.Contributions;

/**
 * The EMF validator of the metamodel: EMF's own checks (multiplicities, proxies, …) plus the {@link ValidationRule}s
 * of the breakdown. Registered for {@link WbsPackage} by {@code WbsModel.init()}, so {@code Diagnostician.INSTANCE}
 * and every EMF-aware tool use it.
 */
public class WbsValidator extends EObjectValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.wbsmodeler.model";

	public static final WbsValidator INSTANCE = new WbsValidator();

	/** The extension point rules are contributed to (the built-in ones included). */
	public static final String RULES = "org.wbsmodeler.model.rules";

	private volatile List<ValidationRule> rules;

	@Override
	protected EPackage getEPackage() {
		return WbsPackage.eINSTANCE;
	}

	/**
	 * The rules contributed to {@link #RULES} (on a flat classpath, the services entries), read once. A rule that
	 * cannot be created goes to the platform log; a registry without our contributions (a runtime that did not read
	 * this bundle's plugin.xml) falls back to the services entries rather than validating with no rules at all.
	 */
	public List<ValidationRule> rules() {
		List<ValidationRule> current = rules;
		if (current == null) {
			current = Contributions.load(RULES, ValidationRule.class, rule -> rule.getClass().getName()).listLoggingProblems(WbsValidator.class);
			if (current.isEmpty()) {
				current = Contributions.fromServices(ValidationRule.class, rule -> rule.getClass().getName()).listLoggingProblems(WbsValidator.class);
			}
			rules = current;
		}
		return current;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = super.validate(eClass, eObject, diagnostics, context);
		for (ValidationRule rule : rules()) {
			ok &= rule.check(eObject, diagnostics, context);
		}
		return ok;
	}
}
