package org.wbsmodeler.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * Every problem the model validator reports, with a stable code (the diagnostic's code, usable for quick fixes and
 * markers) and its severity.
 */
public enum WbsProblem {
	DUPLICATE_CODE(1, Diagnostic.ERROR),
	DUPLICATE_REQUIREMENT_ID(2, Diagnostic.ERROR),
	MISPLACED_ELEMENT(3, Diagnostic.ERROR),
	EMPTY_SUMMARY(4, Diagnostic.WARNING),
	MISSING_ESTIMATE(5, Diagnostic.WARNING),
	NEGATIVE_VALUE(6, Diagnostic.ERROR),
	PERCENT_OUT_OF_RANGE(7, Diagnostic.ERROR),
	MILESTONE_WITH_DURATION(8, Diagnostic.WARNING),
	DEPENDENCY_CYCLE(9, Diagnostic.ERROR),
	LINK_TO_SUMMARY(10, Diagnostic.ERROR),
	SELF_LINK(11, Diagnostic.ERROR),
	DANGLING_LINK(12, Diagnostic.ERROR),
	DUPLICATE_LINK(13, Diagnostic.WARNING),
	MISSING_RESOURCE(14, Diagnostic.ERROR),
	UNTRACED_REQUIREMENT(15, Diagnostic.WARNING),
	UNDELIVERED_COMPONENT(16, Diagnostic.WARNING),
	CONSTRAINT_WITHOUT_DATE(17, Diagnostic.ERROR),
	ACTUAL_FINISH_BEFORE_START(18, Diagnostic.ERROR),
	/** A view names a resource, role, component or element that is no longer in the project. */
	STALE_VIEW_REFERENCE(19, Diagnostic.WARNING);

	private final int code;
	private final int severity;

	WbsProblem(int code, int severity) {
		this.code = code;
		this.severity = severity;
	}

	public int code() {
		return code;
	}

	public int severity() {
		return severity;
	}

	/** The problem a diagnostic of {@link WbsValidator#DIAGNOSTIC_SOURCE} reports, or null for another source. */
	public static WbsProblem of(Diagnostic diagnostic) {
		if (!WbsValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			return null;
		}
		for (WbsProblem problem : values()) {
			if (problem.code == diagnostic.getCode()) {
				return problem;
			}
		}
		return null;
	}
}
