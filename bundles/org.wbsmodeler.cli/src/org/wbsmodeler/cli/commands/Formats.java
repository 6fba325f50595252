package org.wbsmodeler.cli.commands;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.util.DateTimeText;

/** How commands print dates and amounts: ISO-like and locale-independent, so output can be compared and parsed. */
final class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private Formats() {
	}

	static String dateTime(LocalDateTime date) {
		if (date == null) {
			return "-";
		}
		int year = date.getYear();
		if (year < 1 || year > 9999) {
			return DATE_TIME.format(date); // a sign or a fifth digit: the formatter's rules
		}
		// written digit by digit: the schedule table prints four dates per activity, and the general formatter was
		// a fifth of a 100,000-activity table
		return DateTimeText.toMinute(date, ' ');
	}

	/** Days with at most two decimals, no trailing zeros: 3, 2.5, 0.13 (the model's one number format); NaN as "NaN". */
	static String days(double days) {
		return Durations.number(days);
	}

	/** {@code text} padded with spaces on the right to {@code width} (never cut), as {@code %-Ns}. */
	static StringBuilder left(StringBuilder line, String text, int width) {
		line.append(text);
		for (int i = text.length(); i < width; i++) {
			line.append(' ');
		}
		return line;
	}

	/** {@code text} padded with spaces on the left to {@code width} (never cut), as {@code %Ns}. */
	static StringBuilder right(StringBuilder line, String text, int width) {
		for (int i = text.length(); i < width; i++) {
			line.append(' ');
		}
		return line.append(text);
	}

	static String money(double amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

	/** ISO local date-time ("2027-02-01T08:00"), null for none. */
	static String isoDateTime(LocalDateTime date) {
		// LocalDateTime's own form, written digit by digit for the usual dates (four an activity in schedule --json)
		return DateTimeText.format(date);
	}
}
