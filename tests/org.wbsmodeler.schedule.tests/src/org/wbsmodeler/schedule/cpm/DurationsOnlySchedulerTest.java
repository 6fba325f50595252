package org.wbsmodeler.schedule.cpm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.Test;

/**
 * The durations-only path (what a Monte Carlo risk analysis reschedules with) must give exactly a full schedule's
 * dates, total floats and critical flags: random networks with several calendars (holidays, working exceptions),
 * all four link types with lags and leads, every constraint type (ALAP included), milestones, and MS Project's
 * own rules (manual, started and finished tasks, elapsed durations and lags, resource calendars), rescheduled
 * again and again with most durations redrawn each time, and compared with a fresh full schedule each time.
 */
public class DurationsOnlySchedulerTest {

    @Test
    public void redrawnDurationsGiveAFullSchedulesDatesAndFloats() throws Exception {
        Random random = new Random(2411);
        int compared = 0;
        int critical = 0;
        for (int k = 0; k < 300; k++) {
            ScheduleNetwork network = RandomNetworks.generate(random, 60, k % 3 != 0);
            DurationsOnlyScheduler scheduler = new DurationsOnlyScheduler(network);
            int[] base = new int[network.activityCount()];
            for (int a = 0; a < base.length; a++) {
                base[a] = network.duration(a);
            }
            for (int round = 0; round < 8; round++) {
                for (int a = 0; a < base.length; a++) {
                    if (random.nextInt(10) < 8) {
                        // between half and twice the plan's duration, as a wide three-point range draws them
                        int d = base[a] == 0 ? 0 : Math.max(1, (int) (base[a] * (0.5 + 1.5 * random.nextDouble())));
                        if (network.isStarted(a) || network.isManual(a)) {
                            network.setDuration(a, d); // through the network, journaled: both ways must work
                        } else {
                            scheduler.setDuration(a, d);
                        }
                    }
                }
                ScheduleResult fast = scheduler.reschedule();
                ScheduleResult full = new CriticalPathScheduler().schedule(network);
                String what = "network " + k + " round " + round;
                assertEquals(what + ": project finish", full.projectFinish(), fast.projectFinish());
                for (int a = 0; a < base.length; a++) {
                    String at = what + " activity " + a;
                    assertEquals(at + ": early start", full.earlyStart(a), fast.earlyStart(a));
                    assertEquals(at + ": early finish", full.earlyFinish(a), fast.earlyFinish(a));
                    assertEquals(at + ": late start", full.lateStart(a), fast.lateStart(a));
                    assertEquals(at + ": late finish", full.lateFinish(a), fast.lateFinish(a));
                    assertEquals(at + ": start", full.start(a), fast.start(a));
                    assertEquals(at + ": finish", full.finish(a), fast.finish(a));
                    assertEquals(at + ": total float", full.totalFloat(a), fast.totalFloat(a));
                    assertEquals(at + ": critical", full.isCritical(a), fast.isCritical(a));
                    critical += fast.isCritical(a) ? 1 : 0;
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000);
        assertTrue("some activities are critical and some not", critical > 100 && critical < compared - 100);
    }

    /** Free float is left out on this path: reading it is refused rather than answered with the first schedule's. */
    @Test
    public void freeFloatIsRefusedAfterADurationsOnlyReschedule() throws Exception {
        ScheduleNetwork.Builder b = ScheduleNetwork.builder(0, org.wbsmodeler.schedule.calendar.WorkCalendar.standard());
        int x = b.addActivity("x", 480);
        int y = b.addActivity("y", 960);
        int z = b.addActivity("z", 480);
        b.addLink(x, z, LinkType.FS, 0);
        b.addLink(y, z, LinkType.FS, 0);
        DurationsOnlyScheduler scheduler = new DurationsOnlyScheduler(b.build());
        assertEquals(480, scheduler.result().freeFloat(x)); // the first schedule is a full one
        scheduler.setDuration(x, 240);
        ScheduleResult result = scheduler.reschedule();
        assertEquals(720, result.totalFloat(x));
        try {
            result.freeFloat(x);
            org.junit.Assert.fail("free float is not computed on this path");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("durations-only"));
        }
    }

    /** A link added on the network needs a new order: the next reschedule is a full one, and still exact. */
    @Test
    public void aLinkAddedOnTheNetworkIsScheduledTooAndACycleIsRefused() throws Exception {
        ScheduleNetwork.Builder b = ScheduleNetwork.builder(0, org.wbsmodeler.schedule.calendar.WorkCalendar.standard());
        int x = b.addActivity("x", 480);
        int y = b.addActivity("y", 960);
        int z = b.addActivity("z", 480);
        b.addLink(y, z, LinkType.FS, 0);
        ScheduleNetwork network = b.build();
        DurationsOnlyScheduler scheduler = new DurationsOnlyScheduler(network);
        network.addLink(z, x, LinkType.FS, 0); // against the index order: the old order no longer holds
        scheduler.setDuration(y, 480);
        ScheduleResult fast = scheduler.reschedule();
        ScheduleResult full = new CriticalPathScheduler().schedule(network);
        assertEquals(full.earlyStart(x), fast.earlyStart(x));
        assertEquals(full.projectFinish(), fast.projectFinish());
        assertTrue(fast.earlyStart(x) > fast.earlyStart(z));
        network.addLink(x, y, LinkType.FS, 0);
        try {
            scheduler.reschedule();
            org.junit.Assert.fail("y -> z -> x -> y is a cycle");
        } catch (ScheduleCycleException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("x"));
        }
    }

    /**
     * Most dates of a durations-only reschedule are made from working clocks only when read: reading none of a
     * round, then everything through the arrays (or only some activities), still gives the full schedule's dates.
     */
    @Test
    public void datesReadLateOrNotAtAllAreStillExact() throws Exception {
        Random random = new Random(2412);
        for (int k = 0; k < 60; k++) {
            ScheduleNetwork network = RandomNetworks.generate(random, 80, k % 2 == 0);
            DurationsOnlyScheduler scheduler = new DurationsOnlyScheduler(network);
            int n = network.activityCount();
            int[] base = new int[n];
            for (int a = 0; a < n; a++) {
                base[a] = network.duration(a);
            }
            for (int round = 0; round < 6; round++) {
                for (int a = 0; a < n; a++) {
                    int d = base[a] == 0 ? 0 : Math.max(1, (int) (base[a] * (0.5 + 1.5 * random.nextDouble())));
                    if (network.isStarted(a) || network.isManual(a)) {
                        network.setDuration(a, d);
                    } else {
                        scheduler.setDuration(a, d);
                    }
                }
                ScheduleResult fast = scheduler.reschedule();
                if (round % 3 == 0) {
                    continue; // nothing read: the next round's dates must not be this one's
                }
                ScheduleResult full = new CriticalPathScheduler().schedule(network);
                String what = "network " + k + " round " + round;
                if (round % 3 == 1) {
                    int a = random.nextInt(n); // one activity alone, then the rest through the arrays
                    assertEquals(what + ": finish of " + a, full.finish(a), fast.finish(a));
                    assertEquals(what + ": late start of " + a, full.lateStart(a), fast.lateStart(a));
                }
                assertEquals(what + ": early starts", Arrays.toString(full.earlyStarts()), Arrays.toString(fast.earlyStarts()));
                assertEquals(what + ": early finishes", Arrays.toString(full.earlyFinishes()), Arrays.toString(fast.earlyFinishes()));
                assertEquals(what + ": late starts", Arrays.toString(full.lateStarts()), Arrays.toString(fast.lateStarts()));
                assertEquals(what + ": late finishes", Arrays.toString(full.lateFinishes()), Arrays.toString(fast.lateFinishes()));
                assertEquals(what + ": total floats", Arrays.toString(full.totalFloats()), Arrays.toString(fast.totalFloats()));
            }
        }
    }
}
