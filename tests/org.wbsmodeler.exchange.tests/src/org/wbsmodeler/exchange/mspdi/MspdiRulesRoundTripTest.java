package org.wbsmodeler.exchange.mspdi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelComparison;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/**
 * MS Project's own rules through MSPDI: task mode with manual start and finish, elapsed durations and lags
 * (DurationFormat / LagFormat 8 = "ed"), a night-shift resource calendar and actuals go out and come back without
 * loss, and schedule the same; a file as MS Project writes it comes in with elapsed time as elapsed time, summaries
 * without MS Project's roll-ups as their own values, and manual tasks where the user put them.
 */
public class MspdiRulesRoundTripTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("Rules", LocalDate.of(2027, 2, 1));
	private final Deliverable deliverable = build.deliverable(build.phase(project, "Phase", null), "D", null);
	private final Activity a = build.activity(deliverable, "A", 2, 16);
	private final Activity manual = build.activity(deliverable, "Manual", 1, 8);
	private final Activity manualWithFinish = build.activity(deliverable, "Manual with finish", 1, 8);
	private final Activity elapsed = build.activity(deliverable, "Cure concrete", 1.5, 0);
	private final Activity night = build.activity(deliverable, "Night work", 1, 8);
	private final Activity started = build.activity(deliverable, "Started", 4, 32);
	private final Activity finished = build.activity(deliverable, "Finished", 2, 16);

	{
		build.link(a, manual);
		build.link(a, manualWithFinish);
		Dependency elapsedLag = build.link(a, elapsed, DependencyType.FS, 1);
		elapsedLag.setLagElapsed(true);
		build.link(elapsed, night);
		build.link(finished, started);
		manual.setTaskMode(TaskMode.MANUAL);
		manual.setManualStart(LocalDateTime.of(2027, 2, 2, 8, 0));
		manualWithFinish.setTaskMode(TaskMode.MANUAL);
		manualWithFinish.setManualStart(LocalDateTime.of(2027, 2, 4, 8, 0));
		manualWithFinish.setManualFinish(LocalDateTime.of(2027, 2, 9, 12, 0));
		elapsed.setDurationElapsed(true);
		Calendar nights = build.calendar(project, "Nights");
		nights.getPeriods().clear();
		nights.getPeriods().add(build.period(18 * 60, 23 * 60));
		Resource ben = build.resource(project, "Ben", ResourceType.WORK, 40);
		ben.setCalendar(nights);
		build.assign(night, ben, 1, 8);
		finished.setActualStart(LocalDateTime.of(2027, 2, 1, 8, 0));
		finished.setActualFinish(LocalDateTime.of(2027, 2, 3, 12, 0));
		finished.setPercentComplete(100);
		started.setActualStart(LocalDateTime.of(2027, 2, 3, 13, 0));
		started.setPercentComplete(25);
	}

	private Path export(Project model) throws Exception {
		Path file = folder.newFile().toPath();
		List<String> warnings = new ArrayList<>();
		ExchangeFormats.exportFile(model, new MspdiExporter(), file, ExchangeWarnings.into(warnings));
		assertEquals(List.of(), warnings);
		return file;
	}

	@Test
	public void taskModeElapsedTimeResourceCalendarsAndActualsComeBackWithoutLoss() throws Exception {
		Path file = export(project);
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("<Manual>1</Manual>"));
		assertTrue(xml.contains("<ManualStart>2027-02-04T08:00:00</ManualStart>"));
		assertTrue(xml.contains("<ManualFinish>2027-02-09T12:00:00</ManualFinish>"));
		assertTrue(xml.contains("<DurationFormat>8</DurationFormat>")); // elapsed days
		assertTrue(xml.contains("<LagFormat>8</LagFormat>"));
		assertTrue(xml.contains("<LinkLag>14400</LinkLag>")); // one elapsed day in tenths of a minute
		assertTrue(xml.contains("<ActualStart>2027-02-03T13:00:00</ActualStart>"));

		List<String> warnings = new ArrayList<>();
		Project back = new MspdiImporter().read(file, ExchangeWarnings.into(warnings));
		assertEquals(List.of(), warnings);
		assertNull(ModelComparison.difference(ScheduledCopy.of(project).project(), back));
		WbsElement cure = element(back, "Cure concrete");
		assertTrue(cure.isDurationElapsed());
		assertEquals(1.5, cure.getDuration(), 1e-9);
		assertEquals(TaskMode.MANUAL, element(back, "Manual").getTaskMode());
		assertNull("a finish that is start + duration is not kept as a manual finish", element(back, "Manual").getManualFinish());
		assertEquals("Nights", element(back, "Night work").getAssignments().get(0).getResource().getCalendar().getName());

		// and the two schedule alike, warnings included
		ProjectSchedule ours = ProjectSchedule.compute(project);
		ProjectSchedule theirs = ProjectSchedule.compute(back);
		for (String name : List.of("A", "Manual", "Manual with finish", "Cure concrete", "Night work", "Started", "Finished")) {
			assertEquals(name, ours.earlyStart(element(project, name)), theirs.earlyStart(element(back, name)));
			assertEquals(name, ours.earlyFinish(element(project, name)), theirs.earlyFinish(element(back, name)));
		}
		assertEquals(ours.warnings(), theirs.warnings());
		// 24 hours after A (Tuesday 17:00) is Wednesday 17:00: it starts at the next working minute, then runs 36 hours
		assertEquals(LocalDateTime.of(2027, 2, 4, 8, 0), theirs.earlyStart(element(back, "Cure concrete")));
		assertEquals(LocalDateTime.of(2027, 2, 5, 20, 0), theirs.earlyFinish(element(back, "Cure concrete")));
		// Ben works nights: Friday 20–23 and Monday 18–23
		assertEquals(LocalDateTime.of(2027, 2, 5, 20, 0), theirs.earlyStart(element(back, "Night work")));
		assertEquals(LocalDateTime.of(2027, 2, 8, 23, 0), theirs.earlyFinish(element(back, "Night work")));
	}

	@Test
	public void msProjectFileWithElapsedTimeManualTasksAndSummaryRollUps() throws Exception {
		String xml;
		try (InputStream in = MsProjectFileTest.class.getResourceAsStream("ms-project-sample.xml")) {
			xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		// "Draw floor plan": 1 elapsed day (24 hours, DurationFormat 8), manually scheduled at its own dates
		String before = "<Name>Draw floor plan</Name>";
		assertTrue(xml.contains(before));
		int at = xml.indexOf(before);
		int durationAt = xml.indexOf("<Duration>PT24H0M0S</Duration><DurationFormat>7</DurationFormat>", at);
		xml = xml.substring(0, durationAt) + "<Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat><Manual>1</Manual>"
				+ "<ManualStart>2027-03-03T08:00:00</ManualStart><ManualFinish>2027-03-04T17:00:00</ManualFinish>"
				+ xml.substring(durationAt + "<Duration>PT24H0M0S</Duration><DurationFormat>7</DurationFormat>".length());
		// the 1-day lag of the next link becomes one elapsed week
		xml = xml.replaceFirst("<LinkLag>4800</LinkLag><LagFormat>7</LagFormat>", "<LinkLag>100800</LinkLag><LagFormat>10</LagFormat>");
		xml = xml.replace("<Start>2027-03-01T08:00:00</Start><Finish>2027-03-05T17:00:00</Finish><Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat>",
				"<Start>2027-03-03T08:00:00</Start><Finish>2027-03-04T17:00:00</Finish><Duration>PT24H0M0S</Duration><DurationFormat>8</DurationFormat>");
		// and the summary "Plan" is manually scheduled
		xml = xml.replace("<Name>Plan</Name><Type>1</Type>", "<Name>Plan</Name><Type>1</Type><Manual>1</Manual>");
		Path file = folder.newFile("elapsed.xml").toPath();
		Files.writeString(file, xml, StandardCharsets.UTF_8);
		List<String> warnings = new ArrayList<>();
		Project imported = ExchangeFormats.importFile(file, ExchangeWarnings.into(warnings));

		assertTrue(String.valueOf(warnings), warnings.stream().anyMatch(w -> w.equals("phase 1 'Plan' is a manually scheduled summary in MS Project: here it spans its tasks")));
		assertEquals(TaskMode.AUTO, element(imported, "Plan").getTaskMode());
		WbsElement draw = element(imported, "Draw floor plan");
		assertTrue(draw.isDurationElapsed());
		assertEquals("1 elapsed day, not 3 working days", 1.0, draw.getDuration(), 1e-9);
		assertEquals(TaskMode.MANUAL, draw.getTaskMode());
		assertEquals(LocalDateTime.of(2027, 3, 3, 8, 0), draw.getManualStart());
		assertEquals(LocalDateTime.of(2027, 3, 4, 17, 0), draw.getManualFinish()); // not 24 hours after the start: kept
		Dependency weekLag = lagOfOneElapsedWeek(imported);
		assertTrue("an elapsed week is 7 elapsed days", weekLag != null && weekLag.isLagElapsed() && Math.abs(weekLag.getLag() - 7) < 1e-9);

		// summaries keep no duration, work or progress of their own: MS Project's roll-ups are recomputed
		for (WbsElement summary : OutlineIndex.build(imported).summaries()) {
			assertEquals(summary.getName(), 0, summary.getDuration(), 0);
			assertEquals(summary.getName(), 0, summary.getEffort(), 0);
			assertEquals(summary.getName(), 0, summary.getPercentComplete(), 0);
			assertNull(summary.getActualStart());
		}
		ProjectSchedule schedule = ProjectSchedule.compute(imported);
		assertEquals(LocalDateTime.of(2027, 3, 3, 8, 0), schedule.earlyStart(draw));
		assertEquals(LocalDateTime.of(2027, 3, 4, 17, 0), schedule.earlyFinish(draw));
		assertFalse(schedule.warnings().stream().anyMatch(w -> w.contains("elapsed")));
	}

	/** Splits are not modelled (DIFFERENCES.md): the import names each split task and drops its gaps. */
	@Test
	public void splitTasksAreNamedOnImport() throws Exception {
		org.mpxj.ProjectFile file = new org.mpxj.ProjectFile();
		file.addDefaultBaseCalendar();
		org.mpxj.Task whole = file.addTask();
		whole.setName("Whole");
		whole.setDuration(org.mpxj.Duration.getInstance(2, org.mpxj.TimeUnit.DAYS));
		org.mpxj.Task split = file.addTask();
		split.setName("Interrupted");
		split.setDuration(org.mpxj.Duration.getInstance(2, org.mpxj.TimeUnit.DAYS));
		split.setSplits(List.of(new org.mpxj.LocalDateTimeRange(LocalDateTime.of(2027, 2, 1, 8, 0), LocalDateTime.of(2027, 2, 1, 17, 0)),
				new org.mpxj.LocalDateTimeRange(LocalDateTime.of(2027, 2, 1, 17, 0), LocalDateTime.of(2027, 2, 4, 8, 0)),
				new org.mpxj.LocalDateTimeRange(LocalDateTime.of(2027, 2, 4, 8, 0), LocalDateTime.of(2027, 2, 4, 17, 0))));
		List<String> warnings = new ArrayList<>();
		Project imported = org.wbsmodeler.exchange.mpxj.ModelAssembler.assemble(file, ExchangeWarnings.into(warnings));
		assertEquals(2, imported.getChildren().size());
		assertEquals(1, warnings.size());
		assertTrue(warnings.get(0), warnings.get(0).contains("Interrupted") && warnings.get(0).contains("split in MS Project (2 parts)"));
		assertEquals(2, element(imported, "Interrupted").getDuration(), 1e-9); // its work, in one piece
	}

	private static Dependency lagOfOneElapsedWeek(Project project) {
		for (WbsElement e : OutlineIndex.build(project).elements()) {
			for (Dependency d : e.getPredecessors()) {
				if (d.isLagElapsed()) {
					return d;
				}
			}
		}
		return null;
	}

	private static WbsElement element(Project project, String name) {
		return OutlineIndex.build(project).lines().stream().map(OutlineIndex.Line::element).filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + name));
	}
}
