package org.wbsmodeler.schedule.cpm;

import java.util.List;

/**
 * The dates and floats of a scheduled network, one array slot per activity: instants in
 * {@link org.wbsmodeler.schedule.calendar.LocalMinutes}, floats in working minutes of the activity's calendar.
 * <p>
 * A live view: an {@link IncrementalScheduler} updates the arrays in place, so read them after the last
 * {@code reschedule()}. The array getters return the internal arrays (no copy, for million-activity networks):
 * don't write to them. Warnings, critical paths and explanations are derived on demand.
 */
public final class ScheduleResult {

    private final ScheduleEngine engine;
    private List<ScheduleWarning> warnings;
    private int warningsVersion = -1;

    ScheduleResult(ScheduleEngine engine) {
        this.engine = engine;
    }

    public ScheduleNetwork network() {
        return engine.net;
    }

    /** The latest early finish of the first forward pass: what the late dates are computed from. */
    public long projectFinish() {
        return engine.projectFinish;
    }

    public long earlyStart(int activity) {
        engine.dates(activity);
        return engine.es[activity];
    }

    public long earlyFinish(int activity) {
        engine.dates(activity);
        return engine.ef[activity];
    }

    public long lateStart(int activity) {
        engine.dates(activity);
        return engine.ls[activity];
    }

    public long lateFinish(int activity) {
        engine.dates(activity);
        return engine.lf[activity];
    }

    /** When the activity is planned: its late start if ALAP, else its early start (MS Project's Start field). */
    public long start(int activity) {
        // a manual task's start and an actual start are where the task is, ALAP or not
        if (isAlap(activity) && (engine.net.activities.mode[activity] & ScheduleNetwork.PINNED) == 0) {
            engine.dates(activity);
            return engine.ls[activity];
        }
        engine.dates(activity);
        return engine.es[activity];
    }

    /** When the activity is planned to finish: late finish if ALAP, else early finish (MS Project's Finish field). */
    public long finish(int activity) {
        if (isAlap(activity) && (engine.net.activities.mode[activity] & (ScheduleNetwork.MANUAL | ScheduleNetwork.FINISHED)) == 0) {
            engine.dates(activity);
            return engine.lf[activity];
        }
        engine.dates(activity);
        return engine.ef[activity];
    }

    /** min(start float, finish float) in working minutes of the activity's calendar; negative under conflicts. */
    public long totalFloat(int activity) {
        return engine.totalFloat[activity];
    }

    /** Slip possible without moving a successor (or the project finish), working minutes, {@code >= 0}. */
    public long freeFloat(int activity) {
        return freeFloats()[activity];
    }

    /** Total float {@code <= 0}. */
    public boolean isCritical(int activity) {
        return engine.critical[activity];
    }

    public long[] earlyStarts() {
        engine.dates();
        return engine.es;
    }

    public long[] earlyFinishes() {
        engine.dates();
        return engine.ef;
    }

    public long[] lateStarts() {
        engine.dates();
        return engine.ls;
    }

    public long[] lateFinishes() {
        engine.dates();
        return engine.lf;
    }

    public long[] totalFloats() {
        return engine.totalFloat;
    }

    public long[] freeFloats() {
        checkFreeFloat();
        return engine.freeFloat;
    }

    public boolean[] criticalFlags() {
        return engine.critical;
    }

    /** The activities in the topological order the passes used. */
    public int[] topologicalOrder() {
        int[] order = new int[engine.net.n];
        for (int p = 0; p < order.length; p++) {
            order[p] = engine.topo.at(p);
        }
        return order;
    }

    /** Constraint conflicts and the negative float they force (empty when the plan is consistent). */
    public List<ScheduleWarning> warnings() {
        if (warningsVersion != engine.version) {
            engine.dates();
            engine.bind();
            warnings = ScheduleWarning.analyse(engine);
            warningsVersion = engine.version;
        }
        return warnings;
    }

    /**
     * The critical paths: chains of critical activities, each link driving the next one's early start, from an
     * activity started by the project start or a constraint to one without a critical driven successor. Ordered by
     * their first activity's early start; at most {@code maxPaths} of them (ties can multiply paths).
     */
    public List<int[]> criticalPaths(int maxPaths) {
        engine.dates();
        engine.bind();
        return CriticalPaths.find(engine, maxPaths);
    }

    /** Why {@code activity} is where it is: its driving chain back to the start and, if not critical, its float. */
    public ScheduleExplanation explain(int activity) {
        checkFreeFloat();
        engine.dates();
        engine.bind();
        return ScheduleExplanation.of(engine, activity);
    }

    /** A durations-only reschedule leaves free float out: reading it then is a bug, not a stale number. */
    private void checkFreeFloat() {
        if (engine.freeFloatStale) {
            throw new IllegalStateException("free float is not computed on the durations-only path (DurationsOnlyScheduler)");
        }
    }

    private boolean isAlap(int activity) {
        return engine.net.activities.constraint[activity] == ConstraintType.ALAP.ordinal();
    }
}
