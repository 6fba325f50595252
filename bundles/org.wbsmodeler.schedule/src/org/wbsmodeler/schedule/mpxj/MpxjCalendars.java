package org.wbsmodeler.schedule.mpxj;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.calendar.WorkingDay;

/**
 * Rebuilds a {@link WorkCalendar} as an MPXJ {@link ProjectCalendar}: every weekday typed explicitly (a DEFAULT day
 * with no base calendar would not work in MPXJ), the same periods on each working day, and the exception runs the
 * compiled calendar has already resolved, so overlapping exceptions cannot be read differently on the two sides.
 */
public final class MpxjCalendars {

    private MpxjCalendars() {
    }

    public static ProjectCalendar toMpxj(ProjectFile file, WorkCalendar calendar) {
        ProjectCalendar result = file.addCalendar();
        result.setName(calendar.name());
        WorkingDay day = calendar.workingDay();
        for (DayOfWeek d : DayOfWeek.values()) {
            boolean working = calendar.isWorkingWeekday(d);
            result.setWorkingDay(d, working);
            ProjectCalendarHours hours = result.addCalendarHours(d);
            if (working) {
                addPeriods(hours, day);
            }
        }
        for (WorkCalendar.ExceptionRun run : calendar.exceptionRuns()) {
            ProjectCalendarException exception = result.addCalendarException(run.from(), run.to());
            if (run.working()) {
                addPeriods(exception, day);
            }
        }
        return result;
    }

    private static void addPeriods(ProjectCalendarHours hours, WorkingDay day) {
        for (int i = 0; i < day.periodCount(); i++) {
            hours.add(new LocalTimeRange(time(day.periodStart(i)), time(day.periodEnd(i))));
        }
    }

    /** MPXJ (like MS Project) writes the end of the day, 24:00, as midnight. */
    private static LocalTime time(int minuteOfDay) {
        return minuteOfDay == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }
}
