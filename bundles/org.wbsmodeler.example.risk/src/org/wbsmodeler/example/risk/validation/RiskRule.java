package org.wbsmodeler.example.risk.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.example.risk.Risk;
import org.wbsmodeler.model.Annotation;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.model.validation.ValidationRule;

/**
 * The risk register's rules. They look at WBS elements, not at risks: EMF asks the validator of a risk's own package,
 * and ours is registered for the WBS package, so each element's rules check what hangs on it.
 *
 * <ul>
 * <li>a high exposure (probability × impact ≥ {@value #HIGH_EXPOSURE}) without a mitigation activity: warning;</li>
 * <li>a probability outside 0–1 or an impact outside 1–5: error.</li>
 * </ul>
 */
public final class RiskRule implements ValidationRule {

	/** Where exposure becomes high: a likely (≥ 50 %) risk of major impact (4), or a near-certain one of moderate impact. */
	public static final double HIGH_EXPOSURE = 2.0;

	/** The diagnostic source of these problems, so tools can tell them from the core's. */
	public static final String SOURCE = "org.wbsmodeler.example.risk";

	public static final int UNMITIGATED = 1;
	public static final int OUT_OF_RANGE = 2;

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof WbsElement element)) {
			return true;
		}
		boolean ok = true;
		for (Annotation annotation : element.getAnnotations()) {
			if (annotation instanceof Risk risk) {
				ok &= check(element, risk, diagnostics);
			}
		}
		return ok;
	}

	private static boolean check(WbsElement element, Risk risk, DiagnosticChain diagnostics) {
		String what = "risk '" + (risk.getTitle() == null ? "(untitled)" : risk.getTitle()) + "' of " + ModelLabels.describe(element);
		if (risk.getProbability() < 0 || risk.getProbability() > 1 || risk.getImpact() < 1 || risk.getImpact() > 5) {
			report(diagnostics, Diagnostic.ERROR, OUT_OF_RANGE, what + ": probability must be 0 to 1 and impact 1 to 5 (are "
					+ risk.getProbability() + " and " + risk.getImpact() + ")", risk, element);
			return false;
		}
		if (risk.getExposure() >= HIGH_EXPOSURE && risk.getMitigation() == null) {
			report(diagnostics, Diagnostic.WARNING, UNMITIGATED, what + ": high exposure " + String.format(java.util.Locale.ROOT, "%.1f", risk.getExposure())
					+ " (probability " + risk.getProbability() + " × impact " + risk.getImpact() + ") and no mitigation activity", risk, element);
		}
		return true;
	}

	private static void report(DiagnosticChain diagnostics, int severity, int code, String message, Object... objects) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, objects));
		}
	}
}
