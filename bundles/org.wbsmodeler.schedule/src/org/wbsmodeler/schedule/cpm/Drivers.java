package org.wbsmodeler.schedule.cpm;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * What fixed a date: re-evaluates one activity's links on demand instead of recording a driver per activity in the
 * passes, which keeps the hot loops and the incremental bookkeeping free of it.
 * <p>
 * A driver is a link id ({@code >= 0}) or one of the negative causes below.
 */
final class Drivers {

    /** No predecessors: the early start is the project start. */
    static final int PROJECT_START = -1;
    /** The activity's own constraint set the date (or overrode the logic). */
    static final int CONSTRAINT = -2;
    /** No successors: the late finish is the project finish. */
    static final int PROJECT_FINISH = -3;

    private Drivers() {
    }

    /** What fixed the early start of {@code v}: the first link that yields it, the project start, or the constraint. */
    static int startDriver(ScheduleEngine e, int v) {
        if ((e.net.activities.mode[v] & ScheduleNetwork.PINNED) != 0) {
            return CONSTRAINT; // a manual or started task's own dates hold it
        }
        int ct = e.net.activities.constraint[v];
        if (ct == ConstraintType.MSO.ordinal() || ct == ConstraintType.MFO.ordinal()) {
            return CONSTRAINT;
        }
        long logic = e.forward.logicEarlyStart(v);
        if (e.es[v] != logic) {
            return CONSTRAINT;
        }
        for (int k = e.net.adjacency.inStart[v]; k < e.net.adjacency.inStart[v + 1]; k++) {
            if (e.forward.snappedLinkEarlyStart(k) == logic) {
                return e.net.adjacency.inLink[k];
            }
        }
        return PROJECT_START;
    }

    /** Whether link {@code l} yields its successor's early start (ties included) and no constraint overrode it. */
    static boolean drives(ScheduleEngine e, int l) {
        int v = e.net.links.to[l];
        if ((e.net.activities.mode[v] & ScheduleNetwork.PINNED) != 0) {
            return false;
        }
        int ct = e.net.activities.constraint[v];
        if (ct == ConstraintType.MSO.ordinal() || ct == ConstraintType.MFO.ordinal()) {
            return false;
        }
        long logic = e.forward.logicEarlyStart(v);
        return e.es[v] == logic && e.forward.snappedLinkEarlyStart(e.net.inSlot(l)) == logic;
    }

    /**
     * What fixed the late finish of {@code v}: the successor link that allows the least, the project finish, or the
     * constraint. Following it from a non-critical activity leads to where its float is used up.
     */
    static int finishDriver(ScheduleEngine e, int v) {
        ScheduleNetwork net = e.net;
        WorkCalendar cal = net.calendars[net.activities.calendar[v]];
        int d = net.activities.duration[v];
        int ct = net.activities.constraint[v];
        if (ct == ConstraintType.MSO.ordinal() || ct == ConstraintType.MFO.ordinal()) {
            return CONSTRAINT;
        }
        long least = e.projectFinish;
        int driver = PROJECT_FINISH;
        for (int k = net.adjacency.outStart[v]; k < net.adjacency.outStart[v + 1]; k++) {
            long candidate = e.backward.linkLateFinish(v, k, cal, d);
            if (driver == PROJECT_FINISH || candidate < least) {
                least = candidate;
                driver = net.adjacency.outLink[k];
            }
        }
        long cd = net.activities.constraintDate[v];
        if (ct == ConstraintType.SNLT.ordinal() && cal.add(cd, d) < least
                || ct == ConstraintType.FNLT.ordinal() && cd < least) {
            return CONSTRAINT;
        }
        return driver;
    }
}
