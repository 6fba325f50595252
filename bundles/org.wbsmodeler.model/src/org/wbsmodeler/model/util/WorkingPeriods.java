package org.wbsmodeler.model.util;

import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.WorkingPeriod;

/**
 * Working periods of {@link Calendar}s; implements the derived {@code Calendar.hoursPerDay} feature.
 *
 * <p>A calendar without periods works the default periods 08:00-12:00 and
 * 13:00-17:00, i.e. {@value #DEFAULT_HOURS_PER_DAY} hours per day.
 */
public final class WorkingPeriods {

	/** Hours per day of a calendar without periods. */
	public static final double DEFAULT_HOURS_PER_DAY = 8.0;

	/**
	 * The periods of a calendar without periods, as {start minute, end minute} pairs: 08:00-12:00 and 13:00-17:00.
	 * Do not modify; use {@link #defaultPeriods()} for a copy.
	 */
	private static final int[][] DEFAULT_PERIODS = { { 8 * 60, 12 * 60 }, { 13 * 60, 17 * 60 } };

	private WorkingPeriods() {
	}

	/**
	 * Working hours per day of a calendar: the sum of its periods' lengths, or {@value #DEFAULT_HOURS_PER_DAY} when it
	 * has no periods (or is {@code null}).
	 *
	 * @param calendar a calendar, may be {@code null}
	 * @return hours per day
	 */
	public static double hoursPerDay(Calendar calendar) {
		if (calendar == null || calendar.getPeriods().isEmpty()) {
			return DEFAULT_HOURS_PER_DAY;
		}
		int minutes = 0;
		for (WorkingPeriod period : calendar.getPeriods()) {
			minutes += minutesOf(period);
		}
		return minutes / 60.0;
	}

	/**
	 * Length of a period in minutes; 0 for an empty or inverted period (end before start).
	 *
	 * @param period a working period
	 * @return minutes, never negative
	 */
	public static int minutesOf(WorkingPeriod period) {
		return Math.max(0, period.getEndMinute() - period.getStartMinute());
	}

	/**
	 * The periods a calendar without periods works, as {start minute, end minute} pairs: {{480, 720}, {780, 1020}}.
	 *
	 * @return a new array
	 */
	public static int[][] defaultPeriods() {
		int[][] copy = new int[DEFAULT_PERIODS.length][];
		for (int i = 0; i < DEFAULT_PERIODS.length; i++) {
			copy[i] = DEFAULT_PERIODS[i].clone();
		}
		return copy;
	}
}
