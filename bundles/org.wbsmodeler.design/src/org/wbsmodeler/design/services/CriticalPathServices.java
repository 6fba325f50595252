package org.wbsmodeler.design.services;

import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.WbsElement;

/**
 * Which boxes and arrows are drawn critical. The scheduler writes the {@code critical} flag; these predicates only
 * read it, so the diagrams follow the last schedule and never change the model.
 */
public class CriticalPathServices {

	/** A task (activity or other leaf, not a milestone) on the critical path. */
	public boolean isCriticalTask(WbsElement element) {
		return element.isCritical() && !(element instanceof Milestone) && !element.isSummary();
	}

	/** A milestone on the critical path (drawn as a red diamond). */
	public boolean isCriticalMilestone(WbsElement element) {
		return element instanceof Milestone && element.isCritical();
	}

	/**
	 * A dependency drawn critical: both of its ends are critical. This is the reading of the exported network
	 * ({@code NetworkBuilder}), so the Sirius diagram and {@code ./wbs render} colour the same arrows.
	 */
	public boolean isCriticalLink(Dependency dependency) {
		WbsElement from = dependency.getPredecessor();
		WbsElement to = dependency.getSuccessor();
		return from != null && to != null && !from.eIsProxy() && from.isCritical() && to.isCritical();
	}
}
