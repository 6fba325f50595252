package org.wbsmodeler.schedule.cpm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * Something the schedule had to give in on. MS Project (with "tasks honor their constraint dates") lets an
 * inflexible constraint win over the links and shows the damage as negative float on the predecessors; we do the
 * same and say so here instead of leaving it to be spotted in a float column.
 *
 * @param kind          what happened
 * @param activity      the activity whose constraint is the cause (or -1 if none could be found)
 * @param constraint    that constraint
 * @param constraintDate its date (LocalMinutes)
 * @param minutes       CONFLICT: working minutes by which the links are violated; NEGATIVE_FLOAT: the most negative
 *                      total float it forces
 * @param affected      NEGATIVE_FLOAT: how many activities have negative float because of it
 * @param worstActivity NEGATIVE_FLOAT: the activity with the most negative float
 * @param message       the same in words
 */
public record ScheduleWarning(Kind kind, int activity, ConstraintType constraint, long constraintDate, long minutes,
        int affected, int worstActivity, String message) {

    public enum Kind {
        /** An SNLT, FNLT, MSO or MFO constraint schedules the activity earlier than its predecessors allow. */
        CONSTRAINT_CONFLICT,
        /** Activities whose total float is negative, grouped by the constraint that forces it. */
        NEGATIVE_FLOAT,
        /**
         * A manually scheduled activity that its predecessors would push later: it stays where it is (MS Project
         * marks it with a red squiggle and offers "respect links"); minutes = how far they would push it.
         */
        MANUAL_CONFLICT,
        /**
         * A started, unfinished activity that began before its predecessors allow: its remaining work goes on from
         * its actual start (MPXJ's MicrosoftScheduler), where MS Project with "split in-progress tasks" may move it
         * after them; minutes = how far.
         */
        PROGRESS_OUT_OF_SEQUENCE
    }

    static List<ScheduleWarning> analyse(ScheduleEngine e) {
        ScheduleNetwork net = e.net;
        List<ScheduleWarning> warnings = new ArrayList<>();
        for (int v = 0; v < net.n; v++) {
            if (pullsAgainstLogic(e, v)) {
                ConstraintType ct = ConstraintType.of(net.activities.constraint[v]);
                long logic = e.forward.logicEarlyStart(v);
                WorkCalendar cal = net.calendars[net.activities.calendar[v]];
                long minutes = cal.workBetween(e.es[v], logic);
                warnings.add(new ScheduleWarning(Kind.CONSTRAINT_CONFLICT, v, ct, net.activities.constraintDate[v], minutes, 1, v,
                        ct + " " + LocalMinutes.format(net.activities.constraintDate[v]) + " on " + net.label(v) + " starts it at "
                                + LocalMinutes.format(e.es[v]) + ", " + minutes + " working minutes before its predecessors allow ("
                                + LocalMinutes.format(logic) + ")"));
            }
        }
        ownRules(e, warnings);
        negativeFloat(e, warnings);
        return List.copyOf(warnings);
    }

    /** Manual tasks held against their links, and progress out of sequence. */
    private static void ownRules(ScheduleEngine e, List<ScheduleWarning> warnings) {
        ScheduleNetwork net = e.net;
        for (int v = 0; v < net.n; v++) {
            int m = net.activities.mode[v];
            if ((m & ScheduleNetwork.PINNED) == 0 || (m & ScheduleNetwork.FINISHED) != 0 || net.adjacency.inStart[v] == net.adjacency.inStart[v + 1]) {
                continue;
            }
            long logic = e.forward.logicEarlyStart(v);
            if (logic <= e.es[v]) {
                continue;
            }
            WorkCalendar cal = net.calendars[net.activities.calendar[v]];
            long minutes = cal.workBetween(e.es[v], logic);
            ConstraintType ct = ConstraintType.of(net.activities.constraint[v]);
            if ((m & ScheduleNetwork.MANUAL) != 0) {
                warnings.add(new ScheduleWarning(Kind.MANUAL_CONFLICT, v, ct, net.activities.constraintDate[v], minutes, 1, v,
                        "manually scheduled " + net.label(v) + " stays at " + LocalMinutes.format(e.es[v]) + ", but its predecessors would move it to "
                                + LocalMinutes.format(logic) + " (" + minutes + " working minutes later)"));
            } else {
                warnings.add(new ScheduleWarning(Kind.PROGRESS_OUT_OF_SEQUENCE, v, ct, net.activities.constraintDate[v], minutes, 1, v,
                        net.label(v) + " started at " + LocalMinutes.format(e.es[v]) + ", " + minutes + " working minutes before its predecessors allow ("
                                + LocalMinutes.format(logic) + "): its remaining work goes on from the actual start, where MS Project with "
                                + "'split in-progress tasks' may move it after them"));
            }
        }
    }

    /** A manual or started activity that its predecessors would push later. */
    private static boolean heldAgainstLogic(ScheduleEngine e, int v) {
        ScheduleNetwork net = e.net;
        return (net.activities.mode[v] & ScheduleNetwork.PINNED) != 0 && net.adjacency.inStart[v] != net.adjacency.inStart[v + 1] && e.es[v] < e.forward.logicEarlyStart(v);
    }

    private static boolean pullsAgainstLogic(ScheduleEngine e, int v) {
        ScheduleNetwork net = e.net;
        return (net.activities.mode[v] & ScheduleNetwork.PINNED) == 0 && ConstraintType.of(net.activities.constraint[v]).canConflictWithLogic() && net.adjacency.inStart[v] != net.adjacency.inStart[v + 1]
                && e.es[v] < e.forward.logicEarlyStart(v);
    }

    /** Follows each negative-float activity's finish drivers to the constraint behind it; one warning per constraint. */
    private static void negativeFloat(ScheduleEngine e, List<ScheduleWarning> warnings) {
        ScheduleNetwork net = e.net;
        int[] root = null;
        final int unknown = Integer.MIN_VALUE;
        int[] path = new int[16];
        for (int v = 0; v < net.n; v++) {
            if (e.totalFloat[v] >= 0) {
                continue;
            }
            if (root == null) {
                root = new int[net.n];
                Arrays.fill(root, unknown);
            }
            int length = 0;
            int r = v;
            int found;
            while (true) {
                if (root[r] != unknown) {
                    found = root[r];
                    break;
                }
                if (length == path.length) {
                    path = Arrays.copyOf(path, length * 2);
                }
                path[length++] = r;
                if (pullsAgainstLogic(e, r) || heldAgainstLogic(e, r)) {
                    found = r; // it starts before its predecessors finish: they go negative
                    break;
                }
                int driver = Drivers.finishDriver(e, r);
                if (driver == Drivers.CONSTRAINT) {
                    found = r;
                    break;
                }
                if (driver < 0) {
                    found = -1;
                    break;
                }
                r = net.links.to[driver];
            }
            for (int i = 0; i < length; i++) {
                root[path[i]] = found;
            }
        }
        if (root == null) {
            return;
        }
        // group by root, in activity order of the roots
        int[] count = new int[net.n + 1];
        int[] worst = new int[net.n + 1];
        Arrays.fill(worst, -1);
        for (int v = 0; v < net.n; v++) {
            if (e.totalFloat[v] < 0) {
                int slot = root[v] + 1;
                count[slot]++;
                if (worst[slot] < 0 || e.totalFloat[v] < e.totalFloat[worst[slot]]) {
                    worst[slot] = v;
                }
            }
        }
        for (int slot = 0; slot <= net.n; slot++) {
            if (count[slot] == 0) {
                continue;
            }
            int cause = slot - 1;
            int w = worst[slot];
            long minutes = e.totalFloat[w];
            if (cause >= 0 && (net.activities.mode[cause] & ScheduleNetwork.PINNED) != 0) {
                warnings.add(new ScheduleWarning(Kind.NEGATIVE_FLOAT, cause, ConstraintType.of(net.activities.constraint[cause]), net.activities.constraintDate[cause],
                        minutes, count[slot], w, ((net.activities.mode[cause] & ScheduleNetwork.MANUAL) != 0 ? "manually scheduled " : "started ")
                                + net.label(cause) + " at " + LocalMinutes.format(e.es[cause]) + " forces negative float on " + count[slot]
                                + " activities, down to " + minutes + " working minutes on " + net.label(w)));
            } else if (cause >= 0) {
                ConstraintType ct = ConstraintType.of(net.activities.constraint[cause]);
                warnings.add(new ScheduleWarning(Kind.NEGATIVE_FLOAT, cause, ct, net.activities.constraintDate[cause], minutes, count[slot], w,
                        ct + " " + LocalMinutes.format(net.activities.constraintDate[cause]) + " on " + net.label(cause) + " forces negative float on "
                                + count[slot] + " activities, down to " + minutes + " working minutes on " + net.label(w)));
            } else {
                warnings.add(new ScheduleWarning(Kind.NEGATIVE_FLOAT, -1, ConstraintType.ASAP, ScheduleNetwork.NO_DATE, minutes,
                        count[slot], w, count[slot] + " activities have negative float, down to " + minutes + " working minutes on "
                                + net.label(w)));
            }
        }
    }
}
