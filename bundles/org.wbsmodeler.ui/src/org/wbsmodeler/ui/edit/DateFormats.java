package org.wbsmodeler.ui.edit;

import org.wbsmodeler.model.format.PlanDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The dates the editor's cells show and read: the product's one form ({@link PlanDates}), plus the editor's own
 * cases (a model value of any type, a calendar exception's day). The model's dates are zone-free {@code LocalDateTime}s, as
 * a plan's are in MS Project. Shown as MS Project does in its tables ("Mon 01.02.27 08:00" is too wide for a
 * column; ISO day plus time when not midnight is unambiguous).
 */
public final class DateFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
	private static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter INPUT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private DateFormats() {
	}

	/** A scheduled date with its time of day ("Mon 2027-02-01 08:00"); empty for none. */
	public static String dateTime(LocalDateTime time) {
		return PlanDates.dateTime(time);
	}

	/** A date of the model (calendar exceptions, constraints, actuals): the day, plus the time when it has one. */
	public static String format(Object value) {
		LocalDateTime time = toLocalDateTime(value);
		if (time == null) {
			return value == null ? "" : value.toString();
		}
		return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(time) : DAY_TIME.format(time);
	}

	/** Reads "2027-02-01" or "2027-02-01 13:30"; null for blank input. */
	public static LocalDateTime parse(String text) {
		return PlanDates.parse(text);
	}

	/** A model date as a day, {@code 2027-02-01} (calendar exceptions are days); empty for none. */
	public static String day(Object modelDate) {
		return modelDate == null ? "" : ISO_DAY.format((LocalDateTime) modelDate);
	}

	/** A typed day as the model's date (the day's midnight, as calendar exceptions are stored); null for an empty text. */
	public static LocalDateTime parseDay(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(trimmed, ISO_DAY).atStartOfDay();
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a date; type it like 2027-02-01");
		}
	}

	/** Today as a model date (a new calendar exception starts there). */
	public static LocalDateTime today() {
		return LocalDate.now().atStartOfDay();
	}

	/** Now, to the minute, as a model date (when a baseline was saved). */
	public static LocalDateTime now() {
		return LocalDateTime.now().withSecond(0).withNano(0);
	}

	/** Whether a model value is a date this class handles. */
	public static boolean isDate(Object value) {
		return value instanceof LocalDateTime;
	}

	private static LocalDateTime toLocalDateTime(Object value) {
		if (value instanceof LocalDateTime time) {
			return time;
		}
		return null;
	}
}
