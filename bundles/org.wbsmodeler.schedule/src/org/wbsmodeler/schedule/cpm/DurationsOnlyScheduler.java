package org.wbsmodeler.schedule.cpm;

/**
 * Schedules one network over and over while its links stay as they are: what a Monte Carlo risk analysis does,
 * thousands of times, with new durations each time. The first schedule is complete and finds the topological
 * order; each {@link #reschedule()} then runs the forward pass, the backward pass and total float in that order
 * with the engine's own per-activity rules (so the dates, total floats and critical flags are exactly a full
 * schedule's), but skips what a full schedule adds: no re-sort, no free float, no journal tracing, nothing
 * allocated.
 * <p>
 * Durations go in through {@link #setDuration} (no journal) or any of the network's setters except those that add
 * links; a link added on the network makes the next {@link #reschedule()} a full schedule. The network's journal is
 * consumed, so don't share the network with an {@link IncrementalScheduler}.
 *
 * <pre>
 * DurationsOnlyScheduler scheduler = new DurationsOnlyScheduler(network);
 * for (...) {
 *     scheduler.setDuration(a, sampledMinutes);
 *     scheduler.reschedule();
 *     long finish = scheduler.projectFinish();
 * }
 * </pre>
 */
public final class DurationsOnlyScheduler {

    private final ScheduleNetwork network;
    private final ScheduleEngine engine;
    /** A view of the engine's arrays for the getters that have rules of their own (start, finish). */
    private final ScheduleResult view;

    /** Schedules {@code network} completely. */
    public DurationsOnlyScheduler(ScheduleNetwork network) throws ScheduleCycleException {
        this.network = network;
        engine = new ScheduleEngine(network);
        engine.scheduleAll();
        view = new ScheduleResult(engine);
    }

    public ScheduleNetwork network() {
        return network;
    }

    /** Sets an activity's duration in working minutes of its calendar (calendar minutes if elapsed), unjournaled. */
    public void setDuration(int activity, int minutes) {
        ActivityTable.checkDuration(minutes);
        network.activities.duration[activity] = minutes;
    }

    /**
     * Early and late dates, total float and critical flags for the network as it is now.
     *
     * @throws ScheduleCycleException only if links were added on the network and one closed a cycle
     */
    public void reschedule() throws ScheduleCycleException {
        engine.rescheduleInSameOrder();
    }

    /** The latest early finish (what the late dates are computed from). */
    public long projectFinish() {
        return engine.projectFinish;
    }

    public long earlyStart(int activity) {
        return engine.es[activity];
    }

    public long earlyFinish(int activity) {
        return engine.ef[activity];
    }

    public long lateStart(int activity) {
        return engine.ls[activity];
    }

    public long lateFinish(int activity) {
        return engine.lf[activity];
    }

    /** As {@link ScheduleResult#start(int)}. */
    public long start(int activity) {
        return view.start(activity);
    }

    /** As {@link ScheduleResult#finish(int)}. */
    public long finish(int activity) {
        return view.finish(activity);
    }

    public long totalFloat(int activity) {
        return engine.totalFloat[activity];
    }

    public boolean isCritical(int activity) {
        return engine.critical[activity];
    }

    /** The internal array of critical flags (no copy): don't write to it. */
    public boolean[] criticalFlags() {
        return engine.critical;
    }
}
