package org.wbsmodeler.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WorkPackage;

import static org.wbsmodeler.model.util.ModelLabels.describe;

/**
 * Estimates and progress of one element: nothing negative, percentages within 0..100, a date for every constraint
 * that needs one, actual dates in order, and an estimate on every leaf that carries work.
 */
public final class EstimateRule implements ValidationRule {

	@Override
	public boolean check(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!(object instanceof WbsElement element)) {
			return true;
		}
		boolean ok = true;
		ok &= notNegative(diagnostics, element, "duration", element.getDuration());
		ok &= notNegative(diagnostics, element, "effort", element.getEffort());
		ok &= notNegative(diagnostics, element, "fixed cost", element.getFixedCost());
		ok &= notNegative(diagnostics, element, "actual cost", element.getActualCost());
		double percent = element.getPercentComplete();
		if (percent < 0 || percent > 100) {
			ok &= Problems.report(diagnostics, WbsProblem.PERCENT_OUT_OF_RANGE,
					describe(element) + " is " + percent + "% complete; percent complete must be between 0 and 100", element);
		}
		if (element instanceof Milestone && element.getDuration() > 0) {
			ok &= Problems.report(diagnostics, WbsProblem.MILESTONE_WITH_DURATION,
					describe(element) + " has a duration of " + element.getDuration() + " days; a milestone marks a moment and has none", element);
		}
		ConstraintType constraint = element.getConstraintType();
		if (constraint != ConstraintType.ASAP && constraint != ConstraintType.ALAP && element.getConstraintDate() == null) {
			ok &= Problems.report(diagnostics, WbsProblem.CONSTRAINT_WITHOUT_DATE,
					describe(element) + " has constraint " + constraint.getName() + " but no constraint date", element);
		}
		if (element.getActualStart() != null && element.getActualFinish() != null && element.getActualFinish().isBefore(element.getActualStart())) {
			ok &= Problems.report(diagnostics, WbsProblem.ACTUAL_FINISH_BEFORE_START,
					describe(element) + " finished before it started (actual finish before actual start)", element);
		}
		if (carriesWork(element) && element.getDuration() == 0 && element.getEffort() == 0 && element.getAssignments().isEmpty()) {
			ok &= Problems.report(diagnostics, WbsProblem.MISSING_ESTIMATE,
					describe(element) + " has no estimate: give it a duration, an effort or an assignment", element);
		}
		return ok;
	}

	/** A leaf activity or work package is where work is estimated; summaries roll up, milestones take no time. */
	private static boolean carriesWork(WbsElement element) {
		if (element instanceof Activity) {
			return true;
		}
		return element instanceof WorkPackage && !element.isSummary();
	}

	private static boolean notNegative(DiagnosticChain diagnostics, WbsElement element, String what, double value) {
		if (value >= 0) {
			return true;
		}
		return Problems.report(diagnostics, WbsProblem.NEGATIVE_VALUE, describe(element) + " has a negative " + what + " (" + value + ")", element);
	}
}
