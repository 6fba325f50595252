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
		LocalDateTime canonical = parseCanonical(value);
		if (canonical != null) {
			return canonical;
		}
		try {
			if (value.indexOf('T') < 0) {
				return LocalDate.parse(value).atStartOfDay();
			}
			return LocalDateTime.parse(OFFSET.matcher(value).replaceFirst(""));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a date and time like 2027-02-01T08:00: '" + text + "'", e);
		}
	}

	/**
	 * The form this version writes, {@code yyyy-MM-ddTHH:mm}, read digit by digit: a 100,000-activity plan holds half a
	 * million dates, and java.time's general parser made them most of the load time. Null for any other form.
	 */
	private static LocalDateTime parseCanonical(String value) {
		if (value.length() != 16 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(10) != 'T' || value.charAt(13) != ':') {
			return null;
		}
		int year = digits(value, 0, 4);
		int month = digits(value, 5, 7);
		int day = digits(value, 8, 10);
		int hour = digits(value, 11, 13);
		int minute = digits(value, 14, 16);
		if ((year | month | day | hour | minute) < 0) {
			return null;
		}
		try {
			return LocalDateTime.of(year, month, day, hour, minute);
		} catch (java.time.DateTimeException e) {
			return null; // out of range (2027-02-30): the general parser gives the message
		}
	}

	private static int digits(String value, int from, int to) {
		int result = 0;
		for (int i = from; i < to; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			result = result * 10 + (c - '0');
		}
		return result;
	}

	/** ISO without a zone; seconds and fractions only when they are not zero ({@link LocalDateTime#toString()}). */
	public static String format(LocalDateTime value) {
		if (value == null) {
			return null;
		}
		int year = value.getYear();
		if (year < 0 || year > 9999 || value.getSecond() != 0 || value.getNano() != 0) {
			return value.toString();
		}
		// the form nearly every date has, written digit by digit: a 100,000-activity plan saves half a million dates,
		// and toString's builders were a seventh of the save
		return toMinute(value, 'T');
	}

	/**
	 * {@code yyyy-MM-dd?HH:mm} with the separator given between date and time, for years 0 to 9999 (the caller checks),
	 * written digit by digit; seconds and fractions are not written. The command line's listings print four dates per
	 * activity in this form with a space.
	 */
	public static String toMinute(LocalDateTime value, char separator) {
		char[] text = new char[16];
		digits(text, 0, value.getYear(), 4);
		text[4] = '-';
		digits(text, 5, value.getMonthValue(), 2);
		text[7] = '-';
		digits(text, 8, value.getDayOfMonth(), 2);
		text[10] = separator;
		digits(text, 11, value.getHour(), 2);
		text[13] = ':';
		digits(text, 14, value.getMinute(), 2);
		return new String(text);
	}

	private static void digits(char[] text, int at, int value, int width) {
		int rest = value;
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (char) ('0' + rest % 10);
			rest /= 10;
		}
	}
}
