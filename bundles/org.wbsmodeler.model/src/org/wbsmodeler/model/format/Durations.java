package org.wbsmodeler.model.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every duration and lag the product shows or reads, in one form: working days with at most two decimals and a
 * unit, {@code 5 d}, {@code 2.33 d}, {@code 0.5 d}; a lag with its sign, {@code +2 d}, {@code −1 d}. The Plan, the
 * Gantt chart, the diagrams, tooltips, exports' tables and the CLI all print through here, so a duration of
 * 2.333 days reads the same everywhere. Typing follows MS Project: {@code 5d}, {@code 3h}, {@code 2w},
 * {@code 30m} (minutes), {@code 1.5d}; a bare number is days.
 */
public final class Durations {

	private static final Pattern DURATION = Pattern.compile("([+\\-\u2212]?\\d+(?:[.,]\\d+)?)\\s*(d|day|days|h|hr|hrs|hour|hours|w|wk|wks|week|weeks|m|min|mins|minutes?)?",
			Pattern.CASE_INSENSITIVE);

	private Durations() {
	}

	/** "5 d", "2.33 d"; NaN gives null (nothing to show). */
	public static String days(double days) {
		return Double.isNaN(days) ? null : number(days) + " d";
	}

	/** A lag as in MS Project's predecessor column: "+2 d", "−1 d"; zero gives "". */
	public static String lag(double days) {
		if (Double.isNaN(days) || Math.abs(days) < 1e-9) {
			return "";
		}
		return (days > 0 ? "+" : "\u2212") + number(Math.abs(days)) + " d";
	}

	/** At most two decimals and no trailing zeros: 3, 2.5, 2.33; NaN and the infinities as Java writes them. */
	public static String number(double value) {
		if (!Double.isFinite(value)) {
			// no decimal form (BigDecimal refuses them): a value not yet computed shows as what it is
			return Double.toString(value);
		}
		if (Math.abs(value - Math.rint(value)) < 1e-9) {
			return Long.toString(Math.round(value));
		}
		// the shortest decimal form rounded half up, as %.2f rounds, without a formatter and two regular expressions
		// per call: a 2,000-box network formats some 6,000 durations on every edit
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return rounded.signum() == 0 ? "0" : rounded.toPlainString();
	}

	/**
	 * Working days from typed text; a week is five days, hours and minutes divide by the hours per day.
	 *
	 * @throws IllegalArgumentException with a one-line message, for text that is no duration or a negative one when
	 *                                  {@code allowNegative} is off
	 */
	public static double parse(String text, double hoursPerDay, boolean allowNegative) {
		String trimmed = text == null ? "" : text.trim();
		Matcher m = DURATION.matcher(trimmed);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + trimmed + "' is not a duration: write it like 5d, 3h or 2w");
		}
		double value = Double.parseDouble(m.group(1).replace(',', '.').replace('\u2212', '-'));
		String unit = m.group(2) == null ? "d" : m.group(2).toLowerCase(Locale.ROOT);
		double days = switch (unit.charAt(0)) {
		case 'h' -> value / hoursPerDay;
		case 'w' -> value * 5;
		case 'm' -> value / (hoursPerDay * 60);
		default -> value;
		};
		if (days < 0 && !allowNegative) {
			throw new IllegalArgumentException("'" + trimmed + "': a duration cannot be negative");
		}
		return days;
	}
}
