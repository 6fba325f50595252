package org.wbsmodeler.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;

/** Adds one problem to a diagnostic chain; the first object named is the one a marker points at. */
final class Problems {

	private Problems() {
	}

	static boolean report(DiagnosticChain diagnostics, WbsProblem problem, String message, Object... objects) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(problem.severity(), WbsValidator.DIAGNOSTIC_SOURCE, problem.code(), message, objects));
		}
		return problem.severity() < Diagnostic.ERROR;
	}
}
