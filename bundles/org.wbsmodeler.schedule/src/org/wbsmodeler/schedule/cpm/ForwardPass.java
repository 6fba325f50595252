package org.wbsmodeler.schedule.cpm;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * The forward pass of the {@link ScheduleEngine}, one activity at a time: early dates from the predecessors' links
 * (or the project start), snapped to working time, then the constraint; a manual or started activity at its own
 * dates. The full schedule, the incremental one and the ALAP pass all call {@link #forward}, which is what keeps
 * them identical. Also the early start the logic alone asks for, for warnings and driver analysis.
 */
final class ForwardPass extends Pass {

    /** Whether {@code v}'s {@link #es1}/{@link #ef1} are still to be made from its clocks. */
    boolean[] datesDeferred;
    /** Per calendar, over this pass's deferred activities: the latest finish clock of those with / without work. */
    private long[] latestEnd = new long[0];
    private long[] latestAt = new long[0];
    /** The calendar {@link #startClock} was read on ({@code null}: not yet in this pass). */
    private WorkCalendar startCalendar;
    private long startClock;

    ForwardPass(ScheduleNetwork net) {
        super(net);
    }

    /** Starts a deferring pass: no latest finish yet. */
    void startDeferring() {
        int k = calendars.length;
        if (latestEnd.length != k) {
            latestEnd = new long[k];
            latestAt = new long[k];
        }
        java.util.Arrays.fill(latestEnd, NONE);
        java.util.Arrays.fill(latestAt, NONE);
        startCalendar = null;
    }

    /**
     * Early dates of {@code v} (MicrosoftScheduler.forwardPass(Task)). {@code second}: the ALAP pass, which writes
     * {@link #es}/{@link #ef} instead of {@link #es1}/{@link #ef1}. Returns whether they changed.
     */
    boolean forward(int v, boolean second) {
        long[] starts = second ? es : es1;
        long[] finishes = second ? ef : ef1;
        int m = mode[v];
        if ((m & PINNED) != 0) {
            return pinned(v, m, starts, finishes);
        }
        WorkCalendar cal = calendars[calendar[v]];
        int d = duration[v];
        boolean elapsed = (m & ELAPSED) != 0;
        int ct = constraint[v];
        long cd = ct > ALAP ? constraintDate[v] : NONE;
        long t;
        long tClock = NONE;
        long finish = NONE;
        int a = inStart[v];
        int b = inStart[v + 1];
        if (a == b) {
            if (ct == SNET) {
                t = cd;
            } else if (ct == FNET) {
                finish = cd;
                t = minus(cal, elapsed, cd, d);
            } else {
                t = projectStart; // snapped below (MPXJ snaps twice; snapping is idempotent)
            }
        } else {
            t = NONE;
            for (int k = a; k < b; k++) {
                long candidate = linkEarlyStart(k, v, cal, d, ct, second);
                if (candidate > t) {
                    t = candidate;
                    tClock = second ? NONE : handedClock(k, v);
                }
            }
        }
        // snap to working time; the working clock reads the same at t and at the snapped start, so keep it for the finish
        long clock = tClock != NONE ? tClock : cal.workBefore(t);
        long start = cal.instantOfWorkMinute(clock);
        if (start > t && milestone[v] && cal.endsWorkPeriod(t)) {
            start = t; // a milestone may sit at the very end of a working period
        }
        if (ct > ALAP) {
            long constrained = start;
            if (ct == SNET) {
                if (start < cd) {
                    constrained = cd;
                }
            } else if (ct == FNLT) {
                long latest = minus(cal, elapsed, cd, d);
                if (start > latest) {
                    constrained = latest;
                }
            } else if (ct == FNET) {
                long earliest = minus(cal, elapsed, cd, d);
                if (start < earliest) {
                    constrained = earliest;
                }
            } else if (ct == SNLT) {
                if (start > cd) {
                    constrained = cd;
                }
            } else if (ct == MSO) {
                constrained = cd;
            } else if (ct == MFO) {
                finish = cd;
                constrained = minus(cal, elapsed, cd, d);
            }
            if (constrained != start) {
                start = constrained;
                clock = cal.workBefore(start);
            }
        }
        long finishClock = NONE;
        if (finish == NONE) {
            finish = d == 0 ? start : elapsed ? start + d : cal.instantOfWorkMinute(clock + d - 1) + 1; // = cal.add(start, d)
            finishClock = elapsed ? NONE : clock + d; // the end of working minute clock + d - 1
        }
        if (!second) {
            // the floats read these clocks again: keep them (clock is the working clock at start, also a milestone's)
            es1Clock[v] = clock;
            ef1Clock[v] = finishClock;
        }
        if (starts[v] == start && finishes[v] == finish) {
            return false;
        }
        starts[v] = start;
        finishes[v] = finish;
        return true;
    }

    /**
     * {@link #forward} of the first pass in a durations-only pass without ALAP activities (after
     * {@link #startDeferring}): a plain activity's early dates are then kept as working clocks only
     * ({@link #es1Clock}/{@link #ef1Clock}) and made from them when read ({@link #earlyDates}); the project finish
     * they imply is kept per calendar ({@link #deferredFinish}).
     */
    void forwardDeferring(int v) {
        if ((mode[v] & LINK_OWN_RULES) == 0 && !milestone[v] && constraint[v] <= ALAP && forwardClock(v)) {
            return;
        }
        datesDeferred[v] = false; // written by forward, from dates its predecessors must have
        for (int k = inStart[v]; k < inStart[v + 1]; k++) {
            earlyDates(inFrom[k]);
        }
        forward(v, false);
    }

    /**
     * {@link #forward} of a plain activity (not a milestone: its start may sit at the end of a working period, which
     * a clock does not tell) without a constraint date whose links are all plain (its calendar, no elapsed lag) in
     * working-clock space: each link's early start as a clock, exactly {@code workBefore} of the date
     * {@link #linkEarlyStart} gives (the clock is monotone, so the latest date has the largest clock). Returns false,
     * having written nothing, when a link is not plain.
     */
    private boolean forwardClock(int v) {
        WorkCalendar cal = calendars[calendar[v]];
        int d = duration[v];
        int a = inStart[v];
        int b = inStart[v + 1];
        long clock;
        if (a == b) {
            clock = projectStartClock(cal);
        } else {
            clock = NONE;
            for (int k = a; k < b; k++) {
                int u = inFrom[k];
                int code = inCode[k];
                int lag = code >> 3;
                int type = code & 3;
                long start = es1Clock[u];
                long finish = ef1Clock[u];
                // (the lag's calendar is tested before the lag: the same answer, and a branch that the CPU predicts)
                if ((mode[u] & LINK_OWN_RULES) != 0 || calendars[calendar[u]] != cal || finish == NONE
                        || !((code & 4) == 0 && calendars[taskCalendar[v]] == cal || lag == 0)) {
                    return false;
                }
                // FS: early finish, SS: early start, FF: early finish - d, SF: early start - d, then the lag; without
                // a branch on the type, which is as unpredictable as the plan's mix of link types
                long c = start + ((finish - start) & ((type & 1) - 1)) - (d & -(type >> 1)) + lag;
                if (type == FF) {
                    c = Math.max(c, projectStartClock(cal)); // FF may not start before the project
                }
                clock = Math.max(clock, c);
            }
        }
        es1Clock[v] = clock;
        ef1Clock[v] = clock + d;
        datesDeferred[v] = true;
        int k = calendar[v];
        if (d == 0) {
            if (clock > latestAt[k]) {
                latestAt[k] = clock;
            }
        } else if (clock + d > latestEnd[k]) {
            latestEnd[k] = clock + d;
        }
        return true;
    }

    private long projectStartClock(WorkCalendar cal) {
        if (cal != startCalendar) {
            startClock = cal.workBefore(projectStart);
            startCalendar = cal;
        }
        return startClock;
    }

    /** The latest early finish among the activities this pass deferred (NONE if none): their finishes as dates. */
    long deferredFinish() {
        long finish = NONE;
        for (int k = 0; k < latestEnd.length; k++) {
            WorkCalendar cal = calendars[k];
            if (latestEnd[k] != NONE) {
                finish = Math.max(finish, cal.instantOfWorkMinute(latestEnd[k] - 1) + 1);
            }
            if (latestAt[k] != NONE) {
                finish = Math.max(finish, cal.instantOfWorkMinute(latestAt[k]));
            }
        }
        return finish;
    }

    /** Makes {@code v}'s early dates from its clocks if {@link #forwardClock} left them to be made (as {@link #forward} does). */
    void earlyDates(int v) {
        if (datesDeferred[v]) {
            WorkCalendar cal = calendars[calendar[v]];
            // from the clocks alone (no duration: they are equal), so a duration set since the pass changes nothing
            long start = cal.instantOfWorkMinute(es1Clock[v]);
            es1[v] = start;
            ef1[v] = ef1Clock[v] == es1Clock[v] ? start : cal.instantOfWorkMinute(ef1Clock[v] - 1) + 1;
            datesDeferred[v] = false;
        }
    }

    /**
     * Early dates of a manual or started activity: its own dates, whatever its predecessors say
     * (MicrosoftScheduler.forwardPass: a manual task keeps Start/Finish; a started one starts at its actual start and
     * finishes at its actual finish, or its duration after the actual start, at the earliest on an FNET date).
     */
    private boolean pinned(int v, int m, long[] starts, long[] finishes) {
        if (starts == es1) {
            es1Clock[v] = NONE; // its dates are its own, not the clock's
            ef1Clock[v] = NONE;
        }
        long start = fixedStart[v];
        long finish;
        if ((m & (MANUAL | FINISHED)) != 0) {
            finish = fixedFinish[v];
        } else {
            finish = plus(calendars[calendar[v]], (m & ELAPSED) != 0, start, duration[v]);
            if (constraint[v] == FNET && finish < constraintDate[v]) {
                finish = constraintDate[v];
            }
        }
        if (starts[v] == start && finishes[v] == finish) {
            return false;
        }
        starts[v] = start;
        finishes[v] = finish;
        return true;
    }

    /**
     * The working clock at the date the link in in-slot {@code k} hands to {@code v} when that is a predecessor's
     * own date on the same calendar (FS or SS without lag) and the first forward pass kept its clock; else NONE.
     */
    private long handedClock(int k, int v) {
        int code = inCode[k];
        int u = inFrom[k];
        if ((code >> 3) != 0 || calendar[u] != calendar[v]) {
            return NONE;
        }
        int type = code & 3;
        return type == FS ? ef1Clock[u] : type == SS ? es1Clock[u] : NONE;
    }

    /**
     * The earliest start the link in in-slot {@code k} allows its successor {@code v} (calculateEarlyStartFor*): FS from the
     * predecessor's finish, SS from its start, FF/SF back off the successor's duration first; the lag is then applied
     * on the successor's calendar; FF may not start before the project. In the ALAP pass an ALAP predecessor of a
     * non-ALAP successor contributes its late dates.
     */
    long linkEarlyStart(int k, int v, WorkCalendar cal, int d, int ct, boolean second) {
        int u = inFrom[k];
        int code = inCode[k];
        int type = code & 3;
        boolean late = second && ct != ALAP && constraint[u] == ALAP;
        long[] starts = late ? ls : second ? es : es1;
        long[] finishes = late ? lf : second ? ef : ef1;
        long t;
        if (type == FS) {
            t = finishes[u];
        } else if (type == SS) {
            t = starts[u];
        } else if (type == FF) {
            t = minus(cal, (mode[v] & ELAPSED) != 0, finishes[u], d);
        } else {
            t = minus(cal, (mode[v] & ELAPSED) != 0, starts[u], d);
        }
        int lag = code >> 3;
        if (lag != 0) {
            t = (code & 4) != 0 ? t + lag : calendars[taskCalendar[v]].add(t, lag);
        }
        if (type == FF && t < projectStart) {
            t = projectStart;
        }
        return t;
    }

    /**
     * The next working minute, except that a milestone may sit at the very end of a working period
     * (MicrosoftScheduler.getNextWorkStart(Task, ...)).
     */
    long snap(int v, WorkCalendar cal, long t) {
        long next = cal.nextWorkStart(t);
        if (next > t && milestone[v] && cal.endsWorkPeriod(t)) {
            return t;
        }
        return next;
    }


    /**
     * Early start of {@code v} from its links (or the project start) alone, snapped, before its own constraint: what
     * the logic asks for, to compare with what the constraint made of it.
     */
    long logicEarlyStart(int v) {
        WorkCalendar cal = calendars[calendar[v]];
        int a = inStart[v];
        int b = inStart[v + 1];
        boolean second = es != es1;
        long start;
        if (a == b) {
            start = projectStart;
        } else {
            start = NONE;
            for (int k = a; k < b; k++) {
                start = Math.max(start, linkEarlyStart(k, v, cal, duration[v], constraint[v], second));
            }
        }
        return snap(v, cal, start);
    }

    /** The early start the link in in-slot {@code k} alone would give its successor, snapped (for driver analysis). */
    long snappedLinkEarlyStart(int k) {
        int v = net.links.to[net.adjacency.inLink[k]];
        WorkCalendar cal = calendars[calendar[v]];
        return snap(v, cal, linkEarlyStart(k, v, cal, duration[v], constraint[v], es != es1));
    }
}
