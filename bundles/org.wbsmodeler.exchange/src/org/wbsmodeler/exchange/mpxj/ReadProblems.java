package org.wbsmodeler.exchange.mpxj;

import java.nio.file.Path;

import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.xml.SecureXml;
import org.xml.sax.SAXParseException;

/**
 * Turns whatever a reader threw at a damaged file into one line: the XML parser's complaint with its line when
 * there is one, otherwise the reader's own first line. Readers wrap the parser's exception in their own, so the
 * cause chain is searched.
 */
public final class ReadProblems {

	private ReadProblems() {
	}

	public static ExchangeException describe(Path file, String format, Throwable problem, boolean xml) {
		for (Throwable e = problem; e != null; e = e.getCause() == e ? null : e.getCause()) {
			if (e instanceof SAXParseException parse) {
				return SecureXml.problem(file, parse);
			}
		}
		if (xml) {
			// the reader gave no position: our own parser finds the first malformed place, if that is the problem
			try {
				SecureXml.checkWellFormed(file);
			} catch (ExchangeException malformed) {
				return malformed;
			}
		}
		if (problem instanceof StackOverflowError) {
			return new ExchangeException(file, 0, "cannot read as " + format + " (nested too deeply)", null);
		}
		String message = deepestMessage(problem);
		return new ExchangeException(file, 0, "cannot read as " + format + " (" + message + ")", problem);
	}

	/** The innermost message of a reader's exception chain, on one line. */
	static String deepestMessage(Throwable problem) {
		String message = null;
		for (Throwable e = problem; e != null; e = e.getCause() == e ? null : e.getCause()) {
			if (e.getMessage() != null && !e.getMessage().isBlank()) {
				message = e.getMessage();
			}
			if (message == null) {
				message = e.getClass().getSimpleName();
			}
		}
		return ExchangeException.oneLine(message);
	}
}
