package org.wbsmodeler.schedule.bench;

import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.schedule.mpxj.MpxjSchedule;

/**
 * The benchmark's only door to MPXJ: loaded (and MPXJ with it) only when a reference run is asked for, so the
 * benchmark runs with {@code --no-mpxj} on a class path without MPXJ.
 */
final class MpxjRun {

    private MpxjRun() {
    }

    /** Converts (untimed), then times MicrosoftScheduler plus reading every critical flag (MPXJ computes slack then). */
    static double timeMillis(ScheduleNetwork network) throws Exception {
        MpxjSchedule reference = MpxjSchedule.of(network);
        long t0 = System.nanoTime();
        reference.schedule();
        int critical = 0;
        for (int i = 0; i < network.activityCount(); i++) {
            if (reference.isCritical(i)) {
                critical++;
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        return critical >= 0 ? ms : -1;
    }

    /** Activities whose early/late dates, total float or critical flag differ from MPXJ's. */
    static int differences(ScheduleNetwork network, ScheduleResult ours) throws Exception {
        MpxjSchedule reference = MpxjSchedule.of(network);
        reference.schedule();
        int differences = 0;
        for (int i = 0; i < network.activityCount(); i++) {
            if (reference.earlyStart(i) != ours.earlyStart(i) || reference.earlyFinish(i) != ours.earlyFinish(i)
                    || reference.lateStart(i) != ours.lateStart(i) || reference.lateFinish(i) != ours.lateFinish(i)
                    || reference.totalSlack(i) != ours.totalFloat(i) || reference.isCritical(i) != ours.isCritical(i)) {
                differences++;
            }
        }
        return differences;
    }
}
