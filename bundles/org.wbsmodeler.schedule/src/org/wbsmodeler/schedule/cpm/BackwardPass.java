package org.wbsmodeler.schedule.cpm;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * The backward pass of the {@link ScheduleEngine}, one activity at a time: late finish from the successors' links
 * (or the project finish), then the constraint, then back to the end of the previous working period; late start =
 * finish − duration. A full pass without ALAP activities does each activity's floats on the way ({@link Floats}),
 * while its dates are in cache. {@link #latestFinish} is also what free float measures against early dates.
 */
final class BackwardPass extends Pass {

    /** Set once by the engine: the floats done on the way (the two read each other). */
    Floats floats;

    BackwardPass(ScheduleNetwork net) {
        super(net);
    }

    /** Whether {@code v}'s {@link #ls}/{@link #lf} are still to be made from its clocks. */
    boolean[] datesDeferred;
    /** The calendar {@link #finishClock} was read on ({@code null}: not yet in this pass). */
    private WorkCalendar finishCalendar;
    /** The working clock at the project finish on {@link #finishCalendar}. */
    private long finishClock;

    /** Late dates of {@code v} (MicrosoftScheduler.backwardPass(Task)). Returns whether they changed. */
    boolean backward(int v, boolean withFloats) {
        int m = mode[v];
        if ((m & (OWN_RULES | ScheduleNetwork.RESOURCE_CALENDAR)) != 0) {
            return backwardOwnRules(v, m, withFloats);
        }
        WorkCalendar cal = calendars[calendar[v]];
        int d = duration[v];
        int ct = constraint[v];
        long finish;
        long finishClock = NONE;
        int a = outStart[v];
        int b = outStart[v + 1];
        if (a == b) {
            finish = projectFinish;
        } else {
            finish = Long.MAX_VALUE;
            for (int k = a; k < b; k++) {
                if ((mode[outTo[k]] & FINISHED) != 0) {
                    continue; // a finished successor holds nothing back
                }
                long candidate = linkLateFinish(v, k, cal, d);
                if (candidate < finish) {
                    finish = candidate;
                    finishClock = handedClock(v, k, candidate);
                }
            }
            if (finish == Long.MAX_VALUE) {
                finish = projectFinish;
            }
        }
        if (ct > FNET || ct == SNLT) {
            finishClock = NONE;
            long cd = constraintDate[v];
            if (ct == MSO) {
                finish = cal.add(cd, d);
            } else if (ct == MFO) {
                finish = cd;
            } else if (ct == SNLT) {
                long latest = cal.add(cd, d);
                if (finish > latest) {
                    finish = latest;
                }
            } else if (ct == FNLT && finish > cd) {
                finish = cd;
            }
        }
        // back to the end of the previous working period (= cal.previousWorkFinish), then minus the duration
        long clock = finishClock != NONE ? finishClock : cal.workBefore(finish);
        finish = cal.instantOfWorkMinute(clock - 1) + 1;
        long start = d == 0 ? finish : cal.instantOfWorkMinute(clock - d);
        lsClock[v] = clock - d; // the start of working minute clock - d (or, for no duration, the finish)
        lfClock[v] = clock; // the end of working minute clock - 1
        if (withFloats) {
            ls[v] = start;
            lf[v] = finish;
            long earlyFinishClock = ef1Clock[v];
            // a plain activity (own calendar, not elapsed, no ALAP pass): the forward pass's clocks are on this calendar
            floats.floats(v, cal, es1Clock[v], earlyFinishClock != NONE ? earlyFinishClock : cal.workBefore(ef[v]), clock - d, clock);
            return true;
        }
        if (ls[v] == start && lf[v] == finish) {
            return false;
        }
        ls[v] = start;
        lf[v] = finish;
        return true;
    }

    /**
     * {@link #backward} with floats in a durations-only pass without ALAP activities: a plain activity's late dates
     * are then kept as working clocks only ({@link #lsClock}/{@link #lfClock}) and made from them when read
     * ({@link #lateDates}), which most activities never are in a Monte Carlo iteration.
     */
    void backwardDeferring(int v) {
        int ct = constraint[v];
        if ((mode[v] & (OWN_RULES | ScheduleNetwork.RESOURCE_CALENDAR)) == 0 && ct <= FNET && ct != SNLT) {
            backwardClock(v);
            return;
        }
        datesDeferred[v] = false; // written by backward, from dates its successors must have
        for (int k = outStart[v]; k < outStart[v + 1]; k++) {
            lateDates(outTo[k]);
        }
        backward(v, true);
    }

    /**
     * {@link #backward} of a plain activity without a late constraint, in working-clock space: each successor link's
     * latest finish as a clock on {@code v}'s calendar, taken from the successor's clocks where the link is plain
     * (same calendar, no elapsed lag; the clock is then exactly {@code workBefore} of the date {@link #latestFinish}
     * gives, as the clock is monotone), else from its dates. The dates follow from the clocks on demand.
     */
    private void backwardClock(int v) {
        WorkCalendar cal = calendars[calendar[v]];
        int d = duration[v];
        long clock = Long.MAX_VALUE;
        for (int k = outStart[v]; k < outStart[v + 1]; k++) {
            int w = outTo[k];
            int mw = mode[w];
            if ((mw & FINISHED) != 0) {
                continue; // a finished successor holds nothing back
            }
            int code = outCode[k];
            int lag = code >> 3;
            long c;
            // (the lag's calendar is tested before the lag: the same answer, and a branch that the CPU predicts)
            if ((mw & LINK_OWN_RULES) == 0 && calendars[calendar[w]] == cal && ((code & 4) == 0 && calendars[taskCalendar[w]] == cal || lag == 0)) {
                // FS: late start, SS: late start + d, FF: late finish, SF: late finish + d; without a branch on the
                // type, which is as unpredictable as the plan's mix of link types
                int type = code & 3;
                long start = lsClock[w];
                c = start + ((lfClock[w] - start) & -(type >> 1)) + (d & -(type & 1)) - lag;
                c = Math.min(c, projectFinishClock(cal));
            } else {
                lateDates(w);
                c = cal.workBefore(linkLateFinish(v, k, cal, d));
            }
            clock = Math.min(clock, c);
        }
        if (clock == Long.MAX_VALUE) {
            clock = projectFinishClock(cal);
        }
        lsClock[v] = clock - d;
        lfClock[v] = clock;
        datesDeferred[v] = true;
        long earlyFinishClock = ef1Clock[v];
        floats.floats(v, cal, es1Clock[v], earlyFinishClock != NONE ? earlyFinishClock : cal.workBefore(ef[v]), clock - d, clock);
    }

    private long projectFinishClock(WorkCalendar cal) {
        if (cal != finishCalendar) {
            finishClock = cal.workBefore(projectFinish);
            finishCalendar = cal;
        }
        return finishClock;
    }

    /** Forgets the project finish's clock: the engine calls this when it sets a new project finish. */
    void projectFinishMoved() {
        finishCalendar = null;
    }

    /** Makes {@code v}'s late dates from its clocks if {@link #backwardClock} left them to be made (as {@link #backward} does). */
    void lateDates(int v) {
        if (datesDeferred[v]) {
            WorkCalendar cal = calendars[calendar[v]];
            long finish = cal.instantOfWorkMinute(lfClock[v] - 1) + 1;
            lf[v] = finish;
            ls[v] = lsClock[v] == lfClock[v] ? finish : cal.instantOfWorkMinute(lsClock[v]); // no duration: equal clocks
            datesDeferred[v] = false;
        }
    }

    /**
     * Late dates of a manual, started, finished or elapsed-duration activity (MicrosoftScheduler.backwardPass: a
     * finished one keeps its actual dates; the others take the late finish from their unfinished successors, and
     * a started one keeps its actual start as late start while its predecessors read the late start of its
     * remaining part).
     */
    private boolean backwardOwnRules(int v, int m, boolean withFloats) {
        WorkCalendar cal = calendars[calendar[v]];
        boolean elapsed = (m & ELAPSED) != 0;
        int d = duration[v];
        int ct = constraint[v];
        long finish;
        long start;
        if ((m & FINISHED) != 0) {
            finish = fixedFinish[v];
            start = fixedStart[v];
        } else {
            finish = Long.MAX_VALUE;
            boolean startedMilestone = milestone[v] && d == 0 && (m & STARTED) != 0;
            for (int k = outStart[v]; k < outStart[v + 1]; k++) {
                if ((mode[outTo[k]] & FINISHED) != 0) {
                    continue;
                }
                long candidate = startedMilestone ? fixedStart[v] : linkLateFinish(v, k, cal, d);
                if (candidate < finish) {
                    finish = candidate;
                }
            }
            if (finish == Long.MAX_VALUE) {
                finish = projectFinish;
            }
            if (ct > FNET || ct == SNLT) {
                long cd = constraintDate[v];
                if (ct == MSO) {
                    finish = plus(cal, elapsed, cd, d);
                } else if (ct == MFO) {
                    finish = cd;
                } else if (ct == SNLT) {
                    long latest = plus(cal, elapsed, cd, d);
                    if (finish > latest) {
                        finish = latest;
                    }
                } else if (ct == FNLT && finish > cd) {
                    finish = cd;
                }
            }
            finish = cal.instantOfWorkMinute(cal.workBefore(finish) - 1) + 1;
            start = (m & STARTED) != 0 ? fixedStart[v] : d == 0 ? finish : minus(cal, elapsed, finish, d);
        }
        lsClock[v] = NONE; // its own rules: not the clock's dates
        lfClock[v] = NONE;
        if (!withFloats && ls[v] == start && lf[v] == finish) {
            return false;
        }
        ls[v] = start;
        lf[v] = finish;
        if (withFloats) {
            floats.floats(v);
        }
        return true;
    }

    /**
     * The working clock at the late finish {@code candidate} that out-link {@code k} of {@code v} gave, when that is
     * its successor's own late date on the same calendar (FS or FF without lag, no own rules on either end) and the
     * backward pass kept its clock; else NONE.
     */
    private long handedClock(int v, int k, long candidate) {
        int code = outCode[k];
        int w = outTo[k];
        if ((code >> 3) != 0 || calendar[w] != calendar[v] || ((mode[w] | mode[v]) & LINK_OWN_RULES) != 0) {
            return NONE;
        }
        int type = code & 3;
        return type == FS && candidate == ls[w] ? lsClock[w] : type == FF && candidate == lf[w] ? lfClock[w] : NONE;
    }

    /** The late start its predecessors' FS links read: a started activity's remaining part's (MPXJ's calculated late start). */
    private long linkLateStart(int w) {
        int m = mode[w];
        if ((m & STARTED) == 0) {
            return ls[w];
        }
        int r = remaining[w];
        return r == 0 ? lf[w] : minus(calendars[calendar[w]], (m & ELAPSED) != 0, lf[w], r);
    }

    /**
     * The latest finish link {@code l} allows its predecessor (calculateLateFinishFor*), never after the project
     * finish. The lag is removed on the successor's calendar; SS and SF add the predecessor's own duration on its
     * calendar.
     */
    long linkLateFinish(int v, int k, WorkCalendar cal, int d) {
        int w = outTo[k];
        if (((mode[w] | mode[v]) & LINK_OWN_RULES) == 0) {
            return latestFinish(k, cal, d, ls[w], lf[w]);
        }
        return latestFinishOwnRules(v, k, cal, d, w);
    }

    /**
     * {@link #linkLateFinish} when either end is manual, started or elapsed (MicrosoftScheduler.calculateLateFinish*):
     * FS reads the successor's remaining part; SS from a started predecessor, or to a started successor, is MPXJ's
     * special cases; a manual predecessor's SS link holds it only to a successor that ends a chain.
     */
    private long latestFinishOwnRules(int u, int k, WorkCalendar cal, int d, int w) {
        int code = outCode[k];
        int type = code & 3;
        int lag = code >> 3;
        boolean lagElapsed = (code & 4) != 0;
        WorkCalendar lagCalendar = calendars[taskCalendar[w]];
        boolean elapsed = (mode[u] & ELAPSED) != 0;
        long t;
        if (type == FS) {
            t = removeLag(lagCalendar, lagElapsed, linkLateStart(w), lag);
        } else if (type == FF) {
            t = removeLag(lagCalendar, lagElapsed, lf[w], lag);
        } else if (type == SS) {
            boolean successorEndsChain = outStart[w] == outStart[w + 1];
            if ((mode[u] & STARTED) != 0) {
                t = projectFinish;
            } else if ((mode[w] & STARTED) != 0) {
                t = successorEndsChain ? projectFinish
                        : plus(cal, elapsed, plus(calendars[calendar[w]], (mode[w] & ELAPSED) != 0, fixedStart[w], duration[w] - remaining[w]), d);
            } else if ((mode[u] & MANUAL) != 0) {
                t = successorEndsChain ? lf[w] : projectFinish;
            } else {
                // the successor's late start snapped on the predecessor's own calendar, its duration on its working one
                t = plus(cal, elapsed, removeLag(lagCalendar, lagElapsed, calendars[taskCalendar[u]].nextWorkStart(ls[w]), lag), d);
            }
        } else {
            t = removeLag(lagCalendar, lagElapsed, plus(cal, elapsed, lf[w], d), lag);
        }
        return t > projectFinish ? projectFinish : t;
    }

    private static long removeLag(WorkCalendar lagCalendar, boolean elapsed, long t, int lag) {
        return lag == 0 ? t : elapsed ? t - lag : lagCalendar.add(t, -lag);
    }

    /** {@link #linkLateFinish} with the successor's start and finish given, so free float can use its early dates. */
    long latestFinish(int k, WorkCalendar cal, int d, long successorStart, long successorFinish) {
        int code = outCode[k];
        int type = code & 3;
        int lag = code >> 3;
        boolean lagElapsed = (code & 4) != 0;
        WorkCalendar lagCalendar = lag == 0 ? null : calendars[taskCalendar[outTo[k]]];
        long t;
        if (type == FS) {
            t = removeLag(lagCalendar, lagElapsed, successorStart, lag);
        } else if (type == FF) {
            t = removeLag(lagCalendar, lagElapsed, successorFinish, lag);
        } else if (type == SS) {
            t = lag == 0 ? cal.addFromNextWorkStart(successorStart, d)
                    : cal.add(removeLag(lagCalendar, lagElapsed, cal.nextWorkStart(successorStart), lag), d);
        } else {
            t = removeLag(lagCalendar, lagElapsed, cal.add(successorFinish, d), lag);
        }
        return t > projectFinish ? projectFinish : t;
    }
}
