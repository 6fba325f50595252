package org.wbsmodeler.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Activity;

/** A rule this test plug-in contributes to {@code org.wbsmodeler.model.rules} in its plugin.xml. */
public final class NoActivityCalledForbidden implements ValidationRule {

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (object instanceof Activity a && "Forbidden".equals(a.getName())) {
			diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, "org.example.rules", 1, "no activity may be called Forbidden", new Object[] { a }));
			return false;
		}
		return true;
	}
}
