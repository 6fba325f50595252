package org.wbsmodeler.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * One dependency: it must join two different elements of the same project that carry work themselves. Links to
 * summaries are refused because a summary's dates come from its children: a link on it would be a second, hidden
 * source of its dates (MS Project allows them and users regularly lose track of them).
 */
public final class DependencyRule implements ValidationRule {

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof Dependency link)) {
			return true;
		}
		WbsElement successor = link.getSuccessor();
		WbsElement predecessor = link.getPredecessor();
		if (successor == null) {
			return true;
		}
		if (predecessor == null || predecessor.eIsProxy() || EcoreUtil.getRootContainer(predecessor) != EcoreUtil.getRootContainer(successor)) {
			return Problems.report(diagnostics, WbsProblem.DANGLING_LINK,
					"a dependency of " + describe(successor) + " comes from an element that is not in the project", link, successor);
		}
		if (predecessor == successor) {
			return Problems.report(diagnostics, WbsProblem.SELF_LINK, describe(successor) + " depends on itself", link, successor);
		}
		boolean ok = true;
		for (WbsElement end : new WbsElement[] { predecessor, successor }) {
			if (end.isSummary()) {
				ok &= Problems.report(diagnostics, WbsProblem.LINK_TO_SUMMARY,
						"the dependency " + predecessor.getCode() + " → " + successor.getCode() + " joins " + describe(end)
								+ ", a summary; link the activities under it instead",
						link, end);
			}
		}
		int index = successor.getPredecessors().indexOf(link);
		for (int i = 0; i < index; i++) {
			if (successor.getPredecessors().get(i).getPredecessor() == predecessor) {
				ok &= Problems.report(diagnostics, WbsProblem.DUPLICATE_LINK,
						describe(successor) + " depends on " + describe(predecessor) + " more than once", link, successor);
				break;
			}
		}
		return ok;
	}
}
