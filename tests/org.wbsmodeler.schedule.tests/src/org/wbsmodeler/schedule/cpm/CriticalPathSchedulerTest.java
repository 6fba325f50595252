package org.wbsmodeler.schedule.cpm;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.cpm.ScheduleExplanation.Cause;
import org.wbsmodeler.schedule.mpxj.MpxjSchedule;

/**
 * Small networks worked out by hand on MS Project's standard calendar (Monday–Friday, 08:00–12:00, 13:00–17:00),
 * starting Monday 2025-03-03 08:00; one day = 480 working minutes. Each is also checked against MPXJ.
 */
public class CriticalPathSchedulerTest {

    private static final int DAY = 480;
    private static final int HOUR = 60;
    private static final long START = at("2025-03-03T08:00");

    private ScheduleNetwork.Builder b = ScheduleNetwork.builder(START, WorkCalendar.standard());
    private ScheduleNetwork network;
    private ScheduleResult r;

    // ---------------------------------------------------------------------------------------------------------------
    // link types, lags and leads

    @Test
    public void finishToStartChain() throws Exception {
        int a = b.addActivity("A", 2 * DAY);
        int x = b.addActivity("B", DAY);
        int c = b.addActivity("C", 3 * DAY);
        b.addLink(a, x, LinkType.FS, 0);
        b.addLink(x, c, LinkType.FS, 0);
        schedule();
        assertDates(a, "2025-03-03T08:00", "2025-03-04T17:00", "2025-03-03T08:00", "2025-03-04T17:00");
        assertDates(x, "2025-03-05T08:00", "2025-03-05T17:00", "2025-03-05T08:00", "2025-03-05T17:00");
        // over the weekend: Thursday, Friday, Monday
        assertDates(c, "2025-03-06T08:00", "2025-03-10T17:00", "2025-03-06T08:00", "2025-03-10T17:00");
        for (int i = 0; i < 3; i++) {
            assertTrue(r.isCritical(i));
            assertEquals(0, r.totalFloat(i));
            assertEquals(0, r.freeFloat(i));
        }
        assertEquals(at("2025-03-10T17:00"), r.projectFinish());
        List<int[]> paths = r.criticalPaths(10);
        assertEquals(1, paths.size());
        assertArrayEquals(new int[] {a, x, c}, paths.get(0));
    }

    @Test
    public void finishToStartLagEndsAtEndOfDayThenStartsNextMorning() throws Exception {
        int a = b.addActivity("A", DAY);
        int x = b.addActivity("B", DAY);
        b.addLink(a, x, LinkType.FS, DAY);
        schedule();
        // Monday 17:00 + 1 day = Tuesday 17:00 (a finish), snapped to Wednesday 08:00 for a start
        assertDates(x, "2025-03-05T08:00", "2025-03-05T17:00", "2025-03-05T08:00", "2025-03-05T17:00");
        assertDates(a, "2025-03-03T08:00", "2025-03-03T17:00", "2025-03-03T08:00", "2025-03-03T17:00");
    }

    @Test
    public void finishToStartLeadOverlaps() throws Exception {
        int a = b.addActivity("A", DAY);
        int x = b.addActivity("B", DAY);
        b.addLink(a, x, LinkType.FS, -4 * HOUR);
        schedule();
        // Monday 17:00 - 4h = Monday 13:00 (lunch is not working time)
        assertDates(x, "2025-03-03T13:00", "2025-03-04T12:00", "2025-03-03T13:00", "2025-03-04T12:00");
        assertDates(a, "2025-03-03T08:00", "2025-03-03T17:00", "2025-03-03T08:00", "2025-03-03T17:00");
    }

    @Test
    public void startToStartWithLag() throws Exception {
        int a = b.addActivity("A", 2 * DAY);
        int x = b.addActivity("B", DAY);
        b.addLink(a, x, LinkType.SS, 2 * HOUR);
        schedule();
        assertDates(x, "2025-03-03T10:00", "2025-03-04T10:00", "2025-03-04T08:00", "2025-03-04T17:00");
        assertEquals(6 * HOUR, r.totalFloat(x)); // Monday 10-12 and 13-17
        assertFalse(r.isCritical(x));
        assertEquals(6 * HOUR, r.freeFloat(x)); // no successor: free up to the project finish
        // A's late finish through SS: B's late start (Tue 08:00) - 2h + 2 days = Wed 15:00, capped by the finish
        assertDates(a, "2025-03-03T08:00", "2025-03-04T17:00", "2025-03-03T08:00", "2025-03-04T17:00");
        assertTrue(r.isCritical(a));
    }

    @Test
    public void finishToFinishWithLag() throws Exception {
        int a = b.addActivity("A", 2 * DAY);
        int x = b.addActivity("B", DAY);
        b.addLink(a, x, LinkType.FF, DAY);
        schedule();
        // B finishes a day after A: Tuesday 17:00 - 1 day + 1 day = Tuesday 17:00 as a start, i.e. Wednesday 08:00
        assertDates(x, "2025-03-05T08:00", "2025-03-05T17:00", "2025-03-05T08:00", "2025-03-05T17:00");
        // A's late finish = B's late finish - 1 day = Wednesday 08:00, moved back to Tuesday 17:00
        assertDates(a, "2025-03-03T08:00", "2025-03-04T17:00", "2025-03-03T08:00", "2025-03-04T17:00");
        assertTrue(r.isCritical(a));
        assertTrue(r.isCritical(x));
    }

    @Test
    public void finishToFinishNeverStartsBeforeTheProject() throws Exception {
        int a = b.addActivity("A", DAY);
        int x = b.addActivity("B", 3 * DAY);
        b.addLink(a, x, LinkType.FF, 0);
        schedule();
        // B would have to start two days before the project to finish with A
        assertEquals(at("2025-03-03T08:00"), r.earlyStart(x));
        assertEquals(at("2025-03-05T17:00"), r.earlyFinish(x));
    }

    @Test
    public void startToFinish() throws Exception {
        int s = b.addActivity("S", 2 * DAY);
        int a = b.addActivity("A", DAY);
        int x = b.addActivity("B", DAY);
        b.addLink(s, a, LinkType.FS, 0);
        b.addLink(a, x, LinkType.SF, 0);
        schedule();
        // B must finish when A starts (Wednesday 08:00): it runs on Tuesday
        assertDates(a, "2025-03-05T08:00", "2025-03-05T17:00", "2025-03-05T08:00", "2025-03-05T17:00");
        assertDates(x, "2025-03-04T08:00", "2025-03-04T17:00", "2025-03-05T08:00", "2025-03-05T17:00");
        assertEquals(DAY, r.totalFloat(x));
        assertFalse(r.isCritical(x));
        assertTrue(r.isCritical(a));
    }

    @Test
    public void startToFinishWithLag() throws Exception {
        int s = b.addActivity("S", 3 * DAY);
        int a = b.addActivity("A", DAY);
        int x = b.addActivity("B", DAY);
        b.addLink(s, a, LinkType.FS, 0);
        b.addLink(a, x, LinkType.SF, -DAY);
        schedule();
        // B finishes a day before A starts (Thursday 08:00): Wednesday 08:00 as a finish is Tuesday 17:00
        assertEquals(at("2025-03-04T08:00"), r.earlyStart(x));
        assertEquals(at("2025-03-04T17:00"), r.earlyFinish(x));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // calendars

    @Test
    public void holidaysAreSkipped() throws Exception {
        b = ScheduleNetwork.builder(START, WorkCalendar.builder("Holiday on Wednesday")
                .exception(LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 5), false).build());
        int a = b.addActivity("A", 3 * DAY);
        int x = b.addActivity("B", DAY);
        b.addLink(a, x, LinkType.FS, 0);
        schedule();
        assertDates(a, "2025-03-03T08:00", "2025-03-06T17:00", "2025-03-03T08:00", "2025-03-06T17:00");
        assertDates(x, "2025-03-07T08:00", "2025-03-07T17:00", "2025-03-07T08:00", "2025-03-07T17:00");
    }

    @Test
    public void workingSaturdayAndLagOnTheSuccessorsCalendar() throws Exception {
        WorkCalendar sixDay = WorkCalendar.builder("Works Saturday 8th")
                .exception(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 8), true).build();
        b = ScheduleNetwork.builder(START, WorkCalendar.standard(), sixDay);
        int a = b.addActivity("A", 4 * DAY);
        int x = b.addActivity("B", DAY);
        b.calendar(x, 1);
        b.addLink(a, x, LinkType.FS, DAY); // the lag runs on B's calendar: Thursday 17:00 + 1 day = Friday 17:00
        int y = b.addActivity("C", DAY);
        b.addLink(a, y, LinkType.FS, DAY);
        schedule();
        assertEquals(at("2025-03-08T08:00"), r.earlyStart(x)); // B works the Saturday
        assertEquals(at("2025-03-08T17:00"), r.earlyFinish(x));
        assertEquals(at("2025-03-10T08:00"), r.earlyStart(y)); // C does not
    }

    // ---------------------------------------------------------------------------------------------------------------
    // constraints

    @Test
    public void startNoEarlierThan() throws Exception {
        int x = b.addActivity("X", DAY);
        int a = b.addActivity("A", DAY);
        b.addLink(x, a, LinkType.FS, 0);
        b.constraint(a, ConstraintType.SNET, at("2025-03-05T10:00"));
        int alone = b.addActivity("Alone", DAY);
        b.constraint(alone, ConstraintType.SNET, at("2025-03-08T10:00")); // a Saturday: snapped to Monday
        schedule();
        assertEquals(at("2025-03-05T10:00"), r.earlyStart(a));
        assertEquals(at("2025-03-06T10:00"), r.earlyFinish(a));
        assertEquals(at("2025-03-10T08:00"), r.earlyStart(alone));
        assertTrue(r.warnings().isEmpty());
        assertEquals(Cause.CONSTRAINT, r.explain(a).drivingChain().get(0).cause());
    }

    @Test
    public void startNoLaterThanOverridesLogicAndForcesNegativeFloat() throws Exception {
        int x = b.addActivity("X", 2 * DAY);
        int a = b.addActivity("A", DAY);
        b.addLink(x, a, LinkType.FS, 0);
        b.constraint(a, ConstraintType.SNLT, at("2025-03-04T08:00"));
        schedule();
        assertDates(a, "2025-03-04T08:00", "2025-03-04T17:00", "2025-03-04T08:00", "2025-03-04T17:00");
        // X must finish by Monday 17:00 for A to start on Tuesday: it is a day late
        assertDates(x, "2025-03-03T08:00", "2025-03-04T17:00", "2025-02-28T08:00", "2025-03-03T17:00");
        assertEquals(-DAY, r.totalFloat(x));
        assertTrue(r.isCritical(x));
        List<ScheduleWarning> warnings = r.warnings();
        assertEquals(2, warnings.size());
        ScheduleWarning conflict = warnings.get(0);
        assertEquals(ScheduleWarning.Kind.CONSTRAINT_CONFLICT, conflict.kind());
        assertEquals(a, conflict.activity());
        assertEquals(DAY, conflict.minutes());
        ScheduleWarning negative = warnings.get(1);
        assertEquals(ScheduleWarning.Kind.NEGATIVE_FLOAT, negative.kind());
        assertEquals(a, negative.activity());
        assertEquals(ConstraintType.SNLT, negative.constraint());
        assertEquals(-DAY, negative.minutes());
        assertEquals(1, negative.affected());
        assertEquals(x, negative.worstActivity());
    }

    @Test
    public void finishNoEarlierThan() throws Exception {
        int a = b.addActivity("A", DAY);
        b.constraint(a, ConstraintType.FNET, at("2025-03-06T17:00"));
        int x = b.addActivity("B", DAY);
        int y = b.addActivity("C", DAY);
        b.addLink(x, y, LinkType.FS, 0);
        b.constraint(y, ConstraintType.FNET, at("2025-03-05T12:00"));
        schedule();
        assertDates(a, "2025-03-06T08:00", "2025-03-06T17:00", "2025-03-06T08:00", "2025-03-06T17:00");
        assertEquals(at("2025-03-04T13:00"), r.earlyStart(y)); // one day before Wednesday 12:00, later than Tuesday 08:00
        assertEquals(at("2025-03-05T12:00"), r.earlyFinish(y));
    }

    @Test
    public void finishNoLaterThanPullsTheActivityEarlier() throws Exception {
        int x = b.addActivity("X", 2 * DAY);
        int a = b.addActivity("A", DAY);
        b.addLink(x, a, LinkType.FS, 0);
        b.constraint(a, ConstraintType.FNLT, at("2025-03-05T12:00"));
        schedule();
        // a day back from Wednesday 12:00 is Tuesday 13:00 (backwards, work ends at the start of a working minute)
        assertDates(a, "2025-03-04T13:00", "2025-03-05T12:00", "2025-03-04T13:00", "2025-03-05T12:00");
        assertEquals(4 * HOUR, r.warnings().get(0).minutes()); // Tuesday 13:00 instead of Wednesday 08:00
        assertEquals(-4 * HOUR, r.totalFloat(x));
    }

    @Test
    public void mustStartOnAndMustFinishOn() throws Exception {
        int a = b.addActivity("A", DAY);
        b.constraint(a, ConstraintType.MSO, at("2025-03-06T13:00"));
        int x = b.addActivity("B", DAY);
        b.constraint(x, ConstraintType.MFO, at("2025-03-07T17:00"));
        schedule();
        assertDates(a, "2025-03-06T13:00", "2025-03-07T12:00", "2025-03-06T13:00", "2025-03-07T12:00");
        assertDates(x, "2025-03-07T08:00", "2025-03-07T17:00", "2025-03-07T08:00", "2025-03-07T17:00");
        assertTrue(r.isCritical(a));
        assertTrue(r.isCritical(x));
        assertEquals(Cause.CONSTRAINT, r.explain(a).drivingChain().get(0).cause());
    }

    @Test
    public void asLateAsPossibleHandsItsLateDatesToItsSuccessors() throws Exception {
        int s = b.addActivity("S", DAY);
        int l = b.addActivity("Long", 3 * DAY);
        int y = b.addActivity("Late", DAY);
        int m = b.addActivity("After late", DAY);
        b.addLink(s, l, LinkType.FS, 0);
        b.addLink(s, y, LinkType.FS, 0);
        b.addLink(y, m, LinkType.FS, 0);
        b.constraint(y, ConstraintType.ALAP, 0);
        schedule();
        // Late keeps its early dates but is planned on its late ones; its successor follows the late ones
        assertDates(y, "2025-03-04T08:00", "2025-03-04T17:00", "2025-03-05T08:00", "2025-03-05T17:00");
        assertEquals(at("2025-03-05T08:00"), r.start(y));
        assertEquals(at("2025-03-05T17:00"), r.finish(y));
        assertDates(m, "2025-03-06T08:00", "2025-03-06T17:00", "2025-03-06T08:00", "2025-03-06T17:00");
        assertTrue(r.isCritical(m));
        assertEquals(DAY, r.totalFloat(y));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // milestones, floats, cycles, explanations

    @Test
    public void milestoneSitsAtTheEndOfTheDay() throws Exception {
        int a = b.addActivity("A", DAY);
        int ms = b.addActivity("Done", 0);
        b.milestone(ms, true);
        int zero = b.addActivity("Zero, no milestone flag", 0);
        b.addLink(a, ms, LinkType.FS, 0);
        b.addLink(a, zero, LinkType.FS, 0);
        schedule();
        assertEquals(at("2025-03-03T17:00"), r.earlyStart(ms));
        assertEquals(at("2025-03-03T17:00"), r.earlyFinish(ms));
        assertEquals(at("2025-03-04T08:00"), r.earlyStart(zero));
        assertEquals(at("2025-03-03T17:00"), r.lateFinish(zero)); // late dates prefer the previous evening
        assertTrue(r.isCritical(ms));
    }

    @Test
    public void freeFloatIsWhatASuccessorLeaves() throws Exception {
        int a = b.addActivity("A", DAY);
        int x = b.addActivity("B", DAY);
        int c = b.addActivity("C", 3 * DAY);
        int e = b.addActivity("E", DAY);
        int loose = b.addActivity("Loose end", DAY);
        b.addLink(a, x, LinkType.FS, 0);
        b.addLink(x, e, LinkType.FS, 0);
        b.addLink(c, e, LinkType.FS, 0);
        schedule();
        assertEquals(DAY, r.totalFloat(a));
        assertEquals(0, r.freeFloat(a)); // B starts right after it
        assertEquals(DAY, r.totalFloat(x));
        assertEquals(DAY, r.freeFloat(x)); // E waits for C until Thursday
        assertEquals(3 * DAY, r.freeFloat(loose)); // up to the project finish (Thursday 17:00)
        assertTrue(r.isCritical(c));
        assertTrue(r.isCritical(e));

        ScheduleExplanation why = r.explain(x);
        assertEquals(2, why.drivingChain().size());
        assertEquals(a, why.drivingChain().get(0).other());
        assertEquals(LinkType.FS, why.drivingChain().get(0).type());
        assertEquals(Cause.PROJECT_START, why.drivingChain().get(1).cause());
        assertEquals(e, why.consumingSuccessor());
        assertTrue(why.text(), why.text().contains("E (critical)"));

        ScheduleExplanation critical = r.explain(e);
        assertEquals(c, critical.drivingChain().get(0).other()); // E waits for C, not B
        assertTrue(critical.floatChain().isEmpty());
    }

    @Test
    public void cycleIsReportedInOrderBeforeAnythingIsComputed() {
        int a = b.addActivity("A", DAY);
        int x = b.addActivity("B", DAY);
        int c = b.addActivity("C", DAY);
        int d = b.addActivity("D", DAY);
        b.addLink(a, x, LinkType.FS, 0);
        b.addLink(x, c, LinkType.SS, 0);
        b.addLink(c, d, LinkType.FF, 0);
        b.addLink(d, x, LinkType.FS, 0);
        try {
            new CriticalPathScheduler().schedule(b.build());
            fail("cycle not detected");
        } catch (ScheduleCycleException e) {
            assertArrayEquals(new int[] {x, c, d}, e.cycle());
            assertEquals("dependency cycle: B -> C -> D -> B", e.getMessage());
        }
    }

    @Test
    public void selfLinkIsACycle() {
        int a = b.addActivity("A", DAY);
        b.addLink(a, a, LinkType.FS, 0);
        try {
            new CriticalPathScheduler().schedule(b.build());
            fail("cycle not detected");
        } catch (ScheduleCycleException e) {
            assertArrayEquals(new int[] {a}, e.cycle());
        }
    }

    @Test
    public void parallelCriticalPaths() throws Exception {
        int s = b.addActivity("S", DAY);
        int p1 = b.addActivity("P1", 2 * DAY);
        int p2 = b.addActivity("P2", 2 * DAY);
        int shortOne = b.addActivity("Short", DAY);
        int f = b.addActivity("F", DAY);
        b.addLink(s, p1, LinkType.FS, 0);
        b.addLink(s, p2, LinkType.FS, 0);
        b.addLink(s, shortOne, LinkType.FS, 0);
        b.addLink(p1, f, LinkType.FS, 0);
        b.addLink(p2, f, LinkType.FS, 0);
        b.addLink(shortOne, f, LinkType.FS, 0);
        schedule();
        List<int[]> paths = r.criticalPaths(10);
        assertEquals(2, paths.size());
        assertArrayEquals(new int[] {s, p1, f}, paths.get(0));
        assertArrayEquals(new int[] {s, p2, f}, paths.get(1));
        assertFalse(r.isCritical(shortOne));
        assertEquals(1, r.criticalPaths(1).size());
    }

    @Test
    public void emptyNetwork() throws Exception {
        schedule();
        assertEquals(START, r.projectFinish());
        assertTrue(r.warnings().isEmpty());
        assertTrue(r.criticalPaths(5).isEmpty());
        assertNull(null);
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void schedule() throws Exception {
        network = b.build();
        r = new CriticalPathScheduler().schedule(network);
        MpxjSchedule reference = MpxjSchedule.of(network);
        reference.schedule();
        org.wbsmodeler.schedule.mpxj.MicrosoftSchedulerComparisonTest.compare("hand-checked network", network, reference, r);
    }

    private void assertDates(int activity, String es, String ef, String ls, String lf) {
        String name = network.label(activity);
        assertEquals(name + " early start", es, LocalMinutes.format(r.earlyStart(activity)));
        assertEquals(name + " early finish", ef, LocalMinutes.format(r.earlyFinish(activity)));
        assertEquals(name + " late start", ls, LocalMinutes.format(r.lateStart(activity)));
        assertEquals(name + " late finish", lf, LocalMinutes.format(r.lateFinish(activity)));
    }

    private static long at(String isoDateTime) {
        return LocalMinutes.of(LocalDateTime.parse(isoDateTime));
    }
}
