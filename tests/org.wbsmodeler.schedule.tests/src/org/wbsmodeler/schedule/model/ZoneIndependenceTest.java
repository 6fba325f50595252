package org.wbsmodeler.schedule.model;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.mpxj.MicrosoftSchedulerComparisonTest;
import org.wbsmodeler.schedule.mpxj.MpxjSchedule;
import org.wbsmodeler.testing.TimeZones;

/**
 * A night-shift plan that works through the hours clocks skip and repeat: 02:00–03:00 on 2027-03-14 and 2027-11-07
 * in St John's, on 2027-03-28 and 2027-10-31 in Berlin. Whatever zone the machine is in, the model's dates are the
 * hours as planned, equal to MPXJ's, and saved the same.
 */
public class ZoneIndependenceTest {

	private static LocalDateTime at(int month, int day, int hour, int minute) {
		return LocalDateTime.of(2027, month, day, hour, minute);
	}

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("Night shifts", LocalDate.of(2027, 3, 13));
	private final Deliverable deliverable = build.deliverable(build.phase(project, "Phase", null), "D", null);
	/** 1 day = 6 hours: Saturday 20:00–23:00 and Sunday 01:00–04:00, through St John's skipped hour. */
	private final Activity first = build.activity(deliverable, "First night", 1, 6);
	private final Activity after = build.activity(deliverable, "After the first", 0.5, 3);
	private final Activity berlinSpring = constrained("Berlin spring", 0.25, at(3, 28, 2, 30));
	private final Activity berlinAutumn = constrained("Berlin autumn", 1, at(10, 31, 2, 30));
	private final Activity stJohnsAutumn = constrained("St John's autumn", 0.5, at(11, 7, 1, 30));

	{
		Calendar nights = project.getDefaultCalendar();
		nights.getWorkingDays().add(Weekday.SATURDAY);
		nights.getWorkingDays().add(Weekday.SUNDAY);
		nights.getPeriods().clear();
		nights.getPeriods().add(build.period(60, 4 * 60));
		nights.getPeriods().add(build.period(20 * 60, 23 * 60));
		project.setStart(at(3, 13, 20, 0));
		build.link(first, after);
		for (Activity a : new Activity[] { berlinSpring, berlinAutumn, stJohnsAutumn }) {
			build.link(after, a);
		}
	}

	private Activity constrained(String name, double days, LocalDateTime notEarlierThan) {
		Activity a = build.activity(deliverable, name, days, days * 6);
		a.setConstraintType(ConstraintType.SNET);
		a.setConstraintDate(notEarlierThan);
		return a;
	}

	private String scheduleAndDescribe() throws Exception {
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		ScheduleNetwork network = schedule.network().network();
		MpxjSchedule mpxj = MpxjSchedule.of(network);
		mpxj.schedule();
		MicrosoftSchedulerComparisonTest.compare("night shifts", network, mpxj, schedule.result());
		StringBuilder dates = new StringBuilder("finish " + schedule.projectFinish() + "\n");
		for (WbsElement leaf : schedule.activities()) {
			dates.append(leaf.getName()).append(' ').append(schedule.earlyStart(leaf)).append(' ').append(schedule.earlyFinish(leaf)).append(' ')
					.append(schedule.lateStart(leaf)).append(' ').append(schedule.lateFinish(leaf)).append(' ').append(schedule.totalFloat(leaf)).append('\n');
		}
		return dates.toString();
	}

	@Test
	public void theHoursAsPlannedInEveryZone() throws Exception {
		String dates = TimeZones.sameInEveryZone(this::scheduleAndDescribe);
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		assertEquals(dates, at(3, 13, 20, 0), schedule.earlyStart(first));
		assertEquals(dates, at(3, 14, 4, 0), schedule.earlyFinish(first));
		assertEquals(dates, at(3, 14, 20, 0), schedule.earlyStart(after));
		assertEquals(dates, at(3, 28, 2, 30), schedule.earlyStart(berlinSpring));
		assertEquals(dates, at(3, 28, 4, 0), schedule.earlyFinish(berlinSpring));
		assertEquals(dates, at(10, 31, 2, 30), schedule.earlyStart(berlinAutumn));
		assertEquals(dates, at(11, 1, 2, 30), schedule.earlyFinish(berlinAutumn));
		assertEquals(dates, at(11, 7, 1, 30), schedule.earlyStart(stJohnsAutumn));
		assertEquals(dates, at(11, 7, 20, 30), schedule.earlyFinish(stJohnsAutumn));
		assertEquals(dates, at(11, 7, 20, 30), schedule.projectFinish());
	}

	@Test
	public void savedScheduleIsTheSameInEveryZone() throws Exception {
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("night.wbs"));
		resource.getContents().add(project);
		String xml = TimeZones.sameInEveryZone(() -> {
			ProjectSchedule.compute(project).writeToModel();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			resource.save(out, null);
			return out.toString(StandardCharsets.UTF_8);
		});
		assertThat(xml, containsString("earlyStart=\"2027-03-28T02:30\""));
		assertThat(xml, containsString("earlyFinish=\"2027-11-01T02:30\""));
	}
}
