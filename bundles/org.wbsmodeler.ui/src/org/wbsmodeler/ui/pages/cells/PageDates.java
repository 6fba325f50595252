package org.wbsmodeler.ui.pages.cells;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;

import org.wbsmodeler.model.util.ModelDates;

/**
 * Every date the pages and dialogs show or read, in one place: the model's date type is changing (issue 8,
 * java.util.Date to LocalDateTime), and only this class should need to follow.
 */
public final class PageDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private PageDates() {
	}

	/** A model date as a day, {@code 2027-02-01}; empty for none. */
	public static String day(Object modelDate) {
		return modelDate == null ? "" : DAY.format(ModelDates.toLocalDate((Date) modelDate));
	}

	/** A model date with its time, {@code 2027-02-01 08:00}; "-" for none. */
	public static String dayTime(Object modelDate) {
		return modelDate == null ? "-" : DAY_TIME.format(ModelDates.toLocalDateTime((Date) modelDate));
	}

	/** A typed day as the model's date (the start of that working day); null for an empty text. */
	public static Object parseDay(String text) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		try {
			return ModelDates.toDate(LocalDate.parse(trimmed, DAY));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a date; type it like 2027-02-01");
		}
	}

	/** Today's working day as a model date (a new calendar exception starts there). */
	public static Object today() {
		return ModelDates.toDate(LocalDate.now());
	}

	/** Now, as a model date (when a baseline was saved). */
	public static Object now() {
		return ModelDates.toDate(LocalDateTime.now());
	}
}
