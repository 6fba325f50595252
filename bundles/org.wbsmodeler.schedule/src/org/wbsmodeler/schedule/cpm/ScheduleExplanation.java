package org.wbsmodeler.schedule.cpm;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.schedule.calendar.LocalMinutes;

/**
 * "Why is this activity here?": the chain of links that fixes its early start, back to the project start or a
 * constraint, and, if it is not critical, its float and the chain of successors that uses that float up (down to a
 * critical activity, a constraint or the project finish).
 *
 * @param activity          the activity explained
 * @param drivingChain      first the activity itself, then its driving predecessor, and so on; the last step says
 *                          what started the chain
 * @param critical          total float {@code <= 0}
 * @param totalFloat        working minutes
 * @param freeFloat         working minutes
 * @param floatChain        empty for critical activities; else first the activity, then the successor that fixes its
 *                          late finish (the one that consumes its float), and so on
 * @param text              the same in words, one line per step
 */
public record ScheduleExplanation(int activity, List<Step> drivingChain, boolean critical, long totalFloat, long freeFloat,
        List<Step> floatChain, String text) {

    /** What fixed a date. */
    public enum Cause {
        /** A link from (start chain) or to (float chain) another activity. */
        LINK,
        /** No predecessor: the project start. */
        PROJECT_START,
        /** No successor: the project finish. */
        PROJECT_FINISH,
        /** The activity's own constraint. */
        CONSTRAINT
    }

    /**
     * One activity on a chain and what fixed its date.
     *
     * @param activity the activity
     * @param cause    what fixed its early start (driving chain) or late finish (float chain)
     * @param link     the link when {@code cause == LINK}, else -1
     * @param other    the predecessor (driving chain) or successor (float chain) at the other end of {@code link},
     *                 else -1
     * @param type     the link's type, or null
     * @param lag      the link's lag in working minutes
     * @param date     the activity's early start (driving chain) or late finish (float chain)
     */
    public record Step(int activity, Cause cause, int link, int other, LinkType type, int lag, long date) {
    }

    /** The successor that consumes the float: the first link of the float chain, or -1. */
    public int consumingSuccessor() {
        return floatChain.isEmpty() ? -1 : floatChain.get(0).other();
    }

    /** What holds an activity's start that no link drives: its manual start, its actual start, or its constraint. */
    private static String held(ScheduleNetwork net, int r) {
        if (net.isManual(r)) {
            return "manually scheduled at " + LocalMinutes.format(net.fixedStart(r));
        }
        if (net.isStarted(r)) {
            return "actual start " + LocalMinutes.format(net.fixedStart(r));
        }
        return net.constraintType(r) + " " + LocalMinutes.format(net.constraintDate(r));
    }

    static ScheduleExplanation of(ScheduleEngine e, int v) {
        ScheduleNetwork net = e.net;
        StringBuilder text = new StringBuilder();
        text.append(net.label(v)).append(": early ").append(LocalMinutes.format(e.es[v])).append(" - ")
                .append(LocalMinutes.format(e.ef[v])).append(", late ").append(LocalMinutes.format(e.ls[v])).append(" - ")
                .append(LocalMinutes.format(e.lf[v])).append(", total float ").append(e.totalFloat[v]).append(" min, free float ")
                .append(e.freeFloat[v]).append(" min").append(e.critical[v] ? ", critical" : "").append('\n');

        List<Step> driving = new ArrayList<>();
        text.append("starts when it does because:\n");
        for (int r = v; ; ) {
            int driver = Drivers.startDriver(e, r);
            if (driver >= 0) {
                int p = net.links.from[driver];
                driving.add(new Step(r, Cause.LINK, driver, p, net.linkType(driver), net.links.lag[driver], e.es[r]));
                text.append("  ").append(net.label(r)).append(" ").append(LocalMinutes.format(e.es[r])).append(" <- ")
                        .append(net.linkType(driver)).append(lag(net.links.lag[driver])).append(" from ").append(net.label(p)).append('\n');
                r = p;
            } else {
                Cause cause = driver == Drivers.CONSTRAINT ? Cause.CONSTRAINT : Cause.PROJECT_START;
                driving.add(new Step(r, cause, -1, -1, null, 0, e.es[r]));
                text.append("  ").append(net.label(r)).append(" ").append(LocalMinutes.format(e.es[r])).append(" <- ")
                        .append(cause == Cause.CONSTRAINT ? held(net, r) : "project start " + LocalMinutes.format(net.projectStart()))
                        .append('\n');
                break;
            }
        }

        List<Step> floatChain = new ArrayList<>();
        if (!e.critical[v]) {
            text.append("its float is used up by:\n");
            for (int r = v; ; ) {
                int driver = Drivers.finishDriver(e, r);
                if (driver >= 0) {
                    int s = net.links.to[driver];
                    floatChain.add(new Step(r, Cause.LINK, driver, s, net.linkType(driver), net.links.lag[driver], e.lf[r]));
                    text.append("  ").append(net.label(r)).append(" late finish ").append(LocalMinutes.format(e.lf[r])).append(" -> ")
                            .append(net.linkType(driver)).append(lag(net.links.lag[driver])).append(" to ").append(net.label(s))
                            .append(e.critical[s] ? " (critical)" : "").append('\n');
                    if (e.critical[s]) {
                        break;
                    }
                    r = s;
                } else {
                    Cause cause = driver == Drivers.CONSTRAINT ? Cause.CONSTRAINT : Cause.PROJECT_FINISH;
                    floatChain.add(new Step(r, cause, -1, -1, null, 0, e.lf[r]));
                    text.append("  ").append(net.label(r)).append(" late finish ").append(LocalMinutes.format(e.lf[r])).append(" <- ")
                            .append(cause == Cause.CONSTRAINT ? net.constraintType(r) + " " + LocalMinutes.format(net.constraintDate(r))
                                    : "project finish " + LocalMinutes.format(e.projectFinish))
                            .append('\n');
                    break;
                }
            }
        }
        return new ScheduleExplanation(v, List.copyOf(driving), e.critical[v], e.totalFloat[v], e.freeFloat[v], List.copyOf(floatChain),
                text.toString());
    }

    private static String lag(int lag) {
        return lag == 0 ? "" : (lag > 0 ? "+" : "") + lag + "min";
    }

    @Override
    public String toString() {
        return text;
    }
}
