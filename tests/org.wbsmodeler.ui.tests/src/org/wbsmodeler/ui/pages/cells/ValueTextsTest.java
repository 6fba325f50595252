package org.wbsmodeler.ui.pages.cells;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** What cells show and what they accept. */
public class ValueTextsTest {

	@Test
	public void amountsReadWithSeparatorsAndRefuseNonsenseAndNegatives() {
		assertEquals(1200.5, (Double) ValueTexts.AMOUNT.parse(" 1,200.5 "), 0);
		assertEquals("'5x' is not a number", assertThrows(IllegalArgumentException.class, () -> ValueTexts.AMOUNT.parse("5x")).getMessage());
		assertEquals("'-3' is negative; this cannot be", assertThrows(IllegalArgumentException.class, () -> ValueTexts.AMOUNT.parse("-3")).getMessage());
		assertThrows(IllegalArgumentException.class, () -> ValueTexts.AMOUNT.parse("NaN"));
		assertEquals(-3.0, (Double) ValueTexts.SIGNED.parse("-3"), 0);
		assertNull("a KPI may be not measured yet", ValueTexts.OPTIONAL.parse(""));
		assertEquals("2.5", ValueTexts.AMOUNT.format(2.5));
		assertEquals("3", ValueTexts.AMOUNT.format(3.0));
		assertEquals("0.13", ValueTexts.number(0.125));
		assertEquals("60,000.00", ValueTexts.MONEY.format(60000.0));
	}

	@Test
	public void percentOfOneAndTimesOfDay() {
		assertEquals("200%", ValueTexts.PERCENT_OF_ONE.format(2.0));
		assertEquals(0.5, (Double) ValueTexts.PERCENT_OF_ONE.parse("50%"), 0);
		assertEquals(0.75, (Double) ValueTexts.PERCENT_OF_ONE.parse("75"), 0);
		assertEquals("08:00", ValueTexts.TIME_OF_DAY.format(480));
		assertEquals(450, ValueTexts.TIME_OF_DAY.parse("7:30"));
		assertEquals(1440, ValueTexts.TIME_OF_DAY.parse("24:00"));
		assertThrows(IllegalArgumentException.class, () -> ValueTexts.TIME_OF_DAY.parse("24:30"));
		assertThrows(IllegalArgumentException.class, () -> ValueTexts.TIME_OF_DAY.parse("8:75"));
		assertThrows(IllegalArgumentException.class, () -> ValueTexts.TIME_OF_DAY.parse("noon"));
	}

	@Test
	public void daysAreTheirMidnight() {
		Object date = ValueTexts.DAY.parse("2027-02-01");
		assertEquals("2027-02-01", ValueTexts.DAY.format(date));
		assertEquals("a typed day is its midnight, as calendar exceptions are stored", java.time.LocalDate.of(2027, 2, 1).atStartOfDay(), date);
		assertNull(ValueTexts.DAY.parse(" "));
		assertEquals("'1.2.2027' is not a date; type it like 2027-02-01",
				assertThrows(IllegalArgumentException.class, () -> ValueTexts.DAY.parse("1.2.2027")).getMessage());
	}
}
