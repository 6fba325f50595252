package org.wbsmodeler.cli.commands;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How commands print dates and amounts: ISO-like and locale-independent, so output can be compared and parsed. */
final class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private Formats() {
	}

	static String dateTime(LocalDateTime date) {
		return date == null ? "-" : DATE_TIME.format(date);
	}

	/** Days with at most two decimals, no trailing zeros: 3, 2.5, 0.13. */
	static String days(double days) {
		if (days == Math.rint(days)) {
			return String.valueOf((long) days);
		}
		return String.format(Locale.ROOT, "%.2f", days).replaceAll("0+$", "");
	}

	static String money(double amount) {
		return String.format(Locale.ROOT, "%,.2f", amount);
	}

	/** ISO local date-time ("2027-02-01T08:00"), null for none. */
	static String isoDateTime(LocalDateTime date) {
		return date == null ? null : date.toString();
	}
}
