package org.wbsmodeler.ui.pages.cells;

import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EcorePackage;
import org.wbsmodeler.ui.edit.DateFormats;

/** The value texts of the pages: plain text, numbers, money, percentages, times of day and dates. */
public final class ValueTexts {

	private ValueTexts() {
	}

	/** Text; an empty cell means "not set". */
	public static final ValueText TEXT = new ValueText() {
		@Override
		public String format(Object value) {
			return value == null ? "" : value.toString();
		}

		@Override
		public Object parse(String text) {
			String trimmed = text.trim();
			return trimmed.isEmpty() ? null : trimmed;
		}
	};

	/** A quantity that cannot be negative (durations, hours, rates, amounts): 2.5, 1,200. */
	public static final ValueText AMOUNT = new Decimal(false, false);

	/** A number that may be negative (a KPI's target). */
	public static final ValueText SIGNED = new Decimal(true, false);

	/** A number that may be left empty (a KPI not measured yet). */
	public static final ValueText OPTIONAL = new Decimal(true, true);

	/** Money with two decimals and thousands separators: 60,000.00. */
	public static final ValueText MONEY = new Decimal(false, false) {
		@Override
		public String format(Object value) {
			return value == null ? "" : String.format(Locale.ROOT, "%,.2f", ((Number) value).doubleValue());
		}
	};

	/** A share where 1.0 is 100 % (a resource's max units), shown and typed in percent. */
	public static final ValueText PERCENT_OF_ONE = new ValueText() {
		@Override
		public String format(Object value) {
			return value == null ? "" : number(((Number) value).doubleValue() * 100) + "%";
		}

		@Override
		public Object parse(String text) {
			String trimmed = text.trim();
			double percent = (Double) AMOUNT.parse(trimmed.endsWith("%") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
			return percent / 100;
		}
	};

	/** Minutes of the day as a time, 480 is 08:00; 24:00 is the end of the day. */
	public static final ValueText TIME_OF_DAY = new ValueText() {
		@Override
		public String format(Object value) {
			int minutes = value == null ? 0 : (Integer) value;
			return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
		}

		@Override
		public Object parse(String text) {
			String trimmed = text.trim();
			String[] parts = trimmed.split(":");
			try {
				int hours = Integer.parseInt(parts[0]);
				int minutes = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
				if (parts.length <= 2 && hours >= 0 && minutes >= 0 && minutes < 60 && hours * 60 + minutes <= 24 * 60) {
					return hours * 60 + minutes;
				}
			} catch (NumberFormatException e) {
				// falls through to the one message
			}
			throw new IllegalArgumentException("'" + trimmed + "' is not a time of day; type it like 08:30");
		}
	};

	/** A day, through {@link DateFormats}. */
	public static final ValueText DAY = new ValueText() {
		@Override
		public String format(Object value) {
			return DateFormats.day(value);
		}

		@Override
		public Object parse(String text) {
			return DateFormats.parseDay(text);
		}
	};

	/** The text that suits an attribute's type when a column does not say otherwise. */
	public static ValueText forAttribute(EAttribute attribute) {
		EDataType type = attribute.getEAttributeType();
		if (type == EcorePackage.Literals.EDOUBLE_OBJECT) {
			return OPTIONAL;
		}
		if (type == EcorePackage.Literals.EDOUBLE || type == EcorePackage.Literals.EFLOAT) {
			return AMOUNT;
		}
		if (type.getInstanceClass() == java.time.LocalDateTime.class) {
			return DAY;
		}
		return TEXT;
	}

	/** At most two decimals and no trailing zeros: 3, 2.5, 0.13. */
	public static String number(double value) {
		return org.wbsmodeler.model.format.Durations.number(value);
	}

	private static class Decimal implements ValueText {
		private final boolean signed;
		private final boolean optional;

		Decimal(boolean signed, boolean optional) {
			this.signed = signed;
			this.optional = optional;
		}

		@Override
		public String format(Object value) {
			return value == null ? "" : number(((Number) value).doubleValue());
		}

		@Override
		public Object parse(String text) {
			String trimmed = text.trim();
			if (trimmed.isEmpty()) {
				if (optional) {
					return null;
				}
				throw new IllegalArgumentException("a number is needed here");
			}
			double value;
			try {
				value = Double.parseDouble(trimmed.replace(",", ""));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + trimmed + "' is not a number");
			}
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("'" + trimmed + "' is not a number");
			}
			if (!signed && value < 0) {
				throw new IllegalArgumentException("'" + trimmed + "' is negative; this cannot be");
			}
			return value;
		}
	}
}
