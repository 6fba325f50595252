package org.wbsmodeler.ui.pages.cells;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The dates of the Scope, Processes and Resources pages and of the dialogs: calendar exceptions are days
 * ({@code 2027-02-01}), baselines and schedules days with a time. The model's dates are zone-free
 * {@link LocalDateTime}s, so nothing here converts between zones.
 */
public final class PageDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private PageDates() {
	}

	/** A model date as a day, {@code 2027-02-01}; empty for none. */
	public static String day(Object modelDate) {
		return modelDate == null ? "" : DAY.format((LocalDateTime) modelDate);
	}

	/** A model date with its time, {@code 2027-02-01 08:00}; "-" for none. */
	public static String dayTime(Object modelDate) {
		return modelDate == null ? "-" : DAY_TIME.format((LocalDateTime) modelDate);
	}

	/** A typed day as the model's date (the day's midnight, as calendar exceptions are stored); null for an empty text. */
	public static LocalDateTime parseDay(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(trimmed, DAY).atStartOfDay();
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
}
