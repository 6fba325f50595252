package org.wbsmodeler.model.format;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** The model's one number format for days and percentages: what a table, the Properties view and the CLI print. */
public class DurationsTest {

	@Test
	public void wholeNumbersHaveNoDecimals() {
		assertEquals("3", Durations.number(3.0));
		assertEquals("0", Durations.number(-0.0));
		assertEquals("-2", Durations.number(-2.0));
		assertEquals("5", Durations.number(4.9999999999));
	}

	@Test
	public void fractionsRoundHalfUpToTwoDecimalsWithoutTrailingZeros() {
		assertEquals("2.5", Durations.number(2.5));
		assertEquals("2.33", Durations.number(7 / 3.0));
		assertEquals("0.13", Durations.number(0.125));
		assertEquals("-1.13", Durations.number(-1.125));
		assertEquals("0", Durations.number(0.004));
	}

	/** A value not computed yet (an empty roll-up's NaN) is shown, not an exception from BigDecimal. */
	@Test
	public void nanAndInfinitiesAreWrittenAsJavaWritesThem() {
		assertEquals("NaN", Durations.number(Double.NaN));
		assertEquals("Infinity", Durations.number(Double.POSITIVE_INFINITY));
		assertEquals("-Infinity", Durations.number(Double.NEGATIVE_INFINITY));
		assertEquals(null, Durations.days(Double.NaN));
		assertEquals("", Durations.lag(Double.NaN));
		assertEquals("+Infinity d", Durations.lag(Double.POSITIVE_INFINITY));
	}
}
