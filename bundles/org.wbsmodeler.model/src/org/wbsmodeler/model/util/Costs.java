package org.wbsmodeler.model.util;

import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsElement;

/**
 * What a leaf costs and how much work it carries. The rules are MS Project's: a work resource costs its rate per
 * hour of work; a material resource its rate per unit; a cost resource its rate, once per assignment unit; the
 * element's fixed cost adds to all of them. One rule for every roll-up (schedule totals, reports, baselines).
 */
public final class Costs {

	private Costs() {
	}

	public static double cost(WbsElement leaf) {
		double cost = leaf.getFixedCost();
		for (Assignment assignment : leaf.getAssignments()) {
			cost += cost(assignment);
		}
		return cost;
	}

	public static double cost(Assignment assignment) {
		Resource resource = assignment.getResource();
		if (resource == null || resource.eIsProxy()) {
			return 0;
		}
		return switch (resource.getType()) {
		case WORK -> assignment.getWork() * resource.getStandardRate();
		case MATERIAL, COST -> assignment.getUnits() * resource.getStandardRate();
		};
	}

	/** The effort estimate when there is one, else the work of the assignments (hours). */
	public static double effort(WbsElement leaf) {
		if (leaf.getEffort() > 0) {
			return leaf.getEffort();
		}
		double work = 0;
		for (Assignment assignment : leaf.getAssignments()) {
			Resource resource = assignment.getResource();
			if (resource != null && resource.getType() == org.wbsmodeler.model.ResourceType.WORK) {
				work += assignment.getWork();
			}
		}
		return work;
	}
}
