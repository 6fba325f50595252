package org.wbsmodeler.ui.pages.resources;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Weekday;

public class WeekdaysTextTest {

	private final WeekdaysText text = WeekdaysText.INSTANCE;

	@Test
	public void rangesAndSingleDaysBothWays() {
		assertEquals("Mon\u2013Fri", text.format(List.of(Weekday.FRIDAY, Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY)));
		assertEquals("Mon, Tue, Thu", text.format(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.THURSDAY)));
		assertEquals(List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.SATURDAY), text.parse("Mon-Wed, saturday"));
		assertEquals(List.of(Weekday.TUESDAY, Weekday.THURSDAY), text.parse("thu tu"));
	}

	@Test
	public void refusesWhatIsNoDayOrRunsBackwards() {
		assertEquals("'Fri-Mon' runs backwards; a week runs from Monday to Sunday",
				assertThrows(IllegalArgumentException.class, () -> text.parse("Fri-Mon")).getMessage());
		assertEquals("'Xyz' is not a day of the week", assertThrows(IllegalArgumentException.class, () -> text.parse("Mon, Xyz")).getMessage());
		assertThrows(IllegalArgumentException.class, () -> text.parse("  "));
		assertThrows("one letter is ambiguous (Tuesday or Thursday)", IllegalArgumentException.class, () -> text.parse("t"));
	}
}
