package org.wbsmodeler.schedule.cpm;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * What every pass of the {@link ScheduleEngine} reads: the network's arrays and the engine's date arrays, copied
 * into fields by {@link #bind} once per (re)schedule, so that the per-activity rules are plain loops over arrays
 * with no indirection through the network's parts.
 */
abstract class Pass {

    static final int ALAP = ConstraintType.ALAP.ordinal();
    static final int SNET = ConstraintType.SNET.ordinal();
    static final int SNLT = ConstraintType.SNLT.ordinal();
    static final int FNET = ConstraintType.FNET.ordinal();
    static final int FNLT = ConstraintType.FNLT.ordinal();
    static final int MSO = ConstraintType.MSO.ordinal();
    static final int MFO = ConstraintType.MFO.ordinal();
    static final int FS = LinkType.FS.ordinal();
    static final int SS = LinkType.SS.ordinal();
    static final int FF = LinkType.FF.ordinal();
    static final int SF = LinkType.SF.ordinal();
    static final long NONE = Long.MIN_VALUE;
    static final int PINNED = ScheduleNetwork.PINNED;
    static final int MANUAL = ScheduleNetwork.MANUAL;
    static final int STARTED = ScheduleNetwork.STARTED;
    static final int FINISHED = ScheduleNetwork.FINISHED;
    static final int ELAPSED = ScheduleNetwork.ELAPSED;
    static final int OWN_RULES = PINNED | ELAPSED;
    static final int LINK_OWN_RULES = OWN_RULES | ScheduleNetwork.RESOURCE_CALENDAR;

    final ScheduleNetwork net;

    // the network's arrays (an added link may reallocate the adjacency's, hence bind)
    WorkCalendar[] calendars;
    int[] duration;
    int[] calendar;
    int[] taskCalendar;
    byte[] constraint;
    long[] constraintDate;
    boolean[] milestone;
    byte[] mode;
    long[] fixedStart;
    long[] fixedFinish;
    int[] remaining;
    int[] inStart;
    int[] outStart;
    int[] inFrom;
    int[] inCode;
    int[] outTo;
    int[] outCode;
    long projectStart;
    /** Set by the engine as soon as it knows it (after the first forward pass). */
    long projectFinish;

    // the engine's results (reallocated when the network's size or its ALAP-ness changes, hence bind)
    long[] es1;
    long[] ef1;
    /**
     * The working clock (on the activity's calendar) at {@link #es1}/{@link #ef1}, as the first forward pass found
     * it on the way, for the floats of a plain activity; {@link #NONE} where the pass did not have it.
     */
    long[] es1Clock;
    long[] ef1Clock;
    /** The working clock at {@link #ls}/{@link #lf} where the backward pass had it, else {@link #NONE}. */
    long[] lsClock;
    long[] lfClock;
    long[] es;
    long[] ef;
    long[] ls;
    long[] lf;
    long[] totalFloat;
    long[] freeFloat;
    boolean[] critical;

    Pass(ScheduleNetwork net) {
        this.net = net;
    }

    void bind(ScheduleEngine e) {
        ActivityTable a = net.activities;
        Adjacency adjacency = net.adjacency;
        calendars = net.calendars;
        duration = a.duration;
        calendar = a.calendar;
        taskCalendar = a.taskCalendar;
        constraint = a.constraint;
        constraintDate = a.constraintDate;
        milestone = a.milestone;
        mode = a.mode;
        fixedStart = a.fixedStart;
        fixedFinish = a.fixedFinish;
        remaining = a.remaining;
        inStart = adjacency.inStart;
        outStart = adjacency.outStart;
        inFrom = adjacency.inFrom;
        inCode = adjacency.inCode;
        outTo = adjacency.outTo;
        outCode = adjacency.outCode;
        projectStart = net.projectStart();
        projectFinish = e.projectFinish;
        es1 = e.es1;
        ef1 = e.ef1;
        es1Clock = e.es1Clock;
        ef1Clock = e.ef1Clock;
        lsClock = e.lsClock;
        lfClock = e.lfClock;
        es = e.es;
        ef = e.ef;
        ls = e.ls;
        lf = e.lf;
        totalFloat = e.totalFloat;
        freeFloat = e.freeFloat;
        critical = e.critical;
    }

    /** {@code t} plus {@code d} minutes of work on {@code cal}, or of calendar time when elapsed. */
    static long plus(WorkCalendar cal, boolean elapsed, long t, int d) {
        return elapsed ? t + d : cal.add(t, d);
    }

    /** {@code t} minus {@code d} minutes of work on {@code cal}, or of calendar time when elapsed. */
    static long minus(WorkCalendar cal, boolean elapsed, long t, int d) {
        return elapsed ? t - d : cal.add(t, -d);
    }
}
