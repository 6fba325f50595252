package org.wbsmodeler.exchange.mspdi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskType;
import org.mpxj.reader.UniversalProjectReader;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.tasktype.TaskTypeEdits;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * MS Project's task types through MSPDI: {@code Type} (0 fixed units, 1 fixed duration, 2 fixed work) and
 * {@code EffortDriven} go out as the model has them and come back; a task whose duration was edited exports the work
 * its type gives it, not the work of before.
 */
public class TaskTypesRoundTripTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("Types", LocalDate.of(2027, 2, 1));
	private final Deliverable deliverable = build.deliverable(build.phase(project, "Phase", null), "D", null);
	private final Activity units = build.activity(deliverable, "Units", 3, 24);
	private final Activity duration = build.activity(deliverable, "Duration", 3, 24);
	private final Activity work = build.activity(deliverable, "Work", 3, 24);
	private final Resource anna = build.resource(project, "Anna", ResourceType.WORK, 100);

	{
		duration.setTaskType(org.wbsmodeler.model.TaskType.FIXED_DURATION);
		duration.setEffortDriven(true);
		work.setTaskType(org.wbsmodeler.model.TaskType.FIXED_WORK);
		for (Activity activity : List.of(units, duration, work)) {
			build.assign(activity, anna, 1, 24);
		}
	}

	private Path export() throws Exception {
		Path file = folder.newFile("types.xml").toPath();
		List<String> warnings = new ArrayList<>();
		ExchangeFormats.exportFile(project, new MspdiExporter(), file, ExchangeWarnings.into(warnings));
		assertEquals(List.of(), warnings);
		return file;
	}

	@Test
	public void typeAndEffortDrivenGoOutAndComeBack() throws Exception {
		Path file = export();
		ProjectFile read = new UniversalProjectReader().read(file.toFile());
		assertEquals(TaskType.FIXED_UNITS, task(read, "Units").getType());
		assertFalse(task(read, "Units").getEffortDriven());
		assertEquals(TaskType.FIXED_DURATION, task(read, "Duration").getType());
		assertTrue(task(read, "Duration").getEffortDriven());
		assertEquals(TaskType.FIXED_WORK, task(read, "Work").getType());
		assertTrue("MS Project's fixed-work tasks are effort driven", task(read, "Work").getEffortDriven());
		assertEquals("a summary is fixed duration", TaskType.FIXED_DURATION, task(read, "D").getType());

		Project back = new MspdiImporter().read(file, ExchangeWarnings.into(new ArrayList<>()));
		assertEquals(org.wbsmodeler.model.TaskType.FIXED_UNITS, element(back, "Units").getTaskType());
		assertFalse(element(back, "Units").isEffortDriven());
		assertEquals(org.wbsmodeler.model.TaskType.FIXED_DURATION, element(back, "Duration").getTaskType());
		assertTrue(element(back, "Duration").isEffortDriven());
		assertEquals(org.wbsmodeler.model.TaskType.FIXED_WORK, element(back, "Work").getTaskType());
	}

	@Test
	public void aTaskStretchedToFiveDaysExportsTheWorkItsTypeGivesIt() throws Exception {
		for (Activity activity : List.of(units, duration, work)) {
			TaskTypeEdits.durationEdited(activity, 5).forEach(TaskTypeEdits.FeatureChange::apply);
		}
		String xml = Files.readString(export(), StandardCharsets.UTF_8);
		// fixed units and fixed duration: 5 days of 8 h at 100 % are 40 h of work, as MS Project computes it
		assertEquals("PT40H0M0S", field(xml, "Units", "Duration"));
		assertEquals("PT40H0M0S", field(xml, "Units", "Work"));
		assertEquals("0", field(xml, "Units", "Type"));
		assertEquals("PT40H0M0S", field(xml, "Duration", "Work"));
		assertEquals("1", field(xml, "Duration", "Type"));
		// fixed work: the 24 h stay, Anna works them at 60 %
		assertEquals("PT40H0M0S", field(xml, "Work", "Duration"));
		assertEquals("PT24H0M0S", field(xml, "Work", "Work"));
		assertEquals("2", field(xml, "Work", "Type"));
		ProjectFile read = new UniversalProjectReader().read(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		assertEquals(60, task(read, "Work").getResourceAssignments().get(0).getUnits().doubleValue(), 1e-6);
		assertEquals(4000, task(read, "Units").getCost().doubleValue(), 1e-6);
		assertEquals(2400, task(read, "Work").getCost().doubleValue(), 1e-6);
	}

	/** The text of {@code field} in the MSPDI Task named {@code name}. */
	private static String field(String xml, String name, String field) {
		Matcher task = Pattern.compile("<Task>(?:(?!</Task>).)*?<Name>" + Pattern.quote(name) + "</Name>(?:(?!</Task>).)*</Task>", Pattern.DOTALL).matcher(xml);
		assertTrue("task " + name, task.find());
		Matcher value = Pattern.compile("<" + field + ">([^<]*)</" + field + ">").matcher(task.group());
		assertTrue(field + " of " + name, value.find());
		return value.group(1);
	}

	private static Task task(ProjectFile file, String name) {
		return file.getTasks().stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow();
	}

	private static WbsElement element(Project project, String name) {
		List<WbsElement> all = new ArrayList<>();
		project.eAllContents().forEachRemaining(o -> {
			if (o instanceof WbsElement e && name.equals(e.getName())) {
				all.add(e);
			}
		});
		assertEquals(name, 1, all.size());
		return all.get(0);
	}
}
