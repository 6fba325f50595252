package org.wbsmodeler.templates.crm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * The US public holidays a manufacturer's office keeps, computed for a year so that a plan starting in any year gets
 * the right ones. A holiday on a weekend is observed on the nearest weekday.
 */
final class PublicHolidays {

	private PublicHolidays() {
	}

	static void add(ModelBuilder build, Calendar calendar, int year) {
		day(build, calendar, "New Year's Day", LocalDate.of(year, Month.JANUARY, 1));
		day(build, calendar, "Memorial Day", LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
		day(build, calendar, "Independence Day", LocalDate.of(year, Month.JULY, 4));
		day(build, calendar, "Labor Day", LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
		LocalDate thanksgiving = LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
		build.holiday(calendar, "Thanksgiving", thanksgiving, thanksgiving.plusDays(1));
		day(build, calendar, "Christmas Day", LocalDate.of(year, Month.DECEMBER, 25));
	}

	private static void day(ModelBuilder build, Calendar calendar, String name, LocalDate date) {
		LocalDate observed = switch (date.getDayOfWeek()) {
		case SATURDAY -> date.minusDays(1);
		case SUNDAY -> date.plusDays(1);
		default -> date;
		};
		build.holiday(calendar, name, observed, observed);
	}
}
