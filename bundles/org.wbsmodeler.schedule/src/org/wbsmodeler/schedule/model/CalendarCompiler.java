package org.wbsmodeler.schedule.model;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.WorkingPeriod;
import org.wbsmodeler.model.util.ModelDates;
import org.wbsmodeler.schedule.calendar.WorkCalendar;

/** Turns a model calendar into the engine's compiled {@link WorkCalendar}. */
public final class CalendarCompiler {

	/** Used when a calendar lists no periods: the metamodel's documented default. */
	private static final int[] STANDARD_PERIODS = { 8 * 60, 12 * 60, 13 * 60, 17 * 60 };

	private CalendarCompiler() {
	}

	public static WorkCalendar compile(Calendar calendar) {
		String name = calendar.getName() == null ? "calendar" : calendar.getName();
		WorkCalendar.Builder builder = WorkCalendar.builder(name);
		List<DayOfWeek> days = new ArrayList<>();
		for (Weekday day : calendar.getWorkingDays()) {
			days.add(DayOfWeek.of(day.getValue()));
		}
		builder.workingDays(days.toArray(DayOfWeek[]::new));
		if (calendar.getPeriods().isEmpty()) {
			builder.periods(STANDARD_PERIODS);
		} else {
			int[] periods = new int[calendar.getPeriods().size() * 2];
			int i = 0;
			for (WorkingPeriod period : calendar.getPeriods()) {
				periods[i++] = period.getStartMinute();
				periods[i++] = period.getEndMinute();
			}
			builder.periods(periods);
		}
		for (CalendarException exception : calendar.getExceptions()) {
			if (exception.getFrom() != null) {
				var from = ModelDates.toLocalDate(exception.getFrom());
				var to = exception.getTo() == null ? from : ModelDates.toLocalDate(exception.getTo());
				builder.exception(from, to, exception.isWorking());
			}
		}
		return builder.build();
	}
}
