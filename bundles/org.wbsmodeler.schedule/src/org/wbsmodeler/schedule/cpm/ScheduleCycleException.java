package org.wbsmodeler.schedule.cpm;

import java.util.Arrays;

/**
 * The network has a dependency cycle, so it has no schedule. Thrown before anything is written: results from an
 * earlier run stay as they were.
 */
public final class ScheduleCycleException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int[] cycle;

    public ScheduleCycleException(int[] cycle, String message) {
        super(message);
        this.cycle = cycle.clone();
    }

    /**
     * The activities of one cycle in link order: each has a link to the next, and the last one links back to the
     * first.
     */
    public int[] cycle() {
        return cycle.clone();
    }

    static ScheduleCycleException of(ScheduleNetwork network, int[] cycle) {
        StringBuilder sb = new StringBuilder("dependency cycle: ");
        for (int a : cycle) {
            sb.append(network.label(a)).append(" -> ");
        }
        sb.append(network.label(cycle[0]));
        return new ScheduleCycleException(cycle, sb.toString());
    }

    @Override
    public String toString() {
        return getMessage() + " " + Arrays.toString(cycle);
    }
}
