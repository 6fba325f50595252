package org.wbsmodeler.model.io;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Reads the decimals of a model file (durations, work, costs, floats, lags: a 100,000-activity plan has about a
 * million). Most are written with 16 or 17 significant digits, which {@link Double#valueOf(String)} reads on its slow,
 * arbitrary-precision path; Jackson's reader (FastDoubleParser, when Jackson is installed: an optional import) gives
 * the same correctly rounded double several times faster. Anything it refuses goes to {@link Double#valueOf(String)},
 * so errors read as before.
 */
final class DecimalText {

	private static final boolean FAST = fastReaderPresent();

	private DecimalText() {
	}

	static Double parse(String text) {
		if (FAST) {
			try {
				return NumberInput.parseDouble(text, true);
			} catch (NumberFormatException refused) {
				// Double's own message below
			}
		}
		return Double.valueOf(text);
	}

	private static boolean fastReaderPresent() {
		try {
			return NumberInput.parseDouble("0.1", true) == 0.1;
		} catch (LinkageError notInstalled) {
			return false;
		}
	}
}
