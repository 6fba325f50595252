package org.wbsmodeler.model.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.wbsmodeler.model.WbsPackage;

/**
 * The EMF validator of the metamodel: EMF's own checks (multiplicities, proxies, …) plus the {@link ValidationRule}s
 * of the breakdown. Registered for {@link WbsPackage} by {@code WbsModel.init()}, so {@code Diagnostician.INSTANCE}
 * and every EMF-aware tool use it.
 */
public class WbsValidator extends EObjectValidator {

	public static final String DIAGNOSTIC_SOURCE = "org.wbsmodeler.model";

	public static final WbsValidator INSTANCE = new WbsValidator();

	private final List<ValidationRule> rules = new CopyOnWriteArrayList<>(List.of(
			new HierarchyRule(), new EstimateRule(), new DependencyRule(), new ResourceRule(), new TraceabilityRule(), new ProjectRule()));

	@Override
	protected EPackage getEPackage() {
		return WbsPackage.eINSTANCE;
	}

	/** Adds a rule contributed by another plug-in; it sees every object of every validated model. */
	public void addRule(ValidationRule rule) {
		rules.add(rule);
	}

	public void removeRule(ValidationRule rule) {
		rules.remove(rule);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = super.validate(eClass, eObject, diagnostics, context);
		for (ValidationRule rule : rules) {
			ok &= rule.check(eObject, diagnostics, context);
		}
		return ok;
	}
}
