package org.wbsmodeler.exchange.mpxj;

import org.eclipse.emf.ecore.EClass;
import org.wbsmodeler.model.WbsPackage;

/**
 * Which kind of WBS element an imported task becomes.
 *
 * <p>Our own exports say it in the "WBS Kind" field, and that wins as long as it fits the outline: a task with
 * subtasks cannot be an activity or a milestone. Otherwise the outline decides, following the levels of a WBS
 * (project → phases → deliverables → work packages → activities):
 * <ul>
 * <li>a task with subtasks at outline level 1 is a phase, at level 2 a deliverable, deeper a work package;</li>
 * <li>a task without subtasks is a milestone when MS Project marks it as one, otherwise an activity.</li>
 * </ul>
 */
public final class KindRule {

	private KindRule() {
	}

	/**
	 * @param declared the "WBS Kind" field's text, or null
	 * @param level    outline level below the project, 1 for top-level tasks
	 */
	public static EClass kindOf(String declared, int level, boolean hasChildren, boolean milestone) {
		EClass named = named(declared);
		if (named != null && (!hasChildren || WbsPackage.Literals.SUMMARY_ELEMENT.isSuperTypeOf(named))) {
			return named;
		}
		if (hasChildren) {
			return level <= 1 ? WbsPackage.Literals.PHASE : level == 2 ? WbsPackage.Literals.DELIVERABLE : WbsPackage.Literals.WORK_PACKAGE;
		}
		return milestone ? WbsPackage.Literals.MILESTONE : WbsPackage.Literals.ACTIVITY;
	}

	/** The concrete WBS element class a "WBS Kind" value names, or null. */
	static EClass named(String declared) {
		if (declared == null) {
			return null;
		}
		String name = declared.strip().replace(" ", "");
		for (EClass candidate : new EClass[] { WbsPackage.Literals.PHASE, WbsPackage.Literals.DELIVERABLE, WbsPackage.Literals.WORK_PACKAGE,
				WbsPackage.Literals.ACTIVITY, WbsPackage.Literals.MILESTONE }) {
			if (candidate.getName().equalsIgnoreCase(name)) {
				return candidate;
			}
		}
		return null;
	}
}
