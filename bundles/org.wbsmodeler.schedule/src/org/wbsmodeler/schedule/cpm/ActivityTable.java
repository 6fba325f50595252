package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;

/**
 * The per-activity columns of a network: growable while a {@link ScheduleNetwork.Builder} collects them, fixed in
 * length once the network is built. The writes here are the bare rules of each field (which flags a manual task
 * clears, what a finished task's remaining duration is); the network adds the journal entries on top, so the
 * builder and the network's setters cannot drift apart.
 */
final class ActivityTable {

    static final long NO_DATE = Long.MIN_VALUE;
    private static final byte MANUAL = ScheduleNetwork.MANUAL;
    private static final byte STARTED = ScheduleNetwork.STARTED;
    private static final byte FINISHED = ScheduleNetwork.FINISHED;
    private static final byte ELAPSED = ScheduleNetwork.ELAPSED;
    private static final byte RESOURCE_CALENDAR = ScheduleNetwork.RESOURCE_CALENDAR;

    /** Working minutes of its calendar (calendar minutes when elapsed). */
    int[] duration;
    /** The calendar the activity works on: its own, or its work resources' (see {@link #taskCalendar}). */
    int[] calendar;
    /**
     * The task's own calendar (the project's default if none): lags into the activity and its floats are measured on
     * it. The same as {@link #calendar} unless the activity works on its resources' calendar.
     */
    int[] taskCalendar;
    byte[] constraint;
    long[] constraintDate;
    boolean[] milestone;
    /** MS Project's own rules: a bit set of {@link ScheduleNetwork#MANUAL}, {@link ScheduleNetwork#STARTED}, ... */
    byte[] mode;
    long[] fixedStart;
    long[] fixedFinish;
    /** Started and not finished: the remaining duration (minutes of its kind: working or elapsed). */
    int[] remaining;
    /** Null until the first name is given. */
    String[] names;

    ActivityTable(int capacity) {
        allocate(capacity);
    }

    private ActivityTable(ActivityTable from, int n) {
        duration = Arrays.copyOf(from.duration, n);
        calendar = Arrays.copyOf(from.calendar, n);
        taskCalendar = Arrays.copyOf(from.taskCalendar, n);
        constraint = Arrays.copyOf(from.constraint, n);
        constraintDate = Arrays.copyOf(from.constraintDate, n);
        milestone = Arrays.copyOf(from.milestone, n);
        mode = Arrays.copyOf(from.mode, n);
        fixedStart = Arrays.copyOf(from.fixedStart, n);
        fixedFinish = Arrays.copyOf(from.fixedFinish, n);
        remaining = Arrays.copyOf(from.remaining, n);
        names = from.names == null ? null : Arrays.copyOf(from.names, n);
    }

    /** The first {@code n} activities in arrays of exactly that length. */
    ActivityTable trimmed(int n) {
        return new ActivityTable(this, n);
    }

    int capacity() {
        return duration.length;
    }

    void grow(int capacity) {
        if (duration == null) {
            allocate(capacity);
            return;
        }
        duration = Arrays.copyOf(duration, capacity);
        calendar = Arrays.copyOf(calendar, capacity);
        taskCalendar = Arrays.copyOf(taskCalendar, capacity);
        constraint = Arrays.copyOf(constraint, capacity);
        constraintDate = Arrays.copyOf(constraintDate, capacity);
        milestone = Arrays.copyOf(milestone, capacity);
        mode = Arrays.copyOf(mode, capacity);
        fixedStart = Arrays.copyOf(fixedStart, capacity);
        fixedFinish = Arrays.copyOf(fixedFinish, capacity);
        remaining = Arrays.copyOf(remaining, capacity);
        if (names != null) {
            names = Arrays.copyOf(names, capacity);
        }
    }

    private void allocate(int capacity) {
        duration = new int[capacity];
        calendar = new int[capacity];
        taskCalendar = new int[capacity];
        constraint = new byte[capacity];
        constraintDate = new long[capacity];
        milestone = new boolean[capacity];
        mode = new byte[capacity];
        fixedStart = new long[capacity];
        fixedFinish = new long[capacity];
        remaining = new int[capacity];
    }

    /** A fresh activity in slot {@code a}: default calendar, ASAP, no flags. */
    void init(int a, int minutes) {
        duration[a] = minutes;
        constraintDate[a] = NO_DATE;
    }

    void name(int a, String name) {
        if (names == null) {
            names = new String[duration.length];
        }
        names[a] = name;
    }

    String name(int a) {
        return names == null ? null : names[a];
    }

    /** The task's own calendar; also the one it works on unless it has its resources'. */
    void taskCalendar(int a, int calendarIndex) {
        taskCalendar[a] = calendarIndex;
        if ((mode[a] & RESOURCE_CALENDAR) == 0) {
            calendar[a] = calendarIndex;
        }
    }

    /** Works on its resources' calendar {@code calendarIndex}, or (-1) on its own again. */
    void resourceCalendar(int a, int calendarIndex) {
        if (calendarIndex < 0) {
            mode[a] &= ~RESOURCE_CALENDAR;
            calendar[a] = taskCalendar[a];
        } else {
            mode[a] |= RESOURCE_CALENDAR;
            calendar[a] = calendarIndex;
        }
    }

    void constraint(int a, ConstraintType type, long date) {
        checkConstraint(type, date);
        constraint[a] = (byte) type.ordinal();
        constraintDate[a] = type.hasDate() ? date : NO_DATE;
    }

    boolean isAlap(int a) {
        return constraint[a] == ConstraintType.ALAP.ordinal();
    }

    void manual(int a, long start, long finish) {
        checkSpan(start, finish);
        fixedStart[a] = start;
        fixedFinish[a] = finish;
        mode[a] = (byte) (mode[a] & ~(STARTED | FINISHED) | MANUAL);
    }

    /** Auto scheduled again: manual and progress flags cleared, the kind of duration and calendar kept. */
    void auto(int a) {
        mode[a] = (byte) (mode[a] & (ELAPSED | RESOURCE_CALENDAR));
    }

    void progress(int a, long actualStart, long actualFinish, int remainingMinutes) {
        if (actualFinish != NO_DATE) {
            checkSpan(actualStart, actualFinish);
        }
        checkDuration(remainingMinutes);
        fixedStart[a] = actualStart;
        fixedFinish[a] = actualFinish;
        remaining[a] = actualFinish == NO_DATE ? remainingMinutes : 0;
        mode[a] = (byte) (mode[a] & (ELAPSED | RESOURCE_CALENDAR) | STARTED | (actualFinish == NO_DATE ? 0 : FINISHED));
    }

    void elapsed(int a, boolean value) {
        mode[a] = (byte) (value ? mode[a] | ELAPSED : mode[a] & ~ELAPSED);
    }

    static void checkSpan(long start, long finish) {
        if (start == NO_DATE || finish < start) {
            throw new IllegalArgumentException("finish before start");
        }
    }

    static void checkDuration(int minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("negative duration " + minutes);
        }
    }

    static void checkConstraint(ConstraintType type, long date) {
        if (type.hasDate() && date == NO_DATE) {
            throw new IllegalArgumentException(type + " needs a date");
        }
    }
}
