package org.wbsmodeler.model.util;

/** Messages for people: parsers and libraries put whole stack-like explanations into exception messages. */
public final class Messages {

	private Messages() {
	}

	/** The first line of a message, trimmed; "unknown problem" when there is none. */
	public static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "unknown problem";
		}
		String trimmed = message.strip();
		int end = trimmed.indexOf('\n');
		return (end < 0 ? trimmed : trimmed.substring(0, end)).strip();
	}
}
