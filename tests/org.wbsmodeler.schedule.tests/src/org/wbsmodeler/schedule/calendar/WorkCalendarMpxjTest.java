package org.wbsmodeler.schedule.calendar;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

import org.junit.Test;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.TimeUnit;
import org.wbsmodeler.schedule.mpxj.MpxjCalendars;

/**
 * Our O(1) calendar against MPXJ's day-walking {@code ProjectCalendar} on random calendars and random instants: the
 * scheduling rules are only as right as these primitives.
 */
public class WorkCalendarMpxjTest {

    private static final LocalDate BASE = LocalDate.of(2025, 1, 1);

    @Test
    public void primitivesMatchMpxjOnRandomCalendars() {
        Random random = new Random(42);
        for (int c = 0; c < 200; c++) {
            WorkCalendar ours = RandomCalendars.calendar(random, "C" + c, BASE, 400);
            ProjectFile file = new ProjectFile();
            ProjectCalendar theirs = MpxjCalendars.toMpxj(file, ours);
            for (int k = 0; k < 200; k++) {
                long t = LocalMinutes.of(BASE) + random.nextInt(400 * 1440);
                if (LocalMinutes.minuteOfDay(t) == 0) {
                    t++; // MPXJ mis-subtracts from exactly 00:00 (see DIFFERENCES.md); instants there are tested apart
                }
                LocalDateTime ldt = LocalMinutes.toLocalDateTime(t);
                long work = random.nextInt(5) == 0 ? random.nextInt(60) : random.nextInt(20 * ours.minutesPerDay());
                String where = ours + " at " + ldt + " work " + work;

                assertEquals("nextWorkStart " + where, theirs.getNextWorkStart(ldt), dt(ours.nextWorkStart(t)));
                assertEquals("add " + where, theirs.getDate(ldt, org.mpxj.Duration.getInstance(work, TimeUnit.MINUTES)), dt(ours.add(t, work)));
                assertEquals("subtract " + where, theirs.getDate(ldt, org.mpxj.Duration.getInstance(-work, TimeUnit.MINUTES)), dt(ours.add(t, -work)));

                long u = t + random.nextInt(30 * 1440) - 10 * 1440;
                LocalDateTime udt = LocalMinutes.toLocalDateTime(u);
                assertEquals("work " + where + " to " + udt, (double) ours.workBetween(t, u),
                        theirs.getWork(ldt, udt, TimeUnit.MINUTES).getDuration(), 0.0);

                // MicrosoftScheduler.getEquivalentPreviousWorkFinish
                LocalDateTime previous = theirs.getPreviousWorkFinish(ldt);
                LocalDateTime equivalent = theirs.getWork(previous, ldt, TimeUnit.HOURS).getDuration() == 0 ? previous : ldt;
                assertEquals("previousWorkFinish " + where, equivalent, dt(ours.previousWorkFinish(t)));

                // MicrosoftScheduler.getNextWorkStart's milestone exception
                boolean endsPeriod = theirs.getNextWorkStart(ldt).isAfter(ldt) && previous.isEqual(ldt);
                assertEquals("endsWorkPeriod " + where, endsPeriod, ours.endsWorkPeriod(t));
                assertEquals("isWorkingMinute " + where, !theirs.getNextWorkStart(ldt).isAfter(ldt), ours.isWorkingMinute(t));
            }
        }
    }

    @Test
    public void standardCalendarHandChecked() {
        WorkCalendar cal = WorkCalendar.standard();
        long monday8 = LocalMinutes.of(LocalDateTime.of(2025, 3, 3, 8, 0)); // a Monday
        assertEquals("2025-03-03T17:00", LocalMinutes.format(cal.add(monday8, 480)));
        assertEquals("2025-03-07T17:00", LocalMinutes.format(cal.add(monday8, 5 * 480)));
        assertEquals("2025-03-10T09:00", LocalMinutes.format(cal.add(monday8, 5 * 480 + 60)));
        assertEquals("2025-02-28T16:00", LocalMinutes.format(cal.add(monday8, -60)));
        assertEquals("2025-03-03T13:00", LocalMinutes.format(cal.nextWorkStart(monday8 + 4 * 60)));
        assertEquals("2025-03-03T12:00", LocalMinutes.format(cal.previousWorkFinish(monday8 + 5 * 60)));
        assertEquals("2025-02-28T17:00", LocalMinutes.format(cal.previousWorkFinish(monday8)));
        assertEquals(480 * 5, cal.workBetween(monday8, monday8 + 7 * 1440));
    }

    @Test
    public void holidaysAndWorkingExceptions() {
        WorkCalendar cal = WorkCalendar.builder("Holidays")
                .exception(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 3, 5), false) // Tue-Wed off
                .exception(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8), true) // Saturday on
                .build();
        long monday8 = LocalMinutes.of(LocalDateTime.of(2025, 3, 3, 8, 0));
        assertEquals("2025-03-06T17:00", LocalMinutes.format(cal.add(monday8, 2 * 480)));
        assertEquals("2025-03-08T17:00", LocalMinutes.format(cal.add(monday8, 4 * 480)));
        assertEquals("2025-03-10T17:00", LocalMinutes.format(cal.add(monday8, 5 * 480)));
        assertEquals(2, cal.exceptionRuns().size());
        // far from the exceptions the weekly arithmetic takes over again, consistently on both sides
        for (int year : new int[] {1925, 2024, 2026, 2125}) {
            long t = cal.nextWorkStart(LocalMinutes.of(LocalDateTime.of(year, 3, 3, 9, 30)));
            assertEquals(t, cal.instantOfWorkMinute(cal.workBefore(t)));
        }
        // the clock across the exception table equals a brute-force count of working days
        long from = LocalMinutes.of(LocalDate.of(2025, 2, 1));
        long to = LocalMinutes.of(LocalDate.of(2025, 4, 1));
        long days = 0;
        for (long d = from / 1440; d < to / 1440; d++) {
            days += cal.isWorkingDay(d) ? 1 : 0;
        }
        assertEquals(days * 480, cal.workBetween(from, to));
        assertEquals(41 - 2 + 1, days); // 41 weekdays in Feb+Mar 2025, two holidays, one working Saturday
    }

    @Test
    public void largeDistancesAreArithmetic() {
        WorkCalendar cal = WorkCalendar.standard();
        long start = LocalMinutes.of(LocalDateTime.of(2025, 3, 3, 8, 0));
        long tenYears = cal.add(start, 10L * 52 * 5 * 480);
        assertEquals(10L * 52 * 5 * 480, cal.workBetween(start, tenYears));
        assertEquals(Duration.ofDays(7 * 52 * 10).toMinutes() - (24 * 60 - 17 * 60 + 8 * 60) - 2 * 24 * 60, tenYears - start);
    }

    private static LocalDateTime dt(long minutes) {
        return LocalMinutes.toLocalDateTime(minutes);
    }
}
