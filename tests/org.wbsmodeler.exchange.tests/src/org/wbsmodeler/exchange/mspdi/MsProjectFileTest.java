package org.wbsmodeler.exchange.mspdi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIReader;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WorkPackage;

/**
 * A file as MS Project writes it (test data ms-project-sample.xml: no WBS Modeler fields) comes in with element kinds
 * from the outline, and goes out again with its tasks, links, lags, calendars, resources and assignments intact.
 */
public class MsProjectFileTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path sample() throws Exception {
		Path file = folder.newFile("office-move.xml").toPath();
		try (InputStream in = MsProjectFileTest.class.getResourceAsStream("ms-project-sample.xml")) {
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private Project importSample(List<String> warnings) throws Exception {
		Path file = sample();
		assertEquals("mspdi", ExchangeFormats.importerFor(file).id());
		return ExchangeFormats.importFile(file, ExchangeWarnings.into(warnings));
	}

	private static WbsElement element(Project project, String name) {
		return OutlineIndex.build(project).lines().stream().map(OutlineIndex.Line::element).filter(e -> name.equals(e.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no element " + name));
	}

	@Test
	public void kindsFollowTheOutline() throws Exception {
		Project project = importSample(new ArrayList<>());
		assertEquals("Office move", project.getName());
		assertEquals("Moving the office to the new building.", project.getDescription());
		assertEquals(2, project.getChildren().size());
		assertTrue(element(project, "Plan") instanceof Phase);
		assertTrue(element(project, "Requirements") instanceof Deliverable);
		assertTrue(element(project, "Survey") instanceof WorkPackage);
		assertTrue(element(project, "Measure rooms") instanceof Activity);
		assertTrue(element(project, "Plan approved") instanceof Milestone);
		assertTrue(element(project, "Move") instanceof Phase);
		// a leaf under a phase is still an activity: leaves never become summaries
		assertTrue(element(project, "Pack") instanceof Activity);
	}

	@Test
	public void valuesArriveInModelUnits() throws Exception {
		Project project = importSample(new ArrayList<>());
		assertEquals(2.0, element(project, "Measure rooms").getDuration(), 1e-9);
		assertEquals(50.0, element(project, "Measure rooms").getPercentComplete(), 1e-9);
		assertEquals("Ann", element(project, "Measure rooms").getOwner());
		WbsElement pack = element(project, "Pack");
		assertEquals(DependencyType.SS, pack.getPredecessors().get(0).getType());
		assertEquals(-0.5, pack.getPredecessors().get(0).getLag(), 1e-9);
		assertEquals(0.2, element(project, "Unpack").getPredecessors().get(0).getLag(), 1e-9);
		assertEquals(DependencyType.SF, element(project, "Sign off").getPredecessors().get(0).getType());
		assertEquals("MOVE-T", element(project, "Transport").getCustomCode());
		assertNull("a WBS code that matches the position is not a custom code", element(project, "Unpack").getCustomCode());
		assertEquals(80.0, pack.getAssignments().get(0).getWork(), 1e-9);
		assertEquals(2.0, pack.getAssignments().get(0).getUnits(), 1e-9);
		assertTrue("MS Project's unassigned placeholder is not an assignment", element(project, "Plan approved").getAssignments().isEmpty());
		assertEquals(List.of("Ann", "Movers"), project.getResources().stream().map(r -> r.getName()).toList());
		assertEquals("Office manager", project.getResources().get(0).getRole().getName());
		assertEquals("a resource calendar that repeats its base is the base", 1, project.getCalendars().size());
		assertEquals(project.getCalendars().get(0), project.getResources().get(0).getCalendar());
		assertEquals("Staff days", project.getCalendars().get(0).getExceptions().get(0).getName());
		assertFalse(project.getCalendars().get(0).getExceptions().get(0).isWorking());
	}

	/** MSPDI → model → MSPDI: read both files with MPXJ and compare what a scheduler and a resource manager need. */
	@Test
	public void goesBackToMsProjectUnchanged() throws Exception {
		Path original = sample();
		Project project = ExchangeFormats.importFile(original, ExchangeWarnings.NONE);
		Path again = folder.newFile("again.xml").toPath();
		ExchangeFormats.exportFile(project, new MspdiExporter(), again, ExchangeWarnings.NONE);
		ProjectFile before = new MSPDIReader().read(original.toFile());
		ProjectFile after = new MSPDIReader().read(again.toFile());
		assertEquals(11, tasks(before).size());
		assertEquals(6, links(before).size());
		assertEquals(2, assignments(before).size());
		assertEquals(tasks(before), tasks(after));
		assertEquals(links(before), links(after));
		assertEquals(calendars(before), calendars(after));
		assertEquals(resources(before), resources(after));
		assertEquals(assignments(before), assignments(after));
	}

	private static List<String> tasks(ProjectFile file) {
		return file.getTasks().stream().filter(t -> t.getUniqueID() != 0)
				// a summary's duration is the export's roll-up of its leaves (this hand-made sample's summaries do not add up)
				.map(t -> t.getWBS() + " " + t.getName() + " level " + t.getOutlineLevel() + (t.hasChildTasks() ? "" : " " + minutes(t.getDuration(), file) + " min")
						+ (t.getMilestone() ? " milestone" : ""))
				.toList();
	}

	private static List<String> links(ProjectFile file) {
		List<String> links = new ArrayList<>();
		for (Task task : file.getTasks()) {
			for (Relation relation : task.getPredecessors()) {
				links.add(relation.getPredecessorTask().getWBS() + " " + relation.getType() + " " + minutes(relation.getLag(), file) + " min → " + task.getWBS());
			}
		}
		return links;
	}

	private static List<String> calendars(ProjectFile file) {
		List<String> calendars = new ArrayList<>();
		for (ProjectCalendar calendar : file.getCalendars()) {
			if (calendar.isDerived()) {
				continue;
			}
			StringBuilder text = new StringBuilder(calendar.getName() + ":");
			for (DayOfWeek day : DayOfWeek.values()) {
				text.append(' ').append(day).append(calendar.isWorkingDay(day) ? calendar.getHours(day).toString() : " off");
			}
			for (ProjectCalendarException exception : calendar.getCalendarExceptions()) {
				text.append("; ").append(exception.getName()).append(' ').append(exception.getFromDate()).append("..").append(exception.getToDate())
						.append(exception.getWorking() ? " working" : " off");
			}
			calendars.add(text.toString());
		}
		return calendars;
	}

	private static List<String> resources(ProjectFile file) {
		return file.getResources().stream().filter(r -> r.getName() != null)
				.map(r -> r.getName() + " " + r.getType() + " " + r.getStandardRate() + " max " + r.getMaxUnits() + " group " + r.getGroup()
						+ " calendar " + (r.getCalendar() == null ? null : baseOf(r.getCalendar()).getName()))
				.toList();
	}

	private static ProjectCalendar baseOf(ProjectCalendar calendar) {
		return calendar.getParent() == null ? calendar : baseOf(calendar.getParent());
	}

	private static List<String> assignments(ProjectFile file) {
		return file.getResourceAssignments().stream().filter(a -> a.getResource() != null).map(MsProjectFileTest::assignment).sorted()
				.collect(Collectors.toList());
	}

	private static String assignment(ResourceAssignment assignment) {
		return assignment.getTask().getWBS() + " " + assignment.getResource().getName() + " " + assignment.getUnits() + "% "
				+ minutes(assignment.getWork(), assignment.getTask().getParentFile()) + " min";
	}

	private static long minutes(org.mpxj.Duration duration, ProjectFile file) {
		return duration == null ? 0 : Math.round(duration.convertUnits(TimeUnit.MINUTES, file.getProjectProperties()).getDuration());
	}
}
