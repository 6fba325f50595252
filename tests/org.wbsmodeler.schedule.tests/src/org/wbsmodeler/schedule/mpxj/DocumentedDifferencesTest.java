package org.wbsmodeler.schedule.mpxj;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.Test;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.TimeUnit;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.cpm.ConstraintType;
import org.wbsmodeler.schedule.cpm.CriticalPathScheduler;
import org.wbsmodeler.schedule.cpm.LinkType;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.cpm.ScheduleResult;

/**
 * The intentional differences of DIFFERENCES.md, pinned down: what we compute, and what MPXJ 14.3.4 computes
 * instead. If MPXJ fixes one of these, its assertion here fails and the list can shrink.
 */
public class DocumentedDifferencesTest {

    @Test
    public void subtractingWorkFromMidnight() throws Exception {
        WorkCalendar standard = WorkCalendar.standard();
        long tuesdayMidnight = LocalMinutes.of(LocalDate.of(2025, 3, 4));
        ProjectCalendar theirs = MpxjCalendars.toMpxj(new ProjectFile(), standard);

        // one working hour before Tuesday 00:00 is Monday 16:00
        assertEquals("2025-03-03T16:00", LocalMinutes.format(standard.add(tuesdayMidnight, -60)));
        // MPXJ clips the last period of Monday at "midnight" and counts 13:00-24:00 as working
        assertEquals(LocalDateTime.parse("2025-03-03T23:00"),
                theirs.getDate(LocalMinutes.toLocalDateTime(tuesdayMidnight), Duration.getInstance(-60, TimeUnit.MINUTES)));

        // in a schedule: a one-hour task after another that must finish no earlier than Wednesday 00:00
        ScheduleNetwork.Builder b = ScheduleNetwork.builder(LocalMinutes.of(LocalDate.of(2025, 3, 3), 8 * 60), standard);
        int p = b.addActivity("P", 60);
        int a = b.addActivity("A", 60);
        b.addLink(p, a, LinkType.FS, 0);
        b.constraint(a, ConstraintType.FNET, LocalMinutes.of(LocalDate.of(2025, 3, 5)));
        ScheduleNetwork network = b.build();
        ScheduleResult ours = new CriticalPathScheduler().schedule(network);
        MpxjSchedule reference = MpxjSchedule.of(network);
        reference.schedule();
        assertEquals("2025-03-04T16:00", LocalMinutes.format(ours.earlyStart(a)));
        assertEquals("2025-03-04T17:00", LocalMinutes.format(ours.earlyFinish(a)));
        assertEquals("2025-03-04T23:00", LocalMinutes.format(reference.earlyStart(a))); // in the night
        assertEquals("2025-03-05T09:00", LocalMinutes.format(reference.earlyFinish(a)));
    }

    @Test
    public void periodEndingAtMidnight() {
        WorkCalendar evenings = WorkCalendar.builder("Evenings").periods(16 * 60, 24 * 60).build();
        ProjectCalendar theirs = MpxjCalendars.toMpxj(new ProjectFile(), evenings);
        long tuesdayMorning = LocalMinutes.of(LocalDateTime.parse("2025-03-04T10:00"));

        // the previous working period ended at Tuesday 00:00 (Monday 24:00): a late finish moves back there
        assertEquals("2025-03-04T00:00", LocalMinutes.format(evenings.previousWorkFinish(tuesdayMorning)));
        // MPXJ takes a period ending at midnight to have ended at any time of the day, finds "work" between then and
        // the instant, and leaves the finish in non-working time
        LocalDateTime instant = LocalMinutes.toLocalDateTime(tuesdayMorning);
        LocalDateTime previous = theirs.getPreviousWorkFinish(instant);
        LocalDateTime equivalent = theirs.getWork(previous, instant, TimeUnit.HOURS).getDuration() == 0 ? previous : instant;
        assertEquals(LocalDateTime.parse("2025-03-04T10:00"), equivalent);
    }
}
