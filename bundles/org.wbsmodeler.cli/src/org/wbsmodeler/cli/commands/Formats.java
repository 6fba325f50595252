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

	/** A JSON string literal. */
	static String json(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder sb = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			switch (ch) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> {
				if (ch < 0x20) {
					sb.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
				} else {
					sb.append(ch);
				}
			}
			}
		}
		return sb.append('"').toString();
	}

	static String jsonDate(LocalDateTime date) {
		return date == null ? "null" : json(date.toString());
	}

	static String jsonNumber(double value) {
		return Double.isFinite(value) ? (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value)) : "null";
	}
}
