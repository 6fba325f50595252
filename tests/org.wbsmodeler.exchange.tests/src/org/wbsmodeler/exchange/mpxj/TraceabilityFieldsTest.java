package org.wbsmodeler.exchange.mpxj;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.hasItem;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.mpxj.FieldType;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.mspdi.MSPDIWriter;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.exchange.ModelComparison;
import org.wbsmodeler.exchange.mspdi.MspdiExporter;
import org.wbsmodeler.exchange.mspdi.MspdiImporter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * CRM and PBS traceability as MS Project custom fields: named so users find them, edited in MS Project and read
 * back as edited; the scope appendix in the project notes survives what MS Project does to notes.
 */
public class TraceabilityFieldsTest {

	private static final Path EXAMPLE = Path.of(System.getProperty("wbs.repo", "../.."), "examples", "pschse-crm.wbs");

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private Path exportExample() throws Exception {
		Path file = folder.newFile().toPath();
		ExchangeFormats.exportFile(ModelFiles.load(EXAMPLE), new MspdiExporter(), file, ExchangeWarnings.NONE);
		return file;
	}

	private static Task task(ProjectFile file, String name) {
		return file.getTasks().stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow(() -> new AssertionError("no task " + name));
	}

	private static WbsElement element(Project project, String name) {
		for (var it = project.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element && name.equals(element.getName())) {
				return element;
			}
		}
		throw new AssertionError("no element " + name);
	}

	private static Requirement requirement(Project project, String identifier) {
		return project.getCrm().getRequirements().stream().filter(r -> identifier.equals(r.getIdentifier())).findFirst()
				.orElseThrow(() -> new AssertionError("no requirement " + identifier));
	}

	@Test
	public void fieldsAreNamedExtendedAttributesWithValues() throws Exception {
		Path file = exportExample();
		String xml = Files.readString(file);
		for (ModelField field : ModelField.values()) {
			assertThat(xml, containsString("<Alias>" + field.alias() + "</Alias>"));
		}
		ProjectFile read = new MSPDIReader().read(file.toFile());
		Task deliverable = task(read, "Customer database configured");
		assertEquals("Deliverable", deliverable.get(ModelField.KIND.in(read)));
		assertEquals("Customer database", deliverable.get(ModelField.CRM_COMPONENTS.in(read)));
		assertEquals("BR-01", deliverable.get(ModelField.CRM_REQUIREMENTS.in(read)));
		assertEquals("Sales process / Identify prospect; Customer service / Resolve; Launch campaign / Research segment",
				deliverable.get(ModelField.PBS_STEPS.in(read)));
	}

	/** A user moves a requirement to another deliverable in MS Project and names one nobody defined. */
	@Test
	public void editedFieldsRelinkOnImport() throws Exception {
		ProjectFile file = new MSPDIReader().read(exportExample().toFile());
		FieldType requirements = ModelField.CRM_REQUIREMENTS.in(file);
		task(file, "Customer database configured").set(requirements, null);
		task(file, "Sales management configured").set(requirements, "BR-02; BR-01; BR-99");
		Path edited = folder.newFile("edited.xml").toPath();
		new MSPDIWriter().write(file, edited.toString());

		List<String> warnings = new ArrayList<>();
		Project project = new MspdiImporter().read(edited, ExchangeWarnings.into(warnings));
		assertEquals(List.of(element(project, "Sales management configured")), requirement(project, "BR-01").getDeliveredBy());
		assertEquals("Record every customer interaction in one place", requirement(project, "BR-01").getName());
		assertEquals(List.of(element(project, "Sales management configured")), requirement(project, "BR-99").getDeliveredBy());
		assertThat(warnings, hasItem(containsString("requirement 'BR-99'")));
	}

	/** MS Project may hand notes back with Windows line ends; the appendix must not care. */
	@Test
	public void appendixSurvivesWindowsLineEnds() throws Exception {
		Path file = exportExample();
		ProjectFile read = new MSPDIReader().read(file.toFile());
		Task summary = read.getTaskByUniqueID(0);
		summary.setNotes(summary.getNotes().replace("\n", "\r\n"));
		Path rewritten = folder.newFile("crlf.xml").toPath();
		new MSPDIWriter().write(read, rewritten.toString());
		assertTrue(Files.readString(rewritten).contains("&#13;") || Files.readString(rewritten).contains("\r\n"));
		Project example = ScheduledCopy.of(ModelFiles.load(EXAMPLE)).project();
		Project back = new MspdiImporter().read(rewritten, ExchangeWarnings.NONE);
		assertEquals(null, ModelComparison.difference(example, back));
	}

	/** A damaged appendix costs the definitions, not the import: the fields still link what they name. */
	@Test
	public void damagedAppendixKeepsTheFieldLinks() throws Exception {
		Path file = exportExample();
		ProjectFile read = new MSPDIReader().read(file.toFile());
		Task summary = read.getTaskByUniqueID(0);
		summary.setNotes(summary.getNotes().substring(0, summary.getNotes().length() - 400));
		Path damaged = folder.newFile("damaged.xml").toPath();
		new MSPDIWriter().write(read, damaged.toString());
		List<String> warnings = new ArrayList<>();
		Project project = new MspdiImporter().read(damaged, ExchangeWarnings.into(warnings));
		assertThat(warnings, hasItem(containsString("cannot be read")));
		Requirement requirement = requirement(project, "BR-01");
		assertEquals(List.of(element(project, "Customer database configured")), requirement.getDeliveredBy());
		assertNotNull(project.getProcessBreakdown());
		assertEquals(3, project.getProcessBreakdown().getProcesses().size());
		assertEquals("the description before the appendix is kept", ModelFiles.load(EXAMPLE).getDescription(), project.getDescription());
	}

	@Test
	public void namesWithSeparatorsSurviveTheField() {
		List<String> names = List.of("plain", "semi;colon", "back\\slash", " spaced ", "a; b");
		String text = TraceValues.join(names);
		assertEquals(List.of("plain", "semi;colon", "back\\slash", "spaced", "a; b"), TraceValues.split(text));
		assertEquals(List.of("x", "y"), TraceValues.split(" x ;; y ;"));
		assertThat(text, containsString("semi\\;colon"));
	}
}
