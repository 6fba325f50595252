package org.wbsmodeler.exchange;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.reader.UniversalProjectReader;
import org.wbsmodeler.exchange.mspdi.MspdiExporter;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * Exports carry the schedule computed at export, not the dates a file stored: the example, never
 * {@code schedule --save}d, exported and read back by MPXJ's own readers, has the scheduler's dates, floats,
 * critical flags and roll-ups; the user's model is not touched.
 */
public class ScheduledExportTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	/** The reference: the scheduler run on its own copy of the example, as {@code ./wbs schedule} runs it. */
	private static final class Reference {
		final Project project;
		final ProjectSchedule schedule;
		final RollUp rollUp;

		Reference() throws Exception {
			project = ModelFiles.load(EXAMPLE);
			schedule = ProjectSchedule.compute(project);
			rollUp = schedule.writeToModel();
		}
	}

	private Path export(Project project, String format) throws Exception {
		Path file = folder.getRoot().toPath().resolve("plan." + format);
		ExchangeFormats.exportFile(project, ExchangeFormats.exporter(format).orElseThrow(), file, ExchangeWarnings.NONE);
		return file;
	}

	@Test
	public void theExampleIsNotScheduledInItsFile() throws Exception {
		// the premise of every test here: the dates must come from the export, not from the file
		for (OutlineIndex.Line line : OutlineIndex.build(ModelFiles.load(EXAMPLE)).lines()) {
			assertNull(line.code(), line.element().getEarlyStart());
			assertNull(line.code(), line.element().getEarlyFinish());
		}
	}

	@Test
	public void mpxjReadsTheScheduleFromMspdi() throws Exception {
		Reference reference = new Reference();
		ProjectFile file = new MSPDIReader().read(export(ModelFiles.load(EXAMPLE), "mspdi").toFile());
		ProjectProperties properties = file.getProjectProperties();
		double minutesPerDay = reference.project.getDefaultCalendar().getHoursPerDay() * 60;
		List<OutlineIndex.Line> lines = OutlineIndex.build(reference.project).lines();
		List<Task> tasks = file.getTasks().stream().filter(t -> t.getUniqueID() != 0).toList();
		assertEquals(lines.size(), tasks.size());
		int summaries = 0;
		int critical = 0;
		for (int i = 0; i < lines.size(); i++) {
			WbsElement element = lines.get(i).element();
			Task task = tasks.get(i);
			String where = lines.get(i).code() + " " + element.getName();
			assertEquals(where, element.getName(), task.getName());
			assertEquals(where, element.getEarlyStart(), task.getStart());
			assertEquals(where, element.getEarlyFinish(), task.getFinish());
			assertEquals(where, element.getEarlyStart(), task.getEarlyStart());
			assertEquals(where, element.getEarlyFinish(), task.getEarlyFinish());
			assertEquals(where, element.getLateStart(), task.getLateStart());
			assertEquals(where, element.getLateFinish(), task.getLateFinish());
			assertEquals(where, element.getTotalFloat() * minutesPerDay, minutes(task, TaskField.TOTAL_SLACK, properties), 0.01);
			assertEquals(where, element.getFreeFloat() * minutesPerDay, minutes(task, TaskField.FREE_SLACK, properties), 0.01);
			assertEquals(where, element.isCritical(), task.getCritical());
			critical += element.isCritical() ? 1 : 0;
			Totals totals = reference.rollUp.of(element);
			assertEquals(where, totals.cost(), number(task.getCost()), 0.005);
			if (element.isSummary()) {
				summaries++;
				assertTrue(where, task.hasChildTasks());
				assertEquals(where, totals.durationDays() * minutesPerDay, minutes(task.getDuration(), properties), 0.01);
				assertEquals(where, totals.effortHours() * 60, minutes(task.getWork(), properties), 0.01);
				assertEquals(where, Math.round(totals.percentComplete()), task.getPercentageComplete().doubleValue(), 0.5);
				assertTrue(where + " has a duration", totals.durationDays() > 0);
			}
		}
		assertTrue("the example has summaries", summaries > 10);
		assertTrue("and a critical path", critical > 3);

		Task project = file.getTaskByUniqueID(0);
		Totals totals = reference.rollUp.project();
		assertEquals(reference.schedule.projectStart(), project.getStart());
		assertEquals(reference.schedule.projectFinish(), project.getFinish());
		assertEquals(totals.durationDays() * minutesPerDay, minutes(project.getDuration(), properties), 0.01);
		assertEquals(totals.effortHours() * 60, minutes(project.getWork(), properties), 0.01);
		assertEquals(totals.cost(), number(project.getCost()), 0.005);
		assertTrue(totals.cost() > 0 && totals.effortHours() > 0);
	}

	/** A finish-to-start successor starts after its predecessor finishes: the first thing stale dates got wrong. */
	@Test
	public void finishToStartSuccessorsStartAfterTheirPredecessors() throws Exception {
		ProjectFile file = new MSPDIReader().read(export(ModelFiles.load(EXAMPLE), "mspdi").toFile());
		int checked = 0;
		for (Task task : file.getTasks()) {
			for (org.mpxj.Relation relation : task.getPredecessors()) {
				if (relation.getType() == org.mpxj.RelationType.FINISH_START && relation.getLag().getDuration() >= 0) {
					assertFalse(task.getName(), task.getStart().isBefore(relation.getPredecessorTask().getFinish()));
					checked++;
				}
			}
		}
		assertTrue(checked > 5);
	}

	@Test
	public void exportingLeavesTheModelAsItWas() throws Exception {
		Project model = ModelFiles.load(EXAMPLE);
		for (String format : List.of("mspdi", "mpx", "csv")) {
			export(model, format);
		}
		assertNull(ModelComparison.difference(ModelFiles.load(EXAMPLE), model));
	}

	/** MPX, Planner and Primavera files carry the same start and finish of every task. */
	@Test
	public void otherFormatsCarryTheScheduleToo() throws Exception {
		Reference reference = new Reference();
		List<LocalDateTime> expected = new ArrayList<>();
		for (OutlineIndex.Line line : OutlineIndex.build(reference.project).lines()) {
			expected.add(line.element().getEarlyStart());
			expected.add(line.element().getEarlyFinish());
		}
		for (String format : List.of("mpx", "planner", "pmxml")) {
			ProjectFile file = new UniversalProjectReader().read(export(ModelFiles.load(EXAMPLE), format).toFile());
			List<LocalDateTime> dates = new ArrayList<>();
			for (Task task : file.getTasks()) {
				if (task.getUniqueID() != 0 && task.getName() != null) {
					dates.add(task.getStart());
					dates.add(task.getFinish());
				}
			}
			if (format.equals("pmxml")) {
				// Primavera lists a WBS node's activities before its child nodes: compare the dates as a collection
				assertEquals(format, expected.stream().sorted().toList(), dates.stream().sorted().toList());
			} else {
				assertEquals(format, expected, dates);
			}
		}
	}

	@Test
	public void csvCarriesTheScheduleAndRollUps() throws Exception {
		Reference reference = new Reference();
		List<String> rows = Files.readAllLines(export(ModelFiles.load(EXAMPLE), "csv"), StandardCharsets.UTF_8);
		List<String> header = List.of(rows.get(0).split(","));
		int start = header.indexOf("Start");
		int finish = header.indexOf("Finish");
		int cost = header.indexOf("Cost");
		List<OutlineIndex.Line> lines = OutlineIndex.build(reference.project).lines();
		// the example's first rows have no quoted cells
		for (int i = 0; i < 5; i++) {
			String[] cells = rows.get(i + 1).split(",");
			WbsElement element = lines.get(i).element();
			assertEquals(element.getEarlyStart().toString().replace('T', ' '), cells[start]);
			assertEquals(element.getEarlyFinish().toString().replace('T', ' '), cells[finish]);
			assertEquals(reference.rollUp.of(element).cost(), Double.parseDouble(cells[cost]), 0.005);
		}
	}

	@Test
	public void aModelWithACycleIsRefusedInOneLine() throws Exception {
		Project model = ModelFiles.load(EXAMPLE);
		Dependency link = OutlineIndex.build(model).lines().stream().flatMap(l -> l.element().getPredecessors().stream()).findFirst().orElseThrow();
		Dependency back = WbsFactory.eINSTANCE.createDependency();
		back.setPredecessor(link.getSuccessor());
		link.getPredecessor().getPredecessors().add(back);
		Path target = folder.getRoot().toPath().resolve("cycle.xml");
		try {
			ExchangeFormats.exportFile(model, new MspdiExporter(), target, ExchangeWarnings.NONE);
			fail("a cycle has no schedule to export");
		} catch (ScheduledCopy.CycleException e) {
			assertThat(e.getMessage(), containsString("dependency cycle: "));
			assertThat(e.getMessage(), containsString(link.getPredecessor().getName()));
			assertFalse(e.getMessage().contains("\n"));
		}
		assertFalse("nothing written", Files.exists(target));
		try (var files = Files.list(folder.getRoot().toPath())) {
			assertEquals("no temporary file left", 0, files.count());
		}
	}

	private static double minutes(Task task, TaskField field, ProjectProperties properties) {
		// the stored value: MPXJ would recompute a missing slack from the dates; a zero slack is not written at all
		Object value = task.getCachedValue(field);
		return value == null ? 0 : minutes((Duration) value, properties);
	}

	private static double minutes(Duration duration, ProjectProperties properties) {
		assertNotNull(duration);
		return duration.convertUnits(TimeUnit.MINUTES, properties).getDuration();
	}

	/** MSPDI leaves out a cost of 0. */
	private static double number(Number value) {
		return value == null ? 0 : value.doubleValue();
	}

}
