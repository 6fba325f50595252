package org.wbsmodeler.model.util;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

/**
 * The model stores {@link Date}s (EMF's EDate); planners think in local dates and times. Conversions use the
 * machine's zone, as MS Project does: a plan has no time zone.
 */
public final class ModelDates {

	private ModelDates() {
	}

	public static Date toDate(LocalDateTime time) {
		return time == null ? null : Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
	}

	/** The start of the working day (08:00) of a date. */
	public static Date toDate(LocalDate date) {
		return date == null ? null : toDate(date.atTime(8, 0));
	}

	public static LocalDateTime toLocalDateTime(Date date) {
		return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
	}

	public static LocalDate toLocalDate(Date date) {
		return date == null ? null : toLocalDateTime(date).toLocalDate();
	}

	/** The earlier of two dates; null stands for "none yet" and loses to any date. */
	public static Date earlier(Date a, Date b) {
		return a == null ? b : b == null || a.before(b) ? a : b;
	}

	/** The later of two dates; null stands for "none yet" and loses to any date. */
	public static Date later(Date a, Date b) {
		return a == null ? b : b == null || a.after(b) ? a : b;
	}
}
