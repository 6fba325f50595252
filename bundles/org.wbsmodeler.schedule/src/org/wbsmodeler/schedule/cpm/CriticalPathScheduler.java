package org.wbsmodeler.schedule.cpm;

/**
 * Schedules a {@link ScheduleNetwork} once, by the critical path method with MS Project's rules (see
 * {@link ScheduleEngine} and DIFFERENCES.md). For a network that is edited and rescheduled, use
 * {@link IncrementalScheduler}.
 *
 * <pre>
 * ScheduleResult result = new CriticalPathScheduler().schedule(network);
 * long start = result.earlyStart(activity);
 * </pre>
 */
public final class CriticalPathScheduler {

    /**
     * Checks for cycles first (nothing is computed if there is one), then runs the forward and backward passes and
     * the floats. The network's edit journal is consumed.
     *
     * @throws ScheduleCycleException with the activities of one cycle in link order
     */
    public ScheduleResult schedule(ScheduleNetwork network) throws ScheduleCycleException {
        ScheduleEngine engine = new ScheduleEngine(network);
        engine.scheduleAll();
        return new ScheduleResult(engine);
    }
}
