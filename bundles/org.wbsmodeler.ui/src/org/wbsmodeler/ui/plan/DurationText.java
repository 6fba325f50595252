package org.wbsmodeler.ui.plan;

import org.wbsmodeler.editing.rules.RefusedEdit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations and lags as MS Project users type them: "5d", "3h", "2w", "30m" (minutes), "1.5d"; a bare number is days.
 * The model holds working days, so hours and minutes divide by the project's hours per day and a week is five days.
 */
public final class DurationText {

	private static final Pattern DURATION = Pattern.compile("([+-]?\\d+(?:[.,]\\d+)?)\\s*(d|day|days|h|hr|hrs|hour|hours|w|wk|wks|week|weeks|m|min|mins|minutes?)?", Pattern.CASE_INSENSITIVE);

	private DurationText() {
	}

	/** Working days from text; refuses what is not a duration, and negative values when {@code allowNegative} is off. */
	public static double parse(String text, double hoursPerDay, boolean allowNegative) throws RefusedEdit {
		String trimmed = text == null ? "" : text.trim();
		Matcher m = DURATION.matcher(trimmed);
		if (!m.matches()) {
			throw new RefusedEdit("'" + trimmed + "' is not a duration: write it like 5d, 3h or 2w");
		}
		double value = Double.parseDouble(m.group(1).replace(',', '.'));
		String unit = m.group(2) == null ? "d" : m.group(2).toLowerCase(Locale.ROOT);
		double days = switch (unit.charAt(0)) {
		case 'h' -> value / hoursPerDay;
		case 'w' -> value * 5;
		case 'm' -> value / (hoursPerDay * 60);
		default -> value;
		};
		if (days < 0 && !allowNegative) {
			throw new RefusedEdit("'" + trimmed + "': a duration cannot be negative");
		}
		return days;
	}

	/** "5d", "0.5d", "-1d", or hours when less than a day is not a round number of days ("3h"). */
	public static String format(double days, double hoursPerDay) {
		if (days != 0 && Math.abs(days) < 1 && !isRound(days * 2)) {
			double hours = days * hoursPerDay;
			if (isRound(hours * 100)) {
				return number(hours) + "h";
			}
		}
		return number(days) + "d";
	}

	private static boolean isRound(double value) {
		return Math.abs(value - Math.rint(value)) < 1e-9;
	}

	private static String number(double value) {
		if (isRound(value)) {
			return Long.toString(Math.round(value));
		}
		return String.format(Locale.ROOT, "%.2f", value).replaceAll("0+$", "").replaceAll("\\.$", "");
	}
}
