package org.wbsmodeler.schedule.cpm;

/**
 * Schedules one network over and over while its links stay as they are: what a Monte Carlo risk analysis does,
 * thousands of times, with new durations each time. The first schedule is complete and finds the topological
 * order; each {@link #reschedule()} then runs the forward pass, the backward pass and total float in that order
 * with the engine's own per-activity rules (so the dates, total floats and critical flags are exactly a full
 * schedule's), but skips what a full schedule adds: no re-sort, no free float, no journal tracing, nothing
 * allocated. A plain activity (links on its own calendar, no elapsed lag, no constraint date, not a milestone) is
 * scheduled in working-clock space, and its dates are made from its clocks when the result is asked for them.
 * <p>
 * Durations go in through {@link #setDuration} (no journal) or any of the network's setters except those that add
 * links; a link added on the network makes the next {@link #reschedule()} a full schedule. The network's journal is
 * consumed, so don't share the network with an {@link IncrementalScheduler}.
 *
 * <pre>
 * DurationsOnlyScheduler scheduler = new DurationsOnlyScheduler(network);
 * for (...) {
 *     scheduler.setDuration(a, sampledMinutes);
 *     long finish = scheduler.reschedule().projectFinish();
 * }
 * </pre>
 */
public final class DurationsOnlyScheduler {

    private final ScheduleNetwork network;
    private final ScheduleEngine engine;
    private final ScheduleResult result;

    /** Schedules {@code network} completely. */
    public DurationsOnlyScheduler(ScheduleNetwork network) throws ScheduleCycleException {
        this.network = network;
        engine = new ScheduleEngine(network);
        engine.scheduleAll();
        result = new ScheduleResult(engine);
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
    public ScheduleResult reschedule() throws ScheduleCycleException {
        engine.rescheduleInSameOrder();
        return result;
    }

    /**
     * The live result, updated in place by {@link #reschedule()}: early and late dates, total float, critical flags
     * and the project finish. Free float is not computed here, so {@link ScheduleResult#freeFloat} and
     * {@link ScheduleResult#explain} refuse after a reschedule.
     */
    public ScheduleResult result() {
        return result;
    }
}
