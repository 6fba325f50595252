package org.wbsmodeler.exchange.mspdi;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ModelComparison;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.exchange.bench.RandomProjects;
import org.wbsmodeler.exchange.mpxj.ModelEnums;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * Model → MSPDI → model is identical, for everything MSPDI can express, to the model as scheduled at export (the
 * export carries the computed schedule); MPXJ's own reader sees what the model says.
 */
public class MspdiRoundTripTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path export(Project project, List<String> warnings) throws Exception {
		Path file = folder.newFile().toPath();
		ExchangeFormats.exportFile(project, new MspdiExporter(), file, ExchangeWarnings.into(warnings));
		return file;
	}

	private Project roundTrip(Project project) throws Exception {
		List<String> warnings = new ArrayList<>();
		Project back = new MspdiImporter().read(export(project, warnings), ExchangeWarnings.into(warnings));
		assertEquals("no warnings expected for a model MSPDI can carry", List.of(), warnings);
		return back;
	}

	@Test
	public void theExampleComesBackIdentical() throws Exception {
		Project example = ModelFiles.load(EXAMPLE);
		Project back = roundTrip(example);
		assertNull(ModelComparison.difference(scheduled(example), back));
		// the comparison is not vacuous: it sees the CRM scope, the process breakdown and the traceability
		assertEquals(9, back.getCrm().getRequirements().size());
		assertEquals(3, back.getProcessBreakdown().getProcesses().size());
		assertEquals(example.getCrm().getComponents().get(0).getDeliveredBy().size(), back.getCrm().getComponents().get(0).getDeliveredBy().size());
	}

	@Test
	public void generatedModelsComeBackIdentical() throws Exception {
		for (int seed = 0; seed < 25; seed++) {
			Project project = RandomProjects.generate(40 + 23 * seed, seed);
			String difference = ModelComparison.difference(scheduled(project), roundTrip(project));
			assertNull("seed " + seed + ": " + difference, difference);
		}
	}

	@Test
	public void aChangedValueIsNoticed() throws Exception {
		Project project = RandomProjects.generate(60, 7);
		Project back = roundTrip(project);
		Dependency link = firstLinkWithLag(back);
		link.setLag(link.getLag() + 0.1);
		assertThat(ModelComparison.difference(scheduled(project), back), containsString(".lag"));
	}

	private static Project scheduled(Project project) throws Exception {
		return ScheduledCopy.of(project).project();
	}

	private static Dependency firstLinkWithLag(Project project) {
		for (OutlineIndex.Line line : OutlineIndex.build(project).lines()) {
			for (Dependency dependency : line.element().getPredecessors()) {
				if (dependency.getLag() != 0) {
					return dependency;
				}
			}
		}
		throw new AssertionError("the generated model has no lag");
	}

	/** MPXJ's reader, not ours, reads our export: names, outline levels, WBS codes, durations and links match. */
	@Test
	public void mpxjReadsWhatTheModelSays() throws Exception {
		for (Project project : List.of(ModelFiles.load(EXAMPLE), RandomProjects.generate(400, 11))) {
			ProjectFile file = new MSPDIReader().read(export(project, new ArrayList<>()).toFile());
			double minutesPerDay = project.getDefaultCalendar().getHoursPerDay() * 60;
			OutlineIndex outline = OutlineIndex.build(project);
			ScheduledCopy plan = ScheduledCopy.of(project);
			OutlineIndex planned = OutlineIndex.build(plan.project());
			List<Task> tasks = file.getTasks().stream().filter(t -> t.getUniqueID() != 0).toList();
			assertEquals(outline.size(), tasks.size());
			for (int i = 0; i < tasks.size(); i++) {
				Task task = tasks.get(i);
				OutlineIndex.Line line = outline.lines().get(i);
				WbsElement element = line.element();
				String where = line.code() + " " + element.getName();
				assertEquals(where, element.getName(), task.getName());
				assertEquals(where, line.level(), task.getOutlineLevel().intValue());
				assertEquals(where, line.code(), task.getWBS());
				double minutes = task.getDuration().convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration();
				// a summary carries the roll-up of its leaves; scheduling a copy finds the same roll-up
				double days = task.hasChildTasks() ? plan.totals(planned.lines().get(i).element()).durationDays() : element.getDuration();
				// an elapsed duration is in elapsed units, days of 24 hours
				assertEquals(where, !task.hasChildTasks() && element.isDurationElapsed(), task.getDuration().getUnits().isElapsed());
				assertEquals(where, days * (task.getDuration().getUnits().isElapsed() ? 1440 : minutesPerDay), minutes, 0.01);
				assertEquals(where, element.getPredecessors().size(), task.getPredecessors().size());
				for (int k = 0; k < element.getPredecessors().size(); k++) {
					Dependency dependency = element.getPredecessors().get(k);
					Relation relation = task.getPredecessors().get(k);
					assertEquals(where, outline.code(dependency.getPredecessor()), relation.getPredecessorTask().getWBS());
					assertEquals(where, ModelEnums.toMpxj(dependency.getType()), relation.getType());
					double lagMinutes = relation.getLag().convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration();
					assertEquals(where, dependency.isLagElapsed(), relation.getLag().getUnits().isElapsed());
					assertEquals(where, dependency.getLag() * (dependency.isLagElapsed() ? 1440 : minutesPerDay), lagMinutes, 0.05);
				}
			}
		}
	}

	@Test
	public void projectSummaryTaskCarriesTheProject() throws Exception {
		Project example = ModelFiles.load(EXAMPLE);
		ProjectFile file = new MSPDIReader().read(export(example, new ArrayList<>()).toFile());
		Task summary = file.getTaskByUniqueID(0);
		assertNotNull(summary);
		assertEquals(example.getName(), summary.getName());
		assertTrue(summary.getNotes().startsWith(example.getDescription()));
		assertEquals(example.getChildren().size(), summary.getChildTasks().size());
	}
}
