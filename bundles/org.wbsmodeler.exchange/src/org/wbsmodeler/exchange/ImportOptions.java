package org.wbsmodeler.exchange;

import java.util.Locale;

/**
 * What a person can tell an importer about a file that the file does not say itself.
 *
 * @param locale   the language an MPX file was written in (MS Project writes MPX in its own language: German
 *                 durations end in {@code t}, not {@code d}); null to find it from the file
 * @param password the read password of a protected MS Project file; null when none was given
 */
public record ImportOptions(Locale locale, String password) {

	/** Nothing told: the importer finds out what it can from the file. */
	public static final ImportOptions NONE = new ImportOptions(null, null);
}
