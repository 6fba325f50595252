package org.wbsmodeler.schedule.calendar;

import java.util.Arrays;

/**
 * The working periods of one working day, as minute-of-day intervals {@code [start, end)}, with the two lookup tables
 * that make working-time arithmetic O(1): how much work lies before each minute of the day, and at which minute of
 * the day the r-th working minute lies.
 * <p>
 * The metamodel gives a calendar one set of periods for all its working days (and working exceptions reuse them),
 * which is what lets {@link WorkCalendar} count whole working days instead of walking them. Overlapping or touching
 * periods are merged: only the set of working minutes matters to the scheduling rules.
 */
public final class WorkingDay {

    /** MS Project's standard day: 08:00–12:00 and 13:00–17:00. */
    public static final WorkingDay STANDARD = new WorkingDay(new int[] {8 * 60, 12 * 60, 13 * 60, 17 * 60});

    private final int[] bounds; // start0, end0, start1, end1, ... sorted, merged
    private final int minutes;
    private final int[] workBefore; // [0..1440]: working minutes in [0, m)
    private final int[] minuteOfWork; // [0..minutes): minute of day of the r-th working minute

    /**
     * @param periods pairs {@code start, end} in minutes of the day, {@code 0 <= start < end <= 1440}
     * @throws IllegalArgumentException if a period is out of range or the day has no working minute
     */
    public WorkingDay(int... periods) {
        if (periods.length == 0 || periods.length % 2 != 0) {
            throw new IllegalArgumentException("periods must be start/end pairs, at least one: " + Arrays.toString(periods));
        }
        boolean[] working = new boolean[LocalMinutes.MINUTES_PER_DAY];
        for (int i = 0; i < periods.length; i += 2) {
            int start = periods[i];
            int end = periods[i + 1];
            if (start < 0 || end > LocalMinutes.MINUTES_PER_DAY || start >= end) {
                throw new IllegalArgumentException("bad working period " + start + ".." + end);
            }
            Arrays.fill(working, start, end, true);
        }
        workBefore = new int[LocalMinutes.MINUTES_PER_DAY + 1];
        int count = 0;
        for (int m = 0; m < LocalMinutes.MINUTES_PER_DAY; m++) {
            workBefore[m] = count;
            if (working[m]) {
                count++;
            }
        }
        workBefore[LocalMinutes.MINUTES_PER_DAY] = count;
        minutes = count;
        minuteOfWork = new int[count];
        int[] merged = new int[LocalMinutes.MINUTES_PER_DAY + 1];
        int boundCount = 0;
        for (int m = 0, r = 0; m < LocalMinutes.MINUTES_PER_DAY; m++) {
            if (working[m]) {
                minuteOfWork[r++] = m;
                if (m == 0 || !working[m - 1]) {
                    merged[boundCount++] = m;
                }
                if (m == LocalMinutes.MINUTES_PER_DAY - 1 || !working[m + 1]) {
                    merged[boundCount++] = m + 1;
                }
            }
        }
        bounds = Arrays.copyOf(merged, boundCount);
    }

    /** Working minutes in the day (the calendar's "hours per day" × 60). */
    public int minutes() {
        return minutes;
    }

    /** Working minutes in {@code [0, minuteOfDay)}; {@code minuteOfDay} may be 1440. */
    public int workBefore(int minuteOfDay) {
        return workBefore[minuteOfDay];
    }

    /** The minute of the day of the {@code r}-th (0-based) working minute. */
    public int minuteOfWork(int r) {
        return minuteOfWork[r];
    }

    /** The table behind {@link #workBefore(int)}, shared, not copied: for {@link WorkCalendar}'s hot path only. */
    int[] workBeforeTable() {
        return workBefore;
    }

    /** The table behind {@link #minuteOfWork(int)}, shared, not copied. */
    int[] minuteOfWorkTable() {
        return minuteOfWork;
    }

    /** Whether the minute {@code [m, m+1)} of the day is working time. */
    public boolean isWorking(int minuteOfDay) {
        return workBefore[minuteOfDay + 1] != workBefore[minuteOfDay];
    }

    /** Number of (merged) periods. */
    public int periodCount() {
        return bounds.length / 2;
    }

    /** Start (minute of day) of merged period {@code i}. */
    public int periodStart(int i) {
        return bounds[2 * i];
    }

    /** End (minute of day, exclusive, up to 1440) of merged period {@code i}. */
    public int periodEnd(int i) {
        return bounds[2 * i + 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDay other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bounds.length; i += 2) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(hhmm(bounds[i])).append('-').append(hhmm(bounds[i + 1]));
        }
        return sb.toString();
    }

    private static String hhmm(int m) {
        return String.format("%02d:%02d", m / 60, m % 60);
    }
}
