package org.wbsmodeler.ui.plan;

import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.model.format.Durations;

/**
 * Durations and lags as MS Project users type them in a cell ({@link Durations#parse}: "5d", "3h", "2w", "30m",
 * "1.5d"; a bare number is days), a refusal worded for the status line.
 */
public final class DurationText {

	private DurationText() {
	}

	/** Working days from text; refuses what is not a duration, and negative values when {@code allowNegative} is off. */
	public static double parse(String text, double hoursPerDay, boolean allowNegative) throws RefusedEdit {
		try {
			return Durations.parse(text, hoursPerDay, allowNegative);
		} catch (IllegalArgumentException e) {
			throw new RefusedEdit(e.getMessage());
		}
	}
}
