package org.wbsmodeler.model.util;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The text form of the model's dates in {@code .wbs} files. A plan has no time zone, so the file has none: ISO
 * {@code 2027-02-01T08:00} (seconds only when not zero). Format 1.0 stored EMF's EDate form
 * ({@code 2027-02-01T08:00:00.000+0100}); such a value is read with the wall-clock time as written and the offset
 * ignored, because that is the time the planner typed on the machine that saved it.
 */
public final class DateTimeText {

	/** An offset or zone designator after the time: Z, +01, +0100, +01:00. */
	private static final Pattern OFFSET = Pattern.compile("(Z|[+-]\\d{2}(:?\\d{2})?)$");

	private DateTimeText() {
	}

	/** The date and time a value of a {@code .wbs} file stands for; a date alone is its midnight. */
	public static LocalDateTime parse(String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip();
		try {
			if (value.indexOf('T') < 0) {
				return LocalDate.parse(value).atStartOfDay();
			}
			return LocalDateTime.parse(OFFSET.matcher(value).replaceFirst(""));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a date and time like 2027-02-01T08:00: '" + text + "'", e);
		}
	}

	/** ISO without a zone; seconds and fractions only when they are not zero ({@link LocalDateTime#toString()}). */
	public static String format(LocalDateTime value) {
		return value == null ? null : value.toString();
	}
}
