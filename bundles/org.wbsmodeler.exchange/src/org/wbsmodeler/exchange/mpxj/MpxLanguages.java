package org.wbsmodeler.exchange.mpxj;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mpxj.ProjectFile;
import org.mpxj.mpx.MPXReader;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;

/**
 * MPX files in the language of the MS Project that wrote them. MS Project writes MPX in its own language — a German
 * one writes durations as {@code 3t}, dates as {@code Mo. 01.02.27} and German field names — and MPXJ reads such a
 * file only when told the language. The header line is the same in every language, so the file is tried in English
 * first, then in each language MPXJ knows; the first that reads the whole file wins. {@code --locale} names the
 * language outright.
 */
final class MpxLanguages {

	private MpxLanguages() {
	}

	/** MPX files start with their file creation record, {@code MPX} and the delimiter. */
	static boolean isMpx(byte[] head) {
		return head.length >= 4 && head[0] == 'M' && head[1] == 'P' && head[2] == 'X' && !Character.isLetterOrDigit(head[3]);
	}

	static ProjectFile read(Path file, Locale forced, ExchangeWarnings warnings) throws ExchangeException {
		if (forced != null) {
			Locale locale = supported(forced);
			if (locale == null) {
				throw new ExchangeException(file, 0, "MPXJ reads MPX in " + languages() + ", not in '" + forced + "'", null);
			}
			try {
				return read(file, locale);
			} catch (Exception | StackOverflowError e) {
				throw ReadProblems.describe(file, "MPX in " + name(locale), e, false);
			}
		}
		Throwable english;
		try {
			return read(file, Locale.ENGLISH);
		} catch (Exception | StackOverflowError e) {
			english = e;
		}
		for (Locale locale : MPXReader.getSupportedLocales()) {
			if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
				continue;
			}
			try {
				ProjectFile project = read(file, locale);
				warnings.warn("read as MPX written in " + name(locale) + " (--locale " + locale.getLanguage() + ")");
				return project;
			} catch (Exception | StackOverflowError e) {
				// not this language either
			}
		}
		if (english instanceof StackOverflowError) {
			throw ReadProblems.describe(file, "MPX", english, false);
		}
		throw new ExchangeException(file, 0, "cannot read as MPX (" + ReadProblems.deepestMessage(english) + ") in English or any other language MPXJ knows ("
				+ languages() + ")", english);
	}

	private static ProjectFile read(Path file, Locale locale) throws Exception {
		MPXReader reader = new MPXReader();
		reader.setLocale(locale);
		ProjectFile project = reader.read(file.toFile());
		if (project == null) {
			throw new ExchangeException("MPXJ returned no project");
		}
		return project;
	}

	/** MPXJ's locale for a language, or null when it has none. */
	private static Locale supported(Locale wanted) {
		return Arrays.stream(MPXReader.getSupportedLocales()).filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst().orElse(null);
	}

	private static String languages() {
		return Arrays.stream(MPXReader.getSupportedLocales()).map(Locale::getLanguage).collect(Collectors.joining(", "));
	}

	private static String name(Locale locale) {
		return locale.getDisplayLanguage(Locale.ENGLISH);
	}
}
