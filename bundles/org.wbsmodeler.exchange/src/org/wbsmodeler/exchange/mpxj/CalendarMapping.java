package org.wbsmodeler.exchange.mpxj;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.WorkingPeriod;
import org.wbsmodeler.model.util.ModelDates;
import org.wbsmodeler.model.util.WorkingPeriods;

/**
 * Calendars both ways. A model calendar has one set of working periods for all its working days; MS Project has
 * hours per weekday. Exported, every weekday is typed explicitly (a "default" day means nothing without a base
 * calendar) and working exceptions work the calendar's periods. Imported, the periods are those of the first
 * working weekday; a calendar whose working days differ in hours is reported. Calendars are expected {@link #repair repaired}.
 */
public final class CalendarMapping {

	private static final int END_OF_DAY = 24 * 60;

	private CalendarMapping() {
	}

	public static ProjectCalendar toMpxj(ProjectFile file, Calendar calendar, int uniqueId, ExchangeWarnings warnings) {
		ProjectCalendar result = file.addCalendar();
		result.setUniqueID(uniqueId);
		result.setName(calendar.getName());
		List<LocalTimeRange> periods = periods(calendar);
		for (DayOfWeek day : DayOfWeek.values()) {
			boolean working = calendar.getWorkingDays().contains(Weekday.get(day.getValue()));
			result.setWorkingDay(day, working);
			ProjectCalendarHours hours = result.addCalendarHours(day);
			if (working) {
				hours.addAll(periods);
			}
		}
		for (CalendarException exception : calendar.getExceptions()) {
			LocalDate from = ModelDates.toLocalDate(exception.getFrom());
			LocalDate to = exception.getTo() == null ? from : ModelDates.toLocalDate(exception.getTo());
			if (from == null || to.isBefore(from)) {
				warnings.warn("calendar '" + calendar.getName() + "': exception '" + exception.getName() + "' has no valid date range; not exported");
				continue;
			}
			ProjectCalendarException mpxj = result.addCalendarException(from, to);
			mpxj.setName(exception.getName());
			if (exception.isWorking()) {
				mpxj.addAll(periods);
			}
		}
		return result;
	}

	/** The calendar's working periods as MPXJ time ranges; a calendar without periods works the default ones. */
	private static List<LocalTimeRange> periods(Calendar calendar) {
		List<LocalTimeRange> ranges = new ArrayList<>();
		if (calendar.getPeriods().isEmpty()) {
			for (int[] period : WorkingPeriods.defaultPeriods()) {
				ranges.add(new LocalTimeRange(time(period[0]), time(period[1])));
			}
		}
		for (WorkingPeriod period : calendar.getPeriods()) {
			if (WorkingPeriods.minutesOf(period) > 0) {
				ranges.add(new LocalTimeRange(time(period.getStartMinute()), time(period.getEndMinute())));
			}
		}
		return ranges;
	}

	/** MS Project, like MPXJ, writes the end of the day, 24:00, as midnight. */
	private static LocalTime time(int minuteOfDay) {
		int minute = Math.max(0, Math.min(END_OF_DAY, minuteOfDay));
		return minute == END_OF_DAY ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
	}

	/**
	 * A model calendar from an MPXJ calendar, with what it inherits from its base calendar folded in: MS Project's
	 * resource calendars derive from a base calendar, the model's calendars stand alone.
	 */
	public static Calendar toModel(ProjectCalendar calendar, ExchangeWarnings warnings) {
		Calendar result = WbsFactory.eINSTANCE.createCalendar();
		result.setName(calendar.getName());
		List<WorkingPeriod> periods = null;
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!calendar.isWorkingDay(day)) {
				continue;
			}
			result.getWorkingDays().add(Weekday.get(day.getValue()));
			List<WorkingPeriod> dayPeriods = periods(calendar.getHours(day));
			if (periods == null) {
				periods = dayPeriods;
			} else if (!samePeriods(periods, dayPeriods)) {
				warnings.warn("calendar '" + calendar.getName() + "': working hours differ between weekdays; all days get those of the first working day");
			}
		}
		if (periods != null) {
			result.getPeriods().addAll(periods);
		}
		Set<ProjectCalendar> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		for (ProjectCalendar level = calendar; level != null && seen.add(level); level = level.getParent()) {
			for (ProjectCalendarException exception : level.getCalendarExceptions()) {
				for (ProjectCalendarException day : expanded(calendar, exception, warnings)) {
					if (day.getFromDate() == null) {
						continue;
					}
					CalendarException copy = WbsFactory.eINSTANCE.createCalendarException();
					copy.setName(day.getName() != null ? day.getName() : exception.getName());
					copy.setFrom(day.getFromDate().atStartOfDay());
					copy.setTo((day.getToDate() == null ? day.getFromDate() : day.getToDate()).atStartOfDay());
					copy.setWorking(day.getWorking());
					result.getExceptions().add(copy);
				}
			}
		}
		return result;
	}

	/**
	 * The dates of one exception: itself, or each occurrence of a recurring one. Exceptions are expanded one by one
	 * rather than with MPXJ's calendar-wide expansion, which sorts them all and fails on one without dates.
	 */
	private static List<ProjectCalendarException> expanded(ProjectCalendar calendar, ProjectCalendarException exception, ExchangeWarnings warnings) {
		if (exception.getRecurring() == null) {
			return List.of(exception);
		}
		try {
			return exception.getExpandedExceptions();
		} catch (RuntimeException damaged) {
			warnings.warn("calendar '" + calendar.getName() + "': the recurring exception '" + exception.getName() + "' cannot be expanded; left out");
			return List.of();
		}
	}

	private static List<WorkingPeriod> periods(ProjectCalendarHours hours) {
		List<WorkingPeriod> periods = new ArrayList<>();
		if (hours == null) {
			return periods;
		}
		for (LocalTimeRange range : hours) {
			if (range == null || range.getStart() == null || range.getEnd() == null) {
				continue;
			}
			int start = range.getStart().getHour() * 60 + range.getStart().getMinute();
			int end = range.getEnd().getHour() * 60 + range.getEnd().getMinute();
			if (end == 0) {
				end = END_OF_DAY;
			}
			if (end > start) {
				WorkingPeriod period = WbsFactory.eINSTANCE.createWorkingPeriod();
				period.setStartMinute(start);
				period.setEndMinute(end);
				periods.add(period);
			}
		}
		return periods;
	}

	private static boolean samePeriods(List<WorkingPeriod> a, List<WorkingPeriod> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i).getStartMinute() != b.get(i).getStartMinute() || a.get(i).getEndMinute() != b.get(i).getEndMinute()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Mends what a damaged file can leave in MPXJ's calendars and what MPXJ itself trips over later: base-calendar
	 * cycles (A based on B based on A), along which MPXJ recurses forever when asked whether a day is a working day,
	 * and exceptions without dates, which make MPXJ fail whenever it sorts a calendar's exceptions.
	 */
	public static void repair(ProjectFile file, ExchangeWarnings warnings) {
		for (ProjectCalendar calendar : file.getCalendars()) {
			Set<ProjectCalendar> seen = Collections.newSetFromMap(new IdentityHashMap<>());
			ProjectCalendar previous = null;
			for (ProjectCalendar level = calendar; level != null; previous = level, level = level.getParent()) {
				if (!seen.add(level)) {
					warnings.warn("calendar '" + previous.getName() + "' is based on itself through its base calendars; the cycle is cut there");
					previous.setParent(null);
					break;
				}
			}
			try {
				calendar.getCalendarExceptions();
			} catch (RuntimeException undated) {
				warnings.warn("calendar '" + calendar.getName() + "' has exceptions without dates; its exceptions are left out");
				calendar.clearCalendarExceptions();
			}
		}
	}
}
