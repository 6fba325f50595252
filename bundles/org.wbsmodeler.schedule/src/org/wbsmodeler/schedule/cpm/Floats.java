package org.wbsmodeler.schedule.cpm;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * Total float, critical flag and free float of one activity (the last step of the {@link ScheduleEngine}): total
 * float = the smaller of start and finish float in working minutes of the task's own calendar, critical when it is
 * {@code <= 0}; free float as described in DIFFERENCES.md (MPXJ does not compute it).
 */
final class Floats extends Pass {

    private final BackwardPass backward;
    /** Off while the engine reschedules for a Monte Carlo iteration, which reads no free float. */
    boolean withFreeFloat = true;

    Floats(ScheduleNetwork net, BackwardPass backward) {
        super(net);
        this.backward = backward;
    }

    /** Total float, critical flag and free float of {@code v}. */
    void floats(int v) {
        WorkCalendar cal = calendars[taskCalendar[v]];
        floats(v, cal, cal.workBefore(es[v]), cal.workBefore(ef[v]), cal.workBefore(ls[v]), cal.workBefore(lf[v]));
    }

    /** As {@link #floats(int)}, with the working clock at the early and late dates on {@code cal} already known. */
    void floats(int v, WorkCalendar cal, long earlyStartClock, long earlyFinishClock, long lateStartClock, long lateFinishClock) {
        // a started activity's float is its finish float (MS Project; its start is history)
        long tf = (mode[v] & STARTED) != 0 ? lateFinishClock - earlyFinishClock
                : Math.min(lateStartClock - earlyStartClock, lateFinishClock - earlyFinishClock);
        totalFloat[v] = tf;
        // complete work (finished, or started with nothing remaining) is no longer critical; '&', not '&&': whether
        // the float is gone is a coin toss in a Monte Carlo iteration, a branch on it a mispredicted one
        critical[v] = tf <= 0 & ((mode[v] & (STARTED | FINISHED)) != STARTED ? (mode[v] & FINISHED) == 0 : remaining[v] > 0);
        if (withFreeFloat) {
            freeFloat[v] = freeFloat(v, cal, tf, earlyFinishClock);
        }
    }

    /**
     * How far {@code v} can slip without moving any successor's early dates (or, with none, the project finish):
     * the successor links evaluated as in the backward pass but against the successors' early dates, measured from
     * the early finish on the activity's calendar, and kept within {@code 0..max(0, total float)}.
     */
    long freeFloat(int v, WorkCalendar cal, long tf, long earlyFinishClock) {
        if (tf <= 0 || (mode[v] & FINISHED) != 0) {
            return 0;
        }
        int a = outStart[v];
        int b = outStart[v + 1];
        long limit;
        if (a == b) {
            limit = projectFinish;
        } else {
            int d = duration[v];
            limit = Long.MAX_VALUE;
            for (int k = a; k < b; k++) {
                int w = outTo[k];
                long candidate = backward.latestFinish(k, cal, d, es[w], ef[w]);
                if (candidate < limit) {
                    limit = candidate;
                }
            }
        }
        long free = cal.workBefore(limit) - earlyFinishClock;
        return free <= 0 ? 0 : Math.min(free, tf);
    }

}
