package org.wbsmodeler.schedule.cpm;

import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * The critical path method over a {@link ScheduleNetwork}, with MS Project's rules as MPXJ's
 * {@code MicrosoftScheduler} reproduces them:
 * <ol>
 * <li>forward pass in topological order ({@link ForwardPass}): early start from the predecessors' links (or the
 * project start), snapped to working time, then the constraint; early finish = start + duration;</li>
 * <li>project finish = the latest early finish;</li>
 * <li>backward pass in reverse order ({@link BackwardPass}): late finish from the successors' links (or the project
 * finish), then the constraint, then moved back to the end of the previous working period; late start = finish −
 * duration;</li>
 * <li>only if some activity is ALAP: a second forward pass in which links from an ALAP predecessor to a non-ALAP
 * successor read the predecessor's late dates (the late dates and the project finish are not revisited);</li>
 * <li>total float, critical flag and free float ({@link Floats}).</li>
 * </ol>
 * This class orders the passes, for a full schedule and for an incremental one driven by the network's
 * {@link Journal} and a {@link WorkList}. The same per-activity functions serve both, which is what keeps the two
 * identical: an incremental pass just evaluates fewer activities.
 */
final class ScheduleEngine {

    private static final int ALAP = Pass.ALAP;
    private static final long NONE = Pass.NONE;

    final ScheduleNetwork net;
    final ForwardPass forward;
    final BackwardPass backward;
    final Floats floats;
    TopologicalOrder topo;

    /** Dates of the first forward pass; the same arrays as {@link #es}/{@link #ef} when no activity is ALAP. */
    long[] es1;
    long[] ef1;
    /** Working clocks at es1/ef1 where the forward pass had them (see {@link Pass#es1Clock}). */
    long[] es1Clock;
    long[] ef1Clock;
    long[] lsClock;
    long[] lfClock;
    long[] es;
    long[] ef;
    long[] ls;
    long[] lf;
    long[] totalFloat;
    long[] freeFloat;
    boolean[] critical;
    /** Per activity: early dates still to be made from the clocks (see {@link ForwardPass#forwardDeferring}). */
    boolean[] earlyDeferred;
    /** Per activity: late dates still to be made from the clocks (see {@link BackwardPass#backwardDeferring}). */
    boolean[] lateDeferred;
    /** Whether the last pass left dates to be made ({@link #dates}). */
    boolean datesDeferred;
    long projectFinish;
    /** Set by a durations-only reschedule, which computes no free float; cleared by a full schedule. */
    boolean freeFloatStale;
    /** Bumped by every (re)schedule, so that lazily derived views know when to recompute. */
    int version;

    private WorkList work;
    /** The links {@link #topo} was found for (link ids handed out then; removing a link keeps an order valid). */
    private int orderedLinks;

    ScheduleEngine(ScheduleNetwork net) {
        this.net = net;
        forward = new ForwardPass(net);
        backward = new BackwardPass(net);
        floats = new Floats(net, backward);
        backward.floats = floats;
    }

    /** Gives the passes the network's current arrays (an added link may have reallocated them) and the results'. */
    void bind() {
        forward.bind(this);
        backward.bind(this);
        floats.bind(this);
        forward.datesDeferred = earlyDeferred;
        backward.datesDeferred = lateDeferred;
    }

    /**
     * Makes the dates a durations-only pass left as working clocks: before anything reads them as dates. A Monte
     * Carlo iteration reads a few (the finish, milestones) through {@link #dates(int)}, so most are never made.
     */
    void dates() {
        if (datesDeferred) {
            bind();
            for (int v = 0; v < lateDeferred.length; v++) {
                forward.earlyDates(v);
                backward.lateDates(v);
            }
            datesDeferred = false;
        }
    }

    /** {@link #dates()} of one activity. */
    void dates(int v) {
        if (datesDeferred) {
            forward.earlyDates(v);
            backward.lateDates(v);
        }
    }

    /** The project finish, for the engine and the passes that read it. */
    private void finishAt(long finish) {
        projectFinish = finish;
        backward.projectFinish = finish;
        floats.projectFinish = finish;
        backward.projectFinishMoved();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Full schedule

    void scheduleAll() throws ScheduleCycleException {
        topo = TopologicalOrder.of(net); // throws before anything is written
        orderedLinks = net.links.count;
        floats.withFreeFloat = true;
        freeFloatStale = false;
        passes();
    }

    /**
     * All passes again in the order already found, without free float: for a network whose links did not change
     * since the last schedule (durations, dates, constraints and modes may have), as a Monte Carlo iteration
     * changes it. Free float is left as it was. Links added since then need a new order: that is a full schedule
     * (told by the link ids handed out, not by the journal, which another scheduler of the network may have read).
     */
    void rescheduleInSameOrder() throws ScheduleCycleException {
        if (topo == null || net.links.count != orderedLinks) {
            scheduleAll();
            return;
        }
        floats.withFreeFloat = false;
        freeFloatStale = true;
        passes();
    }

    /** The passes of a full schedule, in {@link #topo}'s order. */
    private void passes() {
        TopologicalOrder order = topo;
        int n = net.n;
        if (es1 == null || es1.length != n) {
            es1 = new long[n];
            ef1 = new long[n];
            es1Clock = new long[n];
            ef1Clock = new long[n];
            lsClock = new long[n];
            lfClock = new long[n];
            ls = new long[n];
            lf = new long[n];
            totalFloat = new long[n];
            freeFloat = new long[n];
            critical = new boolean[n];
            earlyDeferred = new boolean[n];
            lateDeferred = new boolean[n];
            datesDeferred = false;
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
        // a durations-only pass without ALAP activities reads late dates from clocks, and makes few of them
        boolean defer = !floats.withFreeFloat && !alap;
        if (!defer) {
            dates();
        }
        bind();
        if (defer) {
            forward.startDeferring();
        }
        boolean[] earlyDeferred = this.earlyDeferred;
        long[] ef1 = this.ef1;
        // the latest early finish, even if that is before the project start (an FNET/MFO in the past): MPXJ's rule
        long finish = n == 0 ? net.projectStart() : NONE;
        for (int p = 0; p < n; p++) {
            int v = order.at(p);
            if (defer) {
                forward.forwardDeferring(v);
            } else {
                forward.forward(v, false);
            }
            if (ef1[v] > finish && !earlyDeferred[v]) {
                finish = ef1[v];
            }
        }
        if (defer) {
            finish = Math.max(finish, forward.deferredFinish());
        }
        finishAt(finish);
        if (alap) {
            // pass 2 differs from pass 1 only downstream of ALAP activities: start from a copy and propagate
            System.arraycopy(es1, 0, es, 0, n);
            System.arraycopy(ef1, 0, ef, 0, n);
        }
        for (int p = n - 1; p >= 0; p--) {
            // without ALAP nothing an activity's floats read is still to come: do them now, while in cache
            if (defer) {
                backward.backwardDeferring(order.at(p));
            } else {
                backward.backward(order.at(p), !alap);
            }
        }
        if (alap) {
            ensureScratch();
            order.materialize();
            int[] sequence = order.order;
            int[] position = order.position;
            byte[] constraint = net.activities.constraint;
            for (int v = 0; v < n; v++) {
                if (constraint[v] == ALAP) {
                    work.addSuccessors(net.adjacency, v, position);
                }
            }
            for (int p = work.pollFirstFrom(0); p >= 0; p = work.pollFirstFrom(p + 1)) {
                if (forward.forward(sequence[p], true)) {
                    work.addSuccessors(net.adjacency, sequence[p], position);
                }
            }
            for (int p = n - 1; p >= 0; p--) {
                floats.floats(sequence[p]);
            }
        }
        datesDeferred = defer;
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
        Journal journal = net.journal;
        if (journal.isEmpty()) {
            return;
        }
        dates();
        bind();
        topo.materialize();
        LinkTable links = net.links;
        for (int i = 0; i < journal.addedCount; i++) {
            int link = journal.added[i];
            if (!links.isRemoved(link)) {
                topo.insertLink(net, links.from[link], links.to[link]); // may throw; no date written yet
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
        Adjacency adjacency = net.adjacency;
        ensureScratch();
        work.changedCount = 0;

        // pass 1, and the project finish it implies
        long oldFinish = projectFinish;
        long newMax = NONE;
        boolean rescan = false;
        work.seed(journal, Journal.FORWARD, position);
        for (int p = work.pollFirstFrom(0); p >= 0; p = work.pollFirstFrom(p + 1)) {
            int v = sequence[p];
            long oldEf = ef1[v];
            if (forward.forward(v, false)) {
                if (!alap) {
                    work.markChanged(v);
                }
                if (oldEf == oldFinish && ef1[v] < oldFinish) {
                    rescan = true;
                }
                newMax = Math.max(newMax, ef1[v]);
                work.addSuccessors(adjacency, v, position);
            }
        }
        if (rescan) {
            long finish = NONE;
            for (int v = 0; v < n; v++) {
                finish = Math.max(finish, ef1[v]);
            }
            finishAt(finish);
        } else {
            finishAt(Math.max(oldFinish, newMax));
        }
        boolean finishMoved = projectFinish != oldFinish;

        // backward: everything if the project finish moved (every open end hangs on it), else only what changes
        if (finishMoved) {
            for (int p = n - 1; p >= 0; p--) {
                int v = sequence[p];
                // without ALAP the floats can be done on the way, as in a full schedule
                if (backward.backward(v, !alap) && alap) {
                    work.markChanged(v);
                }
            }
        } else {
            int[] inStart = adjacency.inStart;
            int[] inFrom = adjacency.inFrom;
            work.seed(journal, Journal.BACKWARD, position);
            for (int p = work.pollLastFrom(n - 1); p >= 0; p = work.pollLastFrom(p - 1)) {
                int v = sequence[p];
                if (backward.backward(v, false)) {
                    work.markChanged(v);
                    for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                        work.add(position[inFrom[k]]);
                    }
                }
            }
        }

        // pass 2, fed by the edits and by ALAP activities whose late dates changed
        if (alap) {
            work.seed(journal, Journal.FORWARD, position);
            byte[] constraint = net.activities.constraint;
            for (int i = 0; i < work.changedCount; i++) {
                int v = work.changed[i];
                if (constraint[v] == ALAP) {
                    work.addSuccessors(adjacency, v, position);
                }
            }
            secondPass();
        }

        // floats
        if (finishMoved) {
            if (alap) {
                for (int v = 0; v < n; v++) {
                    floats.floats(v);
                }
            }
            work.clearChanged();
        } else {
            for (int i = 0; i < journal.touchedCount; i++) {
                work.markChanged(journal.touched[i]);
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
            if (forward.forward(v, true)) {
                work.markChanged(v);
                work.addSuccessors(net.adjacency, v, position);
            }
        }
    }

    /** Floats of the changed activities, free float of their predecessors (it reads their early dates). */
    private void refreshFloatsOfChanged() {
        WorkCalendar[] calendars = net.calendars;
        int[] taskCalendar = net.activities.taskCalendar;
        int[] inStart = net.adjacency.inStart;
        int[] inFrom = net.adjacency.inFrom;
        for (int i = 0; i < work.changedCount; i++) {
            int v = work.changed[i];
            floats.floats(v);
            for (int k = inStart[v]; k < inStart[v + 1]; k++) {
                int u = inFrom[k];
                if (!work.changedMark[u]) {
                    WorkCalendar cal = calendars[taskCalendar[u]];
                    freeFloat[u] = floats.freeFloat(u, cal, totalFloat[u], cal.workBefore(ef[u]));
                }
            }
        }
        work.clearChanged();
    }

    /** Work list and change marks: only needed once something is incremental, so not allocated before. */
    private void ensureScratch() {
        if (work == null || !work.fits(net.n)) {
            work = new WorkList(net.n);
        }
    }
}
