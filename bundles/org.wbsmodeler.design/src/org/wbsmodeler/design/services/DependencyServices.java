package org.wbsmodeler.design.services;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.editing.rules.LinkRule;

/**
 * Whether a dependency may be drawn from one box of the network to another (the link tool): the editor's own link
 * rule ({@link LinkRule}), so a link refused here is refused in the Plan, on the Network and on the Gantt chart for
 * the same reason, in the same words — a repeated link, a link across projects, a link that closes a cycle (named).
 */
public class DependencyServices {

	public boolean canLink(EObject predecessor, EObject successor) {
		return linkProblem(predecessor, successor) == null;
	}

	/** Why the link from predecessor to successor cannot be made, or null when it can. */
	public String linkProblem(EObject predecessor, EObject successor) {
		return LinkRule.refusal(List.of(predecessor), successor);
	}
}
