package org.wbsmodeler.model.util;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Helpers for the model's dates. They are {@link LocalDateTime}s: a plan, like MS Project's, has no time zone, so
 * 08:00 on 1 February is 08:00 on every machine.
 */
public final class ModelDates {

	private ModelDates() {
	}

	/** The start of the working day (08:00) of a date. */
	public static LocalDateTime atWorkStart(LocalDate date) {
		return date == null ? null : date.atTime(8, 0);
	}

	/** The day of a date and time, or null. */
	public static LocalDate toLocalDate(LocalDateTime time) {
		return time == null ? null : time.toLocalDate();
	}

	/** The earlier of two dates; null stands for "none yet" and loses to any date. */
	public static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
		return a == null ? b : b == null || a.isBefore(b) ? a : b;
	}

	/** The later of two dates; null stands for "none yet" and loses to any date. */
	public static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a == null ? b : b == null || a.isAfter(b) ? a : b;
	}
}
