package org.wbsmodeler.ui.pages.resources;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.ui.pages.cells.ValueText;

/**
 * A calendar's working days as people write them: "Mon–Fri", "Mon–Thu, Sat". Ranges run Monday to Sunday; parsing
 * accepts short and long day names, "-" or "–" for ranges and commas or spaces between parts.
 */
public final class WeekdaysText implements ValueText {

	public static final WeekdaysText INSTANCE = new WeekdaysText();

	@Override
	public String format(Object value) {
		List<Weekday> days = new ArrayList<>();
		for (Object day : (Collection<?>) value) {
			days.add((Weekday) day);
		}
		days.sort(null);
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < days.size();) {
			int j = i;
			while (j + 1 < days.size() && days.get(j + 1).getValue() == days.get(j).getValue() + 1) {
				j++;
			}
			parts.add(j - i >= 2 ? shortName(days.get(i)) + "\u2013" + shortName(days.get(j))
					: j == i ? shortName(days.get(i)) : shortName(days.get(i)) + ", " + shortName(days.get(j)));
			i = j + 1;
		}
		return String.join(", ", parts);
	}

	@Override
	public Object parse(String text) {
		List<Weekday> days = new ArrayList<>();
		for (String part : text.trim().split("[,;\\s]+")) {
			if (part.isEmpty()) {
				continue;
			}
			String[] range = part.split("[-\u2013]");
			if (range.length > 2) {
				throw new IllegalArgumentException("'" + part + "' is not a day or a range of days like Mon-Fri");
			}
			Weekday from = day(range[0]);
			Weekday to = range.length == 2 ? day(range[1]) : from;
			if (to.getValue() < from.getValue()) {
				throw new IllegalArgumentException("'" + part + "' runs backwards; a week runs from Monday to Sunday");
			}
			for (int v = from.getValue(); v <= to.getValue(); v++) {
				Weekday day = Weekday.get(v);
				if (!days.contains(day)) {
					days.add(day);
				}
			}
		}
		if (days.isEmpty()) {
			throw new IllegalArgumentException("a calendar needs at least one working day");
		}
		days.sort(null);
		return days;
	}

	private static Weekday day(String word) {
		String lower = word.trim().toLowerCase(Locale.ROOT);
		if (lower.length() >= 2) {
			for (Weekday day : Weekday.VALUES) {
				if (day.getName().toLowerCase(Locale.ROOT).startsWith(lower)) {
					return day;
				}
			}
		}
		throw new IllegalArgumentException("'" + word + "' is not a day of the week");
	}

	private static String shortName(Weekday day) {
		return day.getName().charAt(0) + day.getName().substring(1, 3).toLowerCase(Locale.ROOT);
	}
}
