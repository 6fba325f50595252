package org.wbsmodeler.model.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Every date the product shows a person or reads from one, in one place (the file format is {@code DateTimeText}'s).
 * A plan's dates have no zone, as in MS Project. Shown as MS Project shows them in its tables, with an unambiguous
 * ISO day: {@code Mon 2027-02-01 08:00} for a scheduled date, {@code Mon 2027-02-01} for a day; {@code 2027-02-01}
 * where a column is narrow or a file is for machines.
 */
public final class PlanDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
	private static final DateTimeFormatter INPUT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private PlanDates() {
	}

	/** A scheduled date with its time of day ("Mon 2027-02-01 08:00"); empty for none. */
	public static String dateTime(LocalDateTime time) {
		return time == null ? "" : DAY_TIME.format(time);
	}

	/** A date as typed: the day, plus the time when it is not midnight ("Mon 2027-02-01", "Mon 2027-02-01 13:30"). */
	public static String dayOrTime(LocalDateTime time) {
		if (time == null) {
			return "";
		}
		return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(time) : DAY_TIME.format(time);
	}

	/** The day alone, ISO: {@code 2027-02-01}; empty for none. */
	public static String isoDay(LocalDateTime time) {
		return time == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(time);
	}

	/**
	 * Reads "2027-02-01" (its midnight) or "2027-02-01 13:30"; null for blank input.
	 *
	 * @throws IllegalArgumentException with a one-line message for anything else
	 */
	public static LocalDateTime parse(String text) {
		String trimmed = text == null ? "" : text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			return trimmed.length() <= 10 ? LocalDate.parse(trimmed).atStartOfDay() : LocalDateTime.parse(trimmed, INPUT_TIME);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a date: write it as 2027-02-01 or 2027-02-01 13:30");
		}
	}
}
