package org.wbsmodeler.schedule.cpm;

/**
 * Keeps a network scheduled across edits. The first schedule is complete; after that {@link #reschedule()}
 * recomputes only what the edits since the last call can reach (see {@link ScheduleEngine#reschedule()}), with the
 * same rules, so its result equals a full schedule of the edited network.
 * <p>
 * Edits go through the network's setters (directly, or through the conveniences here); the network journals them.
 * A link that would close a cycle is refused by {@link #addLink} before the network changes.
 *
 * <pre>
 * IncrementalScheduler scheduler = new IncrementalScheduler(network);
 * network.setDuration(a, 960);
 * ScheduleResult result = scheduler.reschedule();
 * </pre>
 */
public final class IncrementalScheduler {

    private final ScheduleNetwork network;
    private final ScheduleEngine engine;
    private final ScheduleResult result;

    /** Schedules {@code network} completely. */
    public IncrementalScheduler(ScheduleNetwork network) throws ScheduleCycleException {
        this.network = network;
        engine = new ScheduleEngine(network);
        engine.scheduleAll();
        result = new ScheduleResult(engine);
    }

    public ScheduleNetwork network() {
        return network;
    }

    /** The live result (updated in place by {@link #reschedule()}). */
    public ScheduleResult result() {
        return result;
    }

    /**
     * Brings the result up to date with the edits made since the last (re)schedule.
     *
     * @throws ScheduleCycleException if a link added directly on the network closed a cycle; the previous result is
     *                                left as it was and the journal kept, so removing the link and calling again works
     */
    public ScheduleResult reschedule() throws ScheduleCycleException {
        engine.reschedule();
        return result;
    }

    /** Schedules everything again from scratch (e.g. after many edits). */
    public ScheduleResult rescheduleAll() throws ScheduleCycleException {
        engine.scheduleAll();
        return result;
    }

    /**
     * Adds a link unless it would close a cycle; the topological order is repaired locally. Call
     * {@link #reschedule()} afterwards.
     *
     * @return the new link's id
     * @throws ScheduleCycleException with the cycle the link would close; the network is unchanged
     */
    public int addLink(int from, int to, LinkType type, int lagMinutes) throws ScheduleCycleException {
        java.util.Objects.checkIndex(from, network.activityCount());
        java.util.Objects.checkIndex(to, network.activityCount());
        engine.topo.insertLink(network, from, to);
        return network.addLink(from, to, type, lagMinutes);
    }
}
