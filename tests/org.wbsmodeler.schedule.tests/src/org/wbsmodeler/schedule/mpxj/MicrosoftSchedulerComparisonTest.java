package org.wbsmodeler.schedule.mpxj;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Random;

import org.junit.Test;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.cpm.CriticalPathScheduler;
import org.wbsmodeler.schedule.cpm.RandomNetworks;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.testing.TimeZones;

/**
 * The property that defines the engine: on random networks (all four link types, lags and leads, several calendars
 * with holidays, every constraint, milestones) our early and late dates, total float and critical flags are exactly
 * MPXJ's MicrosoftScheduler's.
 */
public class MicrosoftSchedulerComparisonTest {

    static final int NETWORKS = 1500;

    @Test
    public void identicalToMicrosoftSchedulerOnRandomNetworks() throws Exception {
        Random random = new Random(20250301);
        int activities = 0;
        int links = 0;
        for (int k = 0; k < NETWORKS; k++) {
            ScheduleNetwork network = RandomNetworks.generate(random, k < NETWORKS / 2 ? 12 : 40);
            activities += network.activityCount();
            links += network.liveLinkCount();
            MpxjSchedule reference = MpxjSchedule.of(network);
            reference.schedule();
            ScheduleResult ours = new CriticalPathScheduler().schedule(network);
            compare("network " + k, network, reference, ours);
        }
        System.out.println("compared " + NETWORKS + " random networks, " + activities + " activities, " + links
                + " links: identical early/late dates, scheduled dates, total float and critical flags");
    }

    /**
     * The same with MS Project's own rules in the networks: manually scheduled tasks, elapsed durations and lags,
     * tasks on their resources' calendars (a 100 % work resource in MPXJ), started and finished tasks.
     */
    @Test
    public void identicalToMicrosoftSchedulerWithManualElapsedResourceCalendarsAndProgress() throws Exception {
        Random random = new Random(20261129);
        int manual = 0;
        int started = 0;
        int resource = 0;
        for (int k = 0; k < NETWORKS; k++) {
            ScheduleNetwork network = RandomNetworks.generate(random, k < NETWORKS / 2 ? 12 : 40, true);
            for (int i = 0; i < network.activityCount(); i++) {
                manual += network.isManual(i) ? 1 : 0;
                started += network.isStarted(i) ? 1 : 0;
                resource += (network.mode(i) & ScheduleNetwork.RESOURCE_CALENDAR) != 0 ? 1 : 0;
            }
            MpxjSchedule reference = MpxjSchedule.of(network);
            reference.schedule();
            ScheduleResult ours = new CriticalPathScheduler().schedule(network);
            compare("network " + k, network, reference, ours);
        }
        assertTrue(manual > 1000 && started > 1000 && resource > 1000);
        System.out.println("compared " + NETWORKS + " random networks with " + manual + " manual, " + started
                + " started and " + resource + " resource-calendar tasks: identical");
    }

    /**
     * The benchmark's network with {@code --features} (manual, started, finished, resource-calendar tasks, elapsed
     * lags in the shares the benchmark uses) schedules as MicrosoftScheduler does, and has those shares.
     */
    @Test
    public void benchmarkNetworkWithFeaturesIsIdenticalToMicrosoftScheduler() throws Exception {
        ScheduleNetwork network = org.wbsmodeler.schedule.bench.BenchmarkNetworks.generate(3000, 9000, 5, true);
        int n = network.activityCount();
        int manual = 0;
        int started = 0;
        int resource = 0;
        for (int i = 0; i < n; i++) {
            manual += network.isManual(i) ? 1 : 0;
            started += network.isStarted(i) ? 1 : 0;
            resource += (network.mode(i) & ScheduleNetwork.RESOURCE_CALENDAR) != 0 ? 1 : 0;
        }
        int elapsed = 0;
        for (int l = 0; l < network.linkCount(); l++) {
            elapsed += network.isLinkElapsed(l) ? 1 : 0;
        }
        assertTrue("manual " + manual, manual > n * 0.08 && manual < n * 0.12);
        assertTrue("started " + started, started > n * 0.27 && started < n * 0.33);
        assertTrue("resource calendars " + resource, resource > n * 0.15 && resource < n * 0.21);
        assertTrue("elapsed lags " + elapsed, elapsed > 9000 * 0.08 && elapsed < 9000 * 0.12);
        MpxjSchedule reference = MpxjSchedule.of(network);
        reference.schedule();
        compare("benchmark network with features", network, reference, new CriticalPathScheduler().schedule(network));
    }

    /**
     * The comparison again with each test zone as the machine's: MPXJ and we agree in every zone, and our dates are
     * the same in all of them. The networks run from January to November 2025, across both clock changes of
     * St John's and Berlin, with periods at any minute of any weekday, so work falls into skipped and repeated hours.
     */
    @Test
    public void identicalToMicrosoftSchedulerInEveryZone() throws Exception {
        String dates = TimeZones.sameInEveryZone(() -> {
            Random random = new Random(20271031);
            StringBuilder all = new StringBuilder();
            for (int k = 0; k < NETWORKS / 5; k++) {
                ScheduleNetwork network = RandomNetworks.generate(random, 30);
                MpxjSchedule reference = MpxjSchedule.of(network);
                reference.schedule();
                ScheduleResult ours = new CriticalPathScheduler().schedule(network);
                compare("network " + k, network, reference, ours);
                for (int i = 0; i < network.activityCount(); i++) {
                    all.append(LocalMinutes.format(ours.earlyStart(i))).append(' ').append(LocalMinutes.format(ours.lateFinish(i))).append('\n');
                }
            }
            return all.toString();
        });
        assertTrue(dates.length() > 1000);
    }

    /** Fails with the whole network described, so that a difference can be reproduced by hand. */
    public static void compare(String name, ScheduleNetwork network, MpxjSchedule reference, ScheduleResult ours) {
        for (int i = 0; i < network.activityCount(); i++) {
            try {
                assertEquals("early start", LocalMinutes.format(reference.earlyStart(i)), LocalMinutes.format(ours.earlyStart(i)));
                assertEquals("early finish", LocalMinutes.format(reference.earlyFinish(i)), LocalMinutes.format(ours.earlyFinish(i)));
                assertEquals("late start", LocalMinutes.format(reference.lateStart(i)), LocalMinutes.format(ours.lateStart(i)));
                assertEquals("late finish", LocalMinutes.format(reference.lateFinish(i)), LocalMinutes.format(ours.lateFinish(i)));
                assertEquals("start", LocalMinutes.format(reference.start(i)), LocalMinutes.format(ours.start(i)));
                assertEquals("finish", LocalMinutes.format(reference.finish(i)), LocalMinutes.format(ours.finish(i)));
                assertEquals("total float", reference.totalSlack(i), ours.totalFloat(i));
                assertEquals("critical", reference.isCritical(i), ours.isCritical(i));
            } catch (AssertionError e) {
                fail(name + ", activity " + network.label(i) + ": " + e.getMessage() + "\n" + NetworkDump.describe(network));
            }
        }
    }
}
