package org.wbsmodeler.schedule.cpm;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Random;

import org.junit.Test;
import org.wbsmodeler.schedule.calendar.WorkCalendar;

/**
 * Incremental rescheduling must give exactly what a full schedule of the edited network gives: random edits of
 * every kind on random networks, compared array by array after each one.
 */
public class IncrementalSchedulerTest {

    @Test
    public void randomEditsMatchFullSchedules() throws Exception {
        Random random = new Random(7);
        int edits = 0;
        for (int k = 0; k < 300; k++) {
            ScheduleNetwork network = RandomNetworks.generate(random, 60);
            IncrementalScheduler scheduler = new IncrementalScheduler(network);
            for (int e = 0; e < 30; e++) {
                String edit = edit(random, network, scheduler);
                ScheduleResult incremental = scheduler.reschedule();
                ScheduleResult full = new CriticalPathScheduler().schedule(network);
                assertSame("network " + k + " after " + edit, full, incremental);
                edits++;
            }
        }
        assertTrue(edits > 0);
    }

    /**
     * The same with MS Project's own rules: networks with manual, started, finished, elapsed and resource-calendar
     * tasks and elapsed lags, and edits that switch each of them on and off among the usual ones.
     */
    @Test
    public void randomEditsWithManualElapsedResourceCalendarsAndProgressMatchFullSchedules() throws Exception {
        Random random = new Random(1129);
        int featureEdits = 0;
        for (int k = 0; k < 300; k++) {
            ScheduleNetwork network = RandomNetworks.generate(random, 60, true);
            IncrementalScheduler scheduler = new IncrementalScheduler(network);
            for (int e = 0; e < 30; e++) {
                String edit = random.nextBoolean() ? edit(random, network, scheduler) : featureEdit(random, network);
                featureEdits += edit.startsWith("feature") ? 1 : 0;
                ScheduleResult incremental = scheduler.reschedule();
                ScheduleResult full = new CriticalPathScheduler().schedule(network);
                assertSame("network " + k + " after " + edit, full, incremental);
            }
        }
        assertTrue(featureEdits > 3000);
    }

    private static String featureEdit(Random random, ScheduleNetwork network) {
        int a = random.nextInt(network.activityCount());
        long day = network.projectStart() + random.nextInt(20 * 1440);
        WorkCalendar cal = network.calendarOf(a);
        switch (random.nextInt(7)) {
            case 0 -> {
                long start = cal.nextWorkStart(day);
                network.setManual(a, start, cal.add(start, network.duration(a)));
                return "feature: manual " + a;
            }
            case 1 -> {
                network.setAuto(a);
                return "feature: auto " + a;
            }
            case 2 -> {
                int d = network.duration(a);
                network.setProgress(a, day, Long.MIN_VALUE, d == 0 ? 0 : random.nextInt(d + 1));
                return "feature: started " + a;
            }
            case 3 -> {
                network.setProgress(a, day, cal.add(day, network.duration(a)), 0);
                return "feature: finished " + a;
            }
            case 4 -> {
                network.setElapsed(a, !network.isElapsed(a));
                return "feature: elapsed " + a;
            }
            case 5 -> {
                network.setResourceCalendar(a, random.nextInt(3) == 0 ? -1 : random.nextInt(network.calendarCount()));
                return "feature: resource calendar " + a;
            }
            default -> {
                int[] links = network.predecessorLinks(a);
                if (links.length == 0) {
                    return "nothing";
                }
                int l = links[random.nextInt(links.length)];
                network.setLinkElapsed(l, !network.isLinkElapsed(l));
                return "feature: elapsed lag " + l;
            }
        }
    }

    /** The benchmark's shape: index order is topological, so the first backward link exercises the order repair. */
    @Test
    public void randomEditsOnABenchmarkNetwork() throws Exception {
        ScheduleNetwork network = org.wbsmodeler.schedule.bench.BenchmarkNetworks.generate(3000, 9000, 5);
        IncrementalScheduler scheduler = new IncrementalScheduler(network);
        Random random = new Random(11);
        for (int e = 0; e < 300; e++) {
            String edit = edit(random, network, scheduler);
            ScheduleResult incremental = scheduler.reschedule();
            assertSame("benchmark network after " + edit, new CriticalPathScheduler().schedule(network), incremental);
        }
    }

    /** The benchmark's network with its features: the usual edits and the features' own, against full schedules. */
    @Test
    public void randomEditsOnABenchmarkNetworkWithFeatures() throws Exception {
        ScheduleNetwork network = org.wbsmodeler.schedule.bench.BenchmarkNetworks.generate(3000, 9000, 5, true);
        IncrementalScheduler scheduler = new IncrementalScheduler(network);
        Random random = new Random(13);
        for (int e = 0; e < 300; e++) {
            String edit = random.nextBoolean() ? edit(random, network, scheduler) : featureEdit(random, network);
            ScheduleResult incremental = scheduler.reschedule();
            assertSame("benchmark network after " + edit, new CriticalPathScheduler().schedule(network), incremental);
        }
    }

    private static String edit(Random random, ScheduleNetwork network, IncrementalScheduler scheduler) {
        int n = network.activityCount();
        int a = random.nextInt(n);
        switch (random.nextInt(9)) {
            case 0, 1, 2 -> {
                int d = random.nextInt(5) == 0 ? 0 : random.nextInt(3000);
                network.setDuration(a, d);
                return "duration " + a + " = " + d;
            }
            case 3 -> {
                ConstraintType type = ConstraintType.of(random.nextInt(8));
                long date = network.projectStart() + random.nextInt(40 * 1440) + 1;
                if (date % 1440 == 0) {
                    date++;
                }
                network.setConstraint(a, type, date);
                return "constraint " + a + " = " + type;
            }
            case 4 -> {
                int[] links = network.predecessorLinks(a);
                if (links.length > 0) {
                    int l = links[random.nextInt(links.length)];
                    network.setLinkLag(l, random.nextInt(2000) - 1000);
                    return "lag of " + l;
                }
                return "nothing";
            }
            case 5 -> {
                int[] links = network.successorLinks(a);
                if (links.length > 0) {
                    int l = links[random.nextInt(links.length)];
                    network.setLinkType(l, LinkType.of(random.nextInt(4)));
                    return "type of " + l;
                }
                return "nothing";
            }
            case 6 -> {
                int b = random.nextInt(n);
                try {
                    scheduler.addLink(a, b, LinkType.of(random.nextInt(4)), random.nextInt(960) - 480);
                    return "add link " + a + " -> " + b;
                } catch (ScheduleCycleException expected) {
                    return "refused link " + a + " -> " + b;
                }
            }
            case 7 -> {
                int[] links = network.predecessorLinks(a);
                if (links.length > 0) {
                    network.removeLink(links[0]);
                    return "remove link " + links[0];
                }
                return "nothing";
            }
            default -> {
                if (random.nextBoolean()) {
                    network.setCalendar(a, random.nextInt(network.calendarCount()));
                    return "calendar of " + a;
                }
                network.setMilestone(a, !network.isMilestone(a));
                return "milestone flag of " + a;
            }
        }
    }

    static void assertSame(String what, ScheduleResult expected, ScheduleResult actual) {
        assertArrayEquals(what + ": early starts", expected.earlyStarts(), actual.earlyStarts());
        assertArrayEquals(what + ": early finishes", expected.earlyFinishes(), actual.earlyFinishes());
        assertArrayEquals(what + ": late starts", expected.lateStarts(), actual.lateStarts());
        assertArrayEquals(what + ": late finishes", expected.lateFinishes(), actual.lateFinishes());
        assertArrayEquals(what + ": total floats", expected.totalFloats(), actual.totalFloats());
        assertArrayEquals(what + ": free floats", expected.freeFloats(), actual.freeFloats());
        assertArrayEquals(what + ": critical", expected.criticalFlags(), actual.criticalFlags());
        assertEquals(what + ": project finish", expected.projectFinish(), actual.projectFinish());
    }

    @Test
    public void cycleFromADirectNetworkEditLeavesTheResultAlone() throws Exception {
        ScheduleNetwork.Builder b = ScheduleNetwork.builder(0, WorkCalendar.standard());
        int x = b.addActivity("x", 480);
        int y = b.addActivity("y", 480);
        int z = b.addActivity("z", 480);
        b.addLink(x, y, LinkType.FS, 0);
        b.addLink(y, z, LinkType.FS, 0);
        ScheduleNetwork network = b.build();
        IncrementalScheduler scheduler = new IncrementalScheduler(network);
        long[] before = scheduler.result().earlyStarts().clone();
        try {
            scheduler.addLink(z, x, LinkType.FS, 0);
            fail("cycle accepted");
        } catch (ScheduleCycleException e) {
            assertArrayEquals(new int[] {x, y, z}, e.cycle());
        }
        int bad = network.addLink(z, x, LinkType.SS, 0); // behind the scheduler's back
        network.setDuration(y, 960);
        try {
            scheduler.reschedule();
            fail("cycle accepted");
        } catch (ScheduleCycleException e) {
            assertArrayEquals(new int[] {x, y, z}, e.cycle());
        }
        assertArrayEquals(before, scheduler.result().earlyStarts());
        network.removeLink(bad);
        ScheduleResult result = scheduler.reschedule();
        WorkCalendar cal = network.calendarOf(z);
        assertEquals(cal.nextWorkStart(result.earlyFinish(y)), result.earlyStart(z));
        assertEquals(960, cal.workBetween(result.earlyStart(y), result.earlyFinish(y)));
    }
}
