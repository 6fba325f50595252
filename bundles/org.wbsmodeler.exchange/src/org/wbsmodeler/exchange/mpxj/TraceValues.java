package org.wbsmodeler.exchange.mpxj;

import java.util.ArrayList;
import java.util.List;

/**
 * Several names in one text field: joined with "; ". A name that itself holds a ';' or a '\' gets it escaped with
 * '\', so any name survives the trip and a person can still read and edit the field in MS Project.
 */
public final class TraceValues {

	private static final String SEPARATOR = "; ";

	private TraceValues() {
	}

	public static String join(List<String> names) {
		StringBuilder text = new StringBuilder();
		for (String name : names) {
			if (!text.isEmpty()) {
				text.append(SEPARATOR);
			}
			text.append(name.replace("\\", "\\\\").replace(";", "\\;"));
		}
		return text.toString();
	}

	/** The names of a field's text; blanks around names are dropped, empty names skipped. */
	public static List<String> split(String text) {
		List<String> names = new ArrayList<>();
		if (text == null) {
			return names;
		}
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' && i + 1 < text.length()) {
				current.append(text.charAt(++i));
			} else if (c == ';') {
				add(names, current);
			} else {
				current.append(c);
			}
		}
		add(names, current);
		return names;
	}

	private static void add(List<String> names, StringBuilder current) {
		String name = current.toString().strip();
		if (!name.isEmpty()) {
			names.add(name);
		}
		current.setLength(0);
	}
}
