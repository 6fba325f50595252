package org.wbsmodeler.schedule.cpm;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * The critical path method over a {@link ScheduleNetwork}, with MS Project's rules as MPXJ's
 * {@code MicrosoftScheduler} reproduces them (file references below are to that class):
 * <ol>
 * <li>forward pass in topological order: early start from the predecessors' links (or the project start), snapped
 * to working time, then the constraint; early finish = start + duration;</li>
 * <li>project finish = the latest early finish;</li>
 * <li>backward pass in reverse order: late finish from the successors' links (or the project finish), then the
 * constraint, then moved back to the end of the previous working period; late start = finish − duration;</li>
 * <li>only if some activity is ALAP: a second forward pass in which links from an ALAP predecessor to a non-ALAP
 * successor read the predecessor's late dates (the late dates and the project finish are not revisited);</li>
 * <li>total float = the smaller of start and finish float in working minutes of the activity's calendar; critical
 * when it is {@code <= 0}; free float as described in DIFFERENCES.md (MPXJ does not compute it).</li>
 * </ol>
 * The same per-activity functions serve the full passes and the incremental ones, which is what keeps the two
 * identical: an incremental pass just evaluates fewer activities.
 */
final class ScheduleEngine {

    private static final int ALAP = ConstraintType.ALAP.ordinal();
    private static final int SNET = ConstraintType.SNET.ordinal();
    private static final int SNLT = ConstraintType.SNLT.ordinal();
    private static final int FNET = ConstraintType.FNET.ordinal();
    private static final int FNLT = ConstraintType.FNLT.ordinal();
    private static final int MSO = ConstraintType.MSO.ordinal();
    private static final int MFO = ConstraintType.MFO.ordinal();
    private static final int FS = LinkType.FS.ordinal();
    private static final int SS = LinkType.SS.ordinal();
    private static final int FF = LinkType.FF.ordinal();
    private static final long NONE = Long.MIN_VALUE;
    private static final int PINNED = ScheduleNetwork.PINNED;
    private static final int MANUAL = ScheduleNetwork.MANUAL;
    private static final int STARTED = ScheduleNetwork.STARTED;
    private static final int FINISHED = ScheduleNetwork.FINISHED;
    private static final int ELAPSED = ScheduleNetwork.ELAPSED;
    private static final int OWN_RULES = PINNED | ELAPSED;
    private static final int LINK_OWN_RULES = OWN_RULES | ScheduleNetwork.RESOURCE_CALENDAR;

    final ScheduleNetwork net;
    TopologicalOrder topo;

    // the network's arrays, read once per (re)schedule by bind(): the passes are loops over them
    private WorkCalendar[] calendars;
    private int[] duration;
    private int[] calendar;
    private int[] taskCalendar;
    private byte[] constraint;
    private long[] constraintDate;
    private boolean[] milestone;
    private byte[] mode;
    private long[] fixedStart;
    private long[] fixedFinish;
    private int[] remaining;
    private int[] inStart;
    private int[] outStart;
    private int[] inFrom;
    private int[] inCode;
    private int[] outTo;
    private int[] outCode;
    private int[] linkFrom;
    private int[] linkTo;
    private long projectStart;

    /** Dates of the first forward pass; the same arrays as {@link #es}/{@link #ef} when no activity is ALAP. */
    long[] es1;
    long[] ef1;
    long[] es;
    long[] ef;
    long[] ls;
    long[] lf;
    long[] totalFloat;
    long[] freeFloat;
    boolean[] critical;
    long projectFinish;
    /** Bumped by every (re)schedule, so that lazily derived views know when to recompute. */
    int version;

    private PositionSet work;
    private boolean[] changedMark;
    private int[] changed;
    private int changedCount;

    ScheduleEngine(ScheduleNetwork net) {
        this.net = net;
    }

    /** Picks up the network's current arrays (an added link may have reallocated them). */
    void bind() {
        calendars = net.calendars;
        duration = net.duration;
        calendar = net.calendar;
        taskCalendar = net.taskCalendar;
        constraint = net.constraint;
        constraintDate = net.constraintDate;
        milestone = net.milestone;
        mode = net.mode;
        fixedStart = net.fixedStart;
        fixedFinish = net.fixedFinish;
        remaining = net.remaining;
        inStart = net.inStart;
        outStart = net.outStart;
        inFrom = net.inFrom;
        inCode = net.inCode;
        outTo = net.outTo;
        outCode = net.outCode;
        linkFrom = net.linkFrom;
        linkTo = net.linkTo;
        projectStart = net.projectStart();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Full schedule

    void scheduleAll() throws ScheduleCycleException {
        TopologicalOrder order = TopologicalOrder.of(net); // throws before anything is written
        bind();
        topo = order;
        int n = net.n;
        if (es1 == null || es1.length != n) {
            es1 = new long[n];
            ef1 = new long[n];
            ls = new long[n];
            lf = new long[n];
            totalFloat = new long[n];
            freeFloat = new long[n];
            critical = new boolean[n];
        }
        boolean alap = net.alapCount > 0;
        if (alap) {
            if (es == es1 || es == null) {
                es = new long[n];
                ef = new long[n];
            }
        } else {
            es = es1;
            ef = ef1;
        }
        // the latest early finish, even if that is before the project start (an FNET/MFO in the past): MPXJ's rule
        long finish = n == 0 ? projectStart : NONE;
        for (int p = 0; p < n; p++) {
            int v = order.at(p);
            forward(v, false);
            if (ef1[v] > finish) {
                finish = ef1[v];
            }
        }
        projectFinish = finish;
        if (alap) {
            // pass 2 differs from pass 1 only downstream of ALAP activities: start from a copy and propagate
            System.arraycopy(es1, 0, es, 0, n);
            System.arraycopy(ef1, 0, ef, 0, n);
        }
        for (int p = n - 1; p >= 0; p--) {
            // without ALAP nothing an activity's floats read is still to come: do them now, while in cache
            backward(order.at(p), !alap);
        }
        if (alap) {
            ensureScratch();
            order.materialize();
            int[] sequence = order.order;
            int[] position = order.position;
            for (int v = 0; v < n; v++) {
                if (constraint[v] == ALAP) {
                    addSuccessors(v, position);
                }
            }
            for (int p = work.pollFirstFrom(0); p >= 0; p = work.pollFirstFrom(p + 1)) {
                if (forward(sequence[p], true)) {
                    addSuccessors(sequence[p], position);
                }
            }
            for (int p = n - 1; p >= 0; p--) {
                floats(sequence[p]);
            }
        }
        net.journal.clear();
        version++;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Incremental schedule

    /**
     * Recomputes what the journaled edits can reach: forward from the edited activities in topological order while
     * early dates change, backward only where late dates change (all of them if the project finish moved), the
     * ALAP pass where it is fed, and the floats of whatever changed and of its predecessors.
     */
    void reschedule() throws ScheduleCycleException {
        ScheduleNetwork.Journal journal = net.journal;
        if (journal.isEmpty()) {
            return;
        }
        bind();
        topo.materialize();
        for (int i = 0; i < journal.addedCount; i++) {
            int link = journal.added[i];
            if (!net.isRemoved(link)) {
                topo.insertLink(net, linkFrom[link], linkTo[link]); // may throw; no date written yet
            }
        }
        boolean alap = net.alapCount > 0;
        if (journal.everything || alap != (es != es1)) {
            scheduleAll();
            return;
        }
        int n = net.n;
        int[] sequence = topo.order;
        int[] position = topo.position;
        ensureScratch();
        changedCount = 0;

        // pass 1, and the project finish it implies
        long oldFinish = projectFinish;
        long newMax = NONE;
        boolean rescan = false;
        seed(journal, ScheduleNetwork.Journal.FORWARD);
        for (int p = work.pollFirstFrom(0); p >= 0; p = work.pollFirstFrom(p + 1)) {
            int v = sequence[p];
            long oldEf = ef1[v];
            if (forward(v, false)) {
                if (!alap) {
                    markChanged(v);
                }
                if (oldEf == oldFinish && ef1[v] < oldFinish) {
                    rescan = true;
                }
                newMax = Math.max(newMax, ef1[v]);
                addSuccessors(v, position);
            }
        }
        if (rescan) {
            long finish = NONE;
            for (int v = 0; v < n; v++) {
                finish = Math.max(finish, ef1[v]);
            }
            projectFinish = finish;
        } else {
            projectFinish = Math.max(oldFinish, newMax);
        }
        boolean finishMoved = projectFinish != oldFinish;

        // backward: everything if the project finish moved (every open end hangs on it), else only what changes
        if (finishMoved) {
            for (int p = n - 1; p >= 0; p--) {
                int v = sequence[p];
                // without ALAP the floats can be done on the way, as in a full schedule
                if (backward(v, !alap) && alap) {
                    markChanged(v);
                }
            }
        } else {
            seed(journal, ScheduleNetwork.Journal.BACKWARD);
            for (int p = work.pollLastFrom(n - 1); p >= 0; p = work.pollLastFrom(p - 1)) {
                int v = sequence[p];
                if (backward(v, false)) {
                    markChanged(v);
                    for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                        work.add(position[inFrom[k]]);
                    }
                }
            }
        }

        // pass 2, fed by the edits and by ALAP activities whose late dates changed
        if (alap) {
            seed(journal, ScheduleNetwork.Journal.FORWARD);
            for (int i = 0; i < changedCount; i++) {
                int v = changed[i];
                if (constraint[v] == ALAP) {
                    addSuccessors(v, position);
                }
            }
            secondPass();
        }

        // floats
        if (finishMoved) {
            if (alap) {
                for (int v = 0; v < n; v++) {
                    floats(v);
                }
            }
            clearChanged();
        } else {
            for (int i = 0; i < journal.touchedCount; i++) {
                markChanged(journal.touched[i]);
            }
            refreshFloatsOfChanged();
        }
        journal.clear();
        version++;
    }

    /** The ALAP pass from the queued positions on, as far as early dates keep changing. */
    private void secondPass() {
        int[] sequence = topo.order;
        int[] position = topo.position;
        for (int p = work.pollFirstFrom(0); p >= 0; p = work.pollFirstFrom(p + 1)) {
            int v = sequence[p];
            if (forward(v, true)) {
                markChanged(v);
                addSuccessors(v, position);
            }
        }
    }

    /** Floats of the changed activities, free float of their predecessors (it reads their early dates). */
    private void refreshFloatsOfChanged() {
        for (int i = 0; i < changedCount; i++) {
            int v = changed[i];
            floats(v);
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                int u = inFrom[k];
                if (!changedMark[u]) {
                    WorkCalendar cal = calendars[taskCalendar[u]];
                    freeFloat[u] = freeFloat(u, cal, totalFloat[u], cal.workBefore(ef[u]));
                }
            }
        }
        clearChanged();
    }

    private void clearChanged() {
        for (int i = 0; i < changedCount; i++) {
            changedMark[changed[i]] = false;
        }
        changedCount = 0;
    }

    /** Work list and change marks: only needed once something is incremental, so not allocated before. */
    private void ensureScratch() {
        if (changedMark == null || changedMark.length != net.n) {
            work = new PositionSet(net.n);
            changedMark = new boolean[net.n];
            changed = new int[64];
        }
    }

    private void seed(ScheduleNetwork.Journal journal, int flag) {
        int[] position = topo.position;
        for (int i = 0; i < journal.touchedCount; i++) {
            int v = journal.touched[i];
            if ((journal.flags[v] & flag) != 0) {
                work.add(position[v]);
            }
        }
    }

    private void addSuccessors(int v, int[] position) {
        for (int k = outStart[v]; k < outStart[v + 1]; k++) {
            work.add(position[outTo[k]]);
        }
    }

    private void markChanged(int v) {
        if (!changedMark[v]) {
            changedMark[v] = true;
            if (changedCount == changed.length) {
                changed = java.util.Arrays.copyOf(changed, changedCount * 2);
            }
            changed[changedCount++] = v;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The rules, one activity at a time

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
                }
            }
        }
        // snap to working time; the working clock reads the same at t and at the snapped start, so keep it for the finish
        long clock = cal.workBefore(t);
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
        if (finish == NONE) {
            finish = d == 0 ? start : elapsed ? start + d : cal.instantOfWorkMinute(clock + d - 1) + 1; // = cal.add(start, d)
        }
        if (starts[v] == start && finishes[v] == finish) {
            return false;
        }
        starts[v] = start;
        finishes[v] = finish;
        return true;
    }

    /**
     * Early dates of a manual or started activity: its own dates, whatever its predecessors say
     * (MicrosoftScheduler.forwardPass: a manual task keeps Start/Finish; a started one starts at its actual start and
     * finishes at its actual finish, or its duration after the actual start, at the earliest on an FNET date).
     */
    private boolean pinned(int v, int m, long[] starts, long[] finishes) {
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

    /** {@code t} plus {@code d} minutes of work on {@code cal}, or of calendar time when elapsed. */
    static long plus(WorkCalendar cal, boolean elapsed, long t, int d) {
        return elapsed ? t + d : cal.add(t, d);
    }

    /** {@code t} minus {@code d} minutes of work on {@code cal}, or of calendar time when elapsed. */
    static long minus(WorkCalendar cal, boolean elapsed, long t, int d) {
        return elapsed ? t - d : cal.add(t, -d);
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
                }
            }
            if (finish == Long.MAX_VALUE) {
                finish = projectFinish;
            }
        }
        if (ct > FNET || ct == SNLT) {
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
        long clock = cal.workBefore(finish);
        finish = cal.instantOfWorkMinute(clock - 1) + 1;
        long start = d == 0 ? finish : cal.instantOfWorkMinute(clock - d);
        if (withFloats) {
            ls[v] = start;
            lf[v] = finish;
            floats(v, cal, clock - d, clock);
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
        if (!withFloats && ls[v] == start && lf[v] == finish) {
            return false;
        }
        ls[v] = start;
        lf[v] = finish;
        if (withFloats) {
            floats(v);
        }
        return true;
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
            t = cal.add(removeLag(lagCalendar, lagElapsed, cal.nextWorkStart(successorStart), lag), d);
        } else {
            t = removeLag(lagCalendar, lagElapsed, cal.add(successorFinish, d), lag);
        }
        return t > projectFinish ? projectFinish : t;
    }

    /** Total float, critical flag and free float of {@code v}. */
    void floats(int v) {
        WorkCalendar cal = calendars[taskCalendar[v]];
        floats(v, cal, cal.workBefore(ls[v]), cal.workBefore(lf[v]));
    }

    /** As {@link #floats(int)}, with the working clock at the late start and finish already known. */
    private void floats(int v, WorkCalendar cal, long lateStartClock, long lateFinishClock) {
        long earlyFinishClock = cal.workBefore(ef[v]);
        // a started activity's float is its finish float (MS Project; its start is history)
        long tf = (mode[v] & STARTED) != 0 ? lateFinishClock - earlyFinishClock
                : Math.min(lateStartClock - cal.workBefore(es[v]), lateFinishClock - earlyFinishClock);
        totalFloat[v] = tf;
        // complete work (finished, or started with nothing remaining) is no longer critical
        critical[v] = tf <= 0 && ((mode[v] & (STARTED | FINISHED)) != STARTED ? (mode[v] & FINISHED) == 0 : remaining[v] > 0);
        freeFloat[v] = freeFloat(v, cal, tf, earlyFinishClock);
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
                long candidate = latestFinish(k, cal, d, es[w], ef[w]);
                if (candidate < limit) {
                    limit = candidate;
                }
            }
        }
        long free = cal.workBefore(limit) - earlyFinishClock;
        return free <= 0 ? 0 : Math.min(free, tf);
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
        int v = linkTo[net.inLink[k]];
        WorkCalendar cal = calendars[calendar[v]];
        return snap(v, cal, linkEarlyStart(k, v, cal, duration[v], constraint[v], es != es1));
    }
}
