package org.wbsmodeler.exchange;

import java.util.List;

/**
 * What an exporter or importer could not carry over, one line each: the conversion went on, but the user should
 * know (a text longer than MS Project keeps, a twelfth baseline, a link to an element outside the project).
 */
@FunctionalInterface
public interface ExchangeWarnings {

	/** Ignores every warning. */
	ExchangeWarnings NONE = message -> {
	};

	void warn(String message);

	/** Keeps the warnings in a list, for tests and for callers that print them later. */
	static ExchangeWarnings into(List<String> list) {
		return list::add;
	}
}
