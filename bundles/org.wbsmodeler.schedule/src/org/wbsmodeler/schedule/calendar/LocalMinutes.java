package org.wbsmodeler.schedule.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The engine's time axis: an instant is a {@code long} count of minutes since 1970-01-01T00:00 <em>local</em> time.
 * <p>
 * Schedules are wall-clock plans (MS Project has no time zones either), so we never convert through a zone: UTC is
 * used below only as a neutral offset to get at the epoch arithmetic of {@link LocalDateTime}. A minute resolution
 * is what MS Project stores, and a primitive {@code long} keeps the hot loops free of objects.
 */
public final class LocalMinutes {

    /** Minutes in a calendar day. */
    public static final int MINUTES_PER_DAY = 1440;

    private LocalMinutes() {
    }

    /** The instant of a local date-time; seconds are truncated (MS Project dates are minute-precise). */
    public static long of(LocalDateTime dateTime) {
        return Math.floorDiv(dateTime.toEpochSecond(ZoneOffset.UTC), 60L);
    }

    /** The instant at the start (00:00) of a date. */
    public static long of(LocalDate date) {
        return date.toEpochDay() * MINUTES_PER_DAY;
    }

    /** The instant of {@code date} at {@code minuteOfDay}. */
    public static long of(LocalDate date, int minuteOfDay) {
        return date.toEpochDay() * MINUTES_PER_DAY + minuteOfDay;
    }

    /** Back to a local date-time, e.g. for display or for the EMF adapter. */
    public static LocalDateTime toLocalDateTime(long minutes) {
        return LocalDateTime.ofEpochSecond(minutes * 60L, 0, ZoneOffset.UTC);
    }

    /** The day an instant falls on, as an epoch day. */
    public static long epochDay(long minutes) {
        return Math.floorDiv(minutes, MINUTES_PER_DAY);
    }

    /** The minute of the day (0..1439) of an instant. */
    public static int minuteOfDay(long minutes) {
        return (int) Math.floorMod(minutes, (long) MINUTES_PER_DAY);
    }

    /** ISO text such as {@code 2025-03-03T08:00}, for messages and test failures. */
    public static String format(long minutes) {
        return toLocalDateTime(minutes).toString();
    }
}
