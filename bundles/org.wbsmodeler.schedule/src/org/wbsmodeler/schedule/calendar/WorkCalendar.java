package org.wbsmodeler.schedule.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A compiled working-time calendar: which days work (weekday mask, non-working and working exception dates) and,
 * on a working day, which minutes work ({@link WorkingDay}).
 * <p>
 * Everything rests on one idea, the <em>working clock</em> {@link #workBefore(long)}: the number of working minutes
 * from a fixed origin up to an instant. It is monotone, it only advances during working time, and because every
 * working day has the same periods it is {@code (working days before the day) × minutes per day + (work before the
 * minute of the day)}. Counting working days is arithmetic over whole weeks (a week always has the same number of
 * working days), corrected by a precomputed table over the span of the exception dates. The inverse,
 * {@link #instantOfWorkMinute(long)}, is arithmetic too. So adding, subtracting and measuring work, and snapping to
 * working time, are O(1) and allocation free, whatever the distance.
 * <p>
 * The operations reproduce MS Project's rules as implemented by MPXJ's {@code ProjectCalendar}: adding work ends
 * at the <em>end</em> of the last working minute (a day's work from 08:00 ends at 17:00, not at 08:00 the next day),
 * subtracting work ends at the <em>start</em> of a working minute, and a zero amount leaves the instant alone.
 * <p>
 * Instances are immutable and thread safe.
 */
public final class WorkCalendar {

    private static final int DAY = LocalMinutes.MINUTES_PER_DAY;
    /** Epoch day 0 (1970-01-01) is a Thursday; adding 3 makes Monday weekday 0 and day -3 the origin Monday. */
    private static final int EPOCH_WEEKDAY_SHIFT = 3;

    private final String name;
    private final int weekMask;
    private final WorkingDay day;
    private final int dayMinutes;
    private final int[] dayWorkBefore; // WorkingDay's tables, held directly: these are read on every call
    private final int[] dayMinuteOfWork;
    private final int workDaysPerWeek;
    // reciprocals for the two divisions by a calendar-specific number in the inverse (a hardware long division
    // costs more than all the rest of a lookup together)
    private final double inverseDayMinutes;
    private final double inverseWorkDaysPerWeek;
    private final int[] weekPrefix = new int[8];
    private final int[] weekOffset;

    // Exception table over [tableFirstDay, tableFirstDay + tableDays): the only place where days deviate from the week.
    private final long tableFirstDay;
    private final int tableDays;
    private final long[] tableOrdinal;
    private final boolean[] tableWorking;
    private final int[] tableWorkDay;
    private final long tableOrdinalFirst;
    private final long tableOrdinalEnd;
    private final long highDelta;
    private final List<ExceptionRun> exceptionRuns;

    private WorkCalendar(Builder b) {
        name = b.name;
        weekMask = b.weekMask;
        if ((weekMask & 0x7f) == 0) {
            // MPXJ gives up after 1000 non-working days and MS Project refuses such a calendar; so do we, early.
            throw new IllegalArgumentException("calendar '" + name + "' has no working weekday");
        }
        day = b.day;
        dayMinutes = day.minutes();
        dayWorkBefore = day.workBeforeTable();
        dayMinuteOfWork = day.minuteOfWorkTable();
        int count = 0;
        weekOffset = new int[Integer.bitCount(weekMask & 0x7f)];
        for (int r = 0; r < 7; r++) {
            weekPrefix[r] = count;
            if ((weekMask >>> r & 1) != 0) {
                weekOffset[count++] = r;
            }
        }
        weekPrefix[7] = count;
        workDaysPerWeek = count;
        inverseDayMinutes = 1.0 / dayMinutes;
        inverseWorkDaysPerWeek = 1.0 / workDaysPerWeek;

        if (b.exceptionFrom.isEmpty()) {
            tableFirstDay = 0;
            tableDays = 0;
            tableOrdinal = new long[] {0};
            tableWorking = new boolean[0];
            tableWorkDay = new int[0];
            tableOrdinalFirst = Long.MAX_VALUE;
            tableOrdinalEnd = Long.MAX_VALUE;
            highDelta = 0;
            exceptionRuns = List.of();
            return;
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < b.exceptionFrom.size(); i++) {
            first = Math.min(first, b.exceptionFrom.get(i));
            last = Math.max(last, b.exceptionTo.get(i));
        }
        if (last - first >= Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("calendar exceptions span too many days");
        }
        tableFirstDay = first;
        tableDays = (int) (last - first + 1);
        tableWorking = new boolean[tableDays];
        for (int i = 0; i < tableDays; i++) {
            tableWorking[i] = weekRuleWorking(first + i);
        }
        // Later exceptions override earlier ones where they overlap.
        for (int i = 0; i < b.exceptionFrom.size(); i++) {
            for (long d = b.exceptionFrom.get(i); d <= b.exceptionTo.get(i); d++) {
                tableWorking[(int) (d - first)] = b.exceptionWorking.get(i);
            }
        }
        tableOrdinal = new long[tableDays + 1];
        long ordinal = weekly(first);
        int working = 0;
        for (int i = 0; i < tableDays; i++) {
            tableOrdinal[i] = ordinal;
            if (tableWorking[i]) {
                ordinal++;
                working++;
            }
        }
        tableOrdinal[tableDays] = ordinal;
        tableWorkDay = new int[working];
        for (int i = 0, k = 0; i < tableDays; i++) {
            if (tableWorking[i]) {
                tableWorkDay[k++] = i;
            }
        }
        tableOrdinalFirst = tableOrdinal[0];
        tableOrdinalEnd = ordinal;
        highDelta = ordinal - weekly(first + tableDays);
        List<ExceptionRun> runs = new ArrayList<>();
        for (int i = 0; i < tableDays; ) {
            if (tableWorking[i] == weekRuleWorking(first + i)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < tableDays && tableWorking[j + 1] == tableWorking[i] && tableWorking[j + 1] != weekRuleWorking(first + j + 1)) {
                j++;
            }
            runs.add(new ExceptionRun(first + i, first + j, tableWorking[i]));
            i = j + 1;
        }
        exceptionRuns = Collections.unmodifiableList(runs);
    }

    /** A builder starting from MS Project's "Standard" calendar (Monday–Friday, 08:00–12:00, 13:00–17:00). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** MS Project's "Standard" calendar without exceptions. */
    public static WorkCalendar standard() {
        return builder("Standard").build();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The working clock and its inverse

    /**
     * The working clock: working minutes from a fixed origin up to {@code t}. Only differences are meaningful; it
     * stands still during non-working time, so two instants in the same gap read the same.
     */
    public long workBefore(long t) {
        long d = Math.floorDiv(t, DAY);
        int minute = (int) (t - d * DAY);
        long i = d - tableFirstDay;
        long ordinal;
        boolean working;
        if (i >= 0 && i < tableDays) {
            ordinal = tableOrdinal[(int) i];
            working = tableWorking[(int) i];
        } else {
            long e = d + EPOCH_WEEKDAY_SHIFT;
            long w = Math.floorDiv(e, 7);
            int r = (int) (e - 7 * w);
            ordinal = w * workDaysPerWeek + weekPrefix[r];
            if (i >= tableDays) {
                ordinal += highDelta;
            }
            working = (weekMask >>> r & 1) != 0;
        }
        return ordinal * dayMinutes + (working ? dayWorkBefore[minute] : 0);
    }

    /** The instant at which working minute number {@code x} of the working clock starts. */
    public long instantOfWorkMinute(long x) {
        long k = floorDiv(x, dayMinutes, inverseDayMinutes);
        int r = (int) (x - k * dayMinutes);
        long d;
        if (k < tableOrdinalFirst) {
            d = weeklyDay(k);
        } else if (k < tableOrdinalEnd) {
            d = tableFirstDay + tableWorkDay[(int) (k - tableOrdinalFirst)];
        } else {
            d = weeklyDay(k - highDelta);
        }
        return d * DAY + dayMinuteOfWork[r];
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Working-time arithmetic (MPXJ ProjectCalendar semantics)

    /**
     * Moves {@code t} by {@code work} working minutes, like MPXJ's {@code ProjectCalendar.getDate(date, duration)}:
     * forward ends at the end of the last working minute consumed, backward at the start of the last one, and zero
     * returns {@code t} unchanged (not snapped).
     */
    public long add(long t, long work) {
        if (work > 0) {
            return instantOfWorkMinute(workBefore(t) + work - 1) + 1;
        }
        if (work < 0) {
            return instantOfWorkMinute(workBefore(t) + work);
        }
        return t;
    }

    /** Working minutes in {@code [a, b)}; negative when {@code b < a} (MPXJ's {@code getWork}). */
    public long workBetween(long a, long b) {
        return workBefore(b) - workBefore(a);
    }

    /** The first instant {@code >= t} at which work is going on (MPXJ's {@code getNextWorkStart}). */
    public long nextWorkStart(long t) {
        return instantOfWorkMinute(workBefore(t));
    }

    /**
     * {@code add(nextWorkStart(t), work)} in two lookups instead of four: the working clock reads the same at
     * {@code t} and at the next work start, so the addition starts from it.
     */
    public long addFromNextWorkStart(long t, long work) {
        long clock = workBefore(t);
        if (work > 0) {
            return instantOfWorkMinute(clock + work - 1) + 1;
        }
        return instantOfWorkMinute(clock + work);
    }

    /**
     * The latest instant {@code <= t} with no work between it and {@code t} that ends a working minute: {@code t}
     * itself when the minute before it works, otherwise the end of the previous working period. This is MS Project's
     * preference for "Friday 17:00" over "Monday 08:00" as a finish (MPXJ's {@code getEquivalentPreviousWorkFinish}).
     */
    public long previousWorkFinish(long t) {
        return instantOfWorkMinute(workBefore(t) - 1) + 1;
    }

    /** Whether the minute {@code [t, t+1)} is working time. */
    public boolean isWorkingMinute(long t) {
        long d = Math.floorDiv(t, DAY);
        return isWorkingDay(d) && day.isWorking((int) (t - d * DAY));
    }

    /** Whether {@code t} is exactly the end of a working period (work before it, none after): where a milestone may sit. */
    public boolean endsWorkPeriod(long t) {
        return !isWorkingMinute(t) && isWorkingMinute(t - 1);
    }

    /** Whether an epoch day has working time. */
    public boolean isWorkingDay(long epochDay) {
        long i = epochDay - tableFirstDay;
        if (i >= 0 && i < tableDays) {
            return tableWorking[(int) i];
        }
        return weekRuleWorking(epochDay);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Description (for adapters, converters and messages)

    public String name() {
        return name;
    }

    /** Working minutes per working day (hours per day × 60). */
    public int minutesPerDay() {
        return dayMinutes;
    }

    /** The periods of every working day. */
    public WorkingDay workingDay() {
        return day;
    }

    /** Whether a weekday works by the weekly rule (before exceptions). */
    public boolean isWorkingWeekday(DayOfWeek d) {
        return (weekMask >>> (d.getValue() - 1) & 1) != 0;
    }

    /** Bit {@code i} set = {@code DayOfWeek.of(i + 1)} works. */
    public int weekMask() {
        return weekMask;
    }

    /**
     * The exception dates in effect, as maximal runs of days that deviate from the weekly rule (overlaps already
     * resolved, days that agree with the rule dropped). Enough to rebuild an equivalent calendar elsewhere.
     */
    public List<ExceptionRun> exceptionRuns() {
        return exceptionRuns;
    }

    @Override
    public String toString() {
        return name + " [mask=" + Integer.toBinaryString(weekMask) + ", " + day + ", " + exceptionRuns.size() + " exception runs]";
    }

    private boolean weekRuleWorking(long epochDay) {
        return (weekMask >>> (int) Math.floorMod(epochDay + EPOCH_WEEKDAY_SHIFT, 7L) & 1) != 0;
    }

    /** Working days before {@code epochDay} by the weekly rule alone, counted from the origin Monday (day -3). */
    private long weekly(long epochDay) {
        long e = epochDay + EPOCH_WEEKDAY_SHIFT;
        long w = Math.floorDiv(e, 7);
        return w * workDaysPerWeek + weekPrefix[(int) (e - 7 * w)];
    }

    /** The epoch day of working day number {@code k} by the weekly rule alone. */
    private long weeklyDay(long k) {
        long w = floorDiv(k, workDaysPerWeek, inverseWorkDaysPerWeek);
        return 7 * w - EPOCH_WEEKDAY_SHIFT + weekOffset[(int) (k - w * workDaysPerWeek)];
    }

    /**
     * {@code Math.floorDiv(x, divisor)} by multiplying with a precomputed reciprocal and correcting the estimate,
     * which is off by at most one for the magnitudes a schedule uses.
     */
    private static long floorDiv(long x, int divisor, double inverse) {
        long q = (long) (x * inverse);
        long r = x - q * divisor;
        while (r < 0) {
            q--;
            r += divisor;
        }
        while (r >= divisor) {
            q++;
            r -= divisor;
        }
        return q;
    }

    /** Days {@code from..to} (epoch days, inclusive) that are all working or all non-working against the weekly rule. */
    public record ExceptionRun(long fromDay, long toDay, boolean working) {
        public LocalDate from() {
            return LocalDate.ofEpochDay(fromDay);
        }

        public LocalDate to() {
            return LocalDate.ofEpochDay(toDay);
        }
    }

    /** Collects a calendar's definition; the metamodel's {@code Calendar} maps onto it one to one. */
    public static final class Builder {
        private final String name;
        private int weekMask = 0b0011111;
        private WorkingDay day = WorkingDay.STANDARD;
        private final List<Long> exceptionFrom = new ArrayList<>();
        private final List<Long> exceptionTo = new ArrayList<>();
        private final List<Boolean> exceptionWorking = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /** Replaces the working weekdays. */
        public Builder workingDays(DayOfWeek... days) {
            weekMask = 0;
            for (DayOfWeek d : days) {
                weekMask |= 1 << (d.getValue() - 1);
            }
            return this;
        }

        /** Replaces the working weekdays by a mask: bit {@code i} = {@code DayOfWeek.of(i + 1)}. */
        public Builder weekMask(int mask) {
            weekMask = mask & 0x7f;
            return this;
        }

        /** Replaces the periods of a working day: pairs {@code start, end} in minutes of the day. */
        public Builder periods(int... startEndPairs) {
            day = new WorkingDay(startEndPairs);
            return this;
        }

        public Builder periods(WorkingDay workingDay) {
            day = workingDay;
            return this;
        }

        /** A non-working ({@code working == false}) or working exception for the days {@code from..to} inclusive. */
        public Builder exception(LocalDate from, LocalDate to, boolean working) {
            return exception(from.toEpochDay(), to.toEpochDay(), working);
        }

        /** As {@link #exception(LocalDate, LocalDate, boolean)} with epoch days. */
        public Builder exception(long fromDay, long toDay, boolean working) {
            if (toDay < fromDay) {
                throw new IllegalArgumentException("exception ends before it starts: " + fromDay + ".." + toDay);
            }
            exceptionFrom.add(fromDay);
            exceptionTo.add(toDay);
            exceptionWorking.add(working);
            return this;
        }

        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
