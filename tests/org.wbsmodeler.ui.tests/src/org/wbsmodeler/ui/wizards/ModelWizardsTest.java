package org.wbsmodeler.ui.wizards;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.templates.TemplateOptions;
import org.wbsmodeler.templates.Templates;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.tests.DialogAnswer;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.ModelFixture;
import org.wbsmodeler.ui.tests.UiTestSupport;

/**
 * New, Import and Export as the workbench offers them: each wizard made from its registry descriptor (category
 * "WBS Modeler"), driven with real clicks and keys, and judged by the files it writes.
 */
public class ModelWizardsTest {

	private Display display;
	private IWorkbenchPage page;
	private IProject project;
	private Path temp;
	private final List<WizardDriver> opened = new ArrayList<>();

	@Before
	public void setUp() throws Exception {
		display = Display.getCurrent();
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizards" + System.nanoTime());
		project.create(null);
		project.open(null);
		temp = Files.createTempDirectory("wizards");
	}

	@After
	public void tearDown() throws Exception {
		opened.forEach(WizardDriver::close);
		page.closeAllEditors(false);
		project.delete(true, null);
		try (Stream<Path> files = Files.walk(temp)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	@Test
	public void newModelFromTheCrmTemplateWithNameStartAndLocation() throws Exception {
		WizardDriver wizard = open(PlatformUI.getWorkbench().getNewWizardRegistry(), NewModelWizard.ID, new StructuredSelection(project));
		Table templates = (Table) org.wbsmodeler.ui.tests.Widgets.all(wizard.page()).stream().filter(Table.class::isInstance).findFirst().orElseThrow();
		List<String> labels = Stream.of(templates.getItems()).map(item -> item.getText(0)).toList();
		assertEquals("every template of the registry", Templates.all().size(), labels.size());
		int crm = labels.indexOf(Templates.find("crm-implementation").orElseThrow().label());
		Gestures.click(templates, templates.getItem(crm), 0);
		assertEquals(crm, templates.getSelectionIndex());
		wizard.type(wizard.field("Project name:"), "acme crm rollout");
		wizard.type(wizard.field("Start date:"), "2027-13-01");
		assertTrue("a date that does not read is refused: " + wizard.error(), wizard.error().contains("2027-13-01"));
		wizard.screenshot("wizard-new-1-template-bad-date");
		wizard.type(wizard.field("Start date:"), "2027-03-01");
		assertNull(wizard.error());
		wizard.screenshot("wizard-new-1-template");
		wizard.press("Next >");
		assertEquals("the container comes from the selection", project.getName(), wizard.field("Enter or select the parent folder:").getText());
		assertEquals("the file is named after the project", "acme-crm-rollout.wbs", wizard.field("File name:").getText());
		wizard.screenshot("wizard-new-2-location");
		wizard.press("Finish");
		assertTrue("the wizard closed", wizard.closed());

		IFile file = project.getFile("acme-crm-rollout.wbs");
		assertTrue(file.exists());
		Project created = ModelFiles.load(Path.of(file.getLocationURI()));
		assertEquals("acme crm rollout", created.getName());
		assertEquals(LocalDate.of(2027, 3, 1), created.getStart().toLocalDate());
		Project expected = Templates.find("crm-implementation").orElseThrow().create(new TemplateOptions("acme crm rollout", LocalDate.of(2027, 3, 1)));
		assertEquals("the template's WBS, as ./wbs new writes it", OutlineIndex.build(expected).size(), OutlineIndex.build(created).size());
		assertEquals(expected.getResources().size(), created.getResources().size());
		IEditorPart editor = page.getActiveEditor();
		assertNotNull("the model opened", editor);
		assertEquals(WbsEditor.ID, editor.getSite().getId());
		assertEquals(file, editor.getEditorInput().getAdapter(IFile.class));
		assertFalse(Stream.of(project.members()).anyMatch(r -> r.getName().endsWith(".tmp")));
	}

	@Test
	public void newModelRefusesAFileThatExists() throws Exception {
		project.getFile("plan.wbs").create(new ByteArrayInputStream("keep me".getBytes(StandardCharsets.UTF_8)), true, null);
		WizardDriver wizard = open(PlatformUI.getWorkbench().getNewWizardRegistry(), NewModelWizard.ID, new StructuredSelection(project));
		wizard.press("Next >");
		wizard.type(wizard.field("File name:"), "plan.wbs");
		assertNotNull("an existing file is refused", wizard.error());
		assertTrue(wizard.error(), wizard.error().contains("exists"));
		assertEquals("keep me", new String(project.getFile("plan.wbs").getContents().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	public void importsAnMsProjectFileWithTheFormatFoundFromIt() throws Exception {
		Project example = ModelFiles.load(ModelFixture.EXAMPLE);
		Path mspdi = temp.resolve("crm-plan.xml");
		ExchangeFormats.exportFile(example, ExchangeFormats.exporter("mspdi").orElseThrow(), mspdi, ExchangeWarnings.into(new ArrayList<>()));

		WizardDriver wizard = open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportModelWizard.ID, new StructuredSelection(project));
		List<String> formats = List.of(wizard.combo("Format:").getItems());
		ExchangeFormats.importers().forEach(importer -> assertTrue(importer.label() + " in " + formats, formats.contains(importer.label())));
		wizard.type(wizard.field("From file:"), mspdi.toString());
		assertEquals("the format found from the file", "Format: " + ExchangeFormats.importer("mspdi").orElseThrow().label(),
				((org.eclipse.jface.wizard.WizardPage) wizard.dialog.getCurrentPage()).getMessage());
		assertFalse("no language for an XML file", wizard.combo("MPX language:").isEnabled());
		assertFalse("no password for an XML file", wizard.field("Password:").isEnabled());
		wizard.screenshot("wizard-import-1-source");
		wizard.press("Next >");
		assertEquals("crm-plan.wbs", wizard.field("File name:").getText());
		wizard.screenshot("wizard-import-2-target");
		// what the format cannot carry comes in a warning dialog of its own, answered as a user does
		DialogAnswer warnings = DialogAnswer.when(display, "Import warnings", DialogAnswer::pressDefault);
		wizard.press("Finish");
		UiTestSupport.waitFor(display, wizard::closed, 5000);
		if (warnings.answered()) {
			warnings.check();
		}
		assertTrue("the wizard closed: " + (wizard.closed() ? "" : wizard.error()), wizard.closed());
		IFile file = project.getFile("crm-plan.wbs");
		assertTrue(file.exists());
		Project imported = ModelFiles.load(Path.of(file.getLocationURI()));
		assertEquals("every task of the file", OutlineIndex.build(example).size(), OutlineIndex.build(imported).size());
		assertEquals(example.getResources().size(), imported.getResources().size());
		assertEquals(file, page.getActiveEditor().getEditorInput().getAdapter(IFile.class));
	}

	@Test
	public void aFailedImportChangesNothingAndSaysWhyOnThePage() throws Exception {
		Path broken = temp.resolve("broken.xml");
		Files.writeString(broken, "<?xml version=\"1.0\"?>\n<Project xmlns=\"http://schemas.microsoft.com/project\">\n<Tasks><Task><UID>1</UID>");
		WizardDriver wizard = open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportModelWizard.ID, new StructuredSelection(project));
		wizard.type(wizard.field("From file:"), broken.toString());
		wizard.choose(wizard.combo("Format:"), ExchangeFormats.importer("mspdi").orElseThrow().label());
		wizard.press("Next >");
		int membersBefore = project.members().length;
		wizard.press("Finish");
		assertFalse("the wizard stays open", wizard.closed());
		String error = wizard.error();
		assertNotNull(error);
		assertTrue(error, error.contains("broken.xml"));
		assertFalse("one line: " + error, error.contains("\n"));
		wizard.screenshot("wizard-import-failed");
		assertFalse(project.getFile("broken.wbs").exists());
		assertEquals("nothing written", membersBefore, project.members().length);
		assertFalse(Files.exists(temp.resolve("broken.wbs")));
	}

	@Test
	public void exportsWhatAViewKeepsInTheChosenFormat() throws Exception {
		IFile model = project.getFile("pschse-crm.wbs");
		model.create(Files.newInputStream(ModelFixture.EXAMPLE), true, null);
		WizardDriver wizard = open(PlatformUI.getWorkbench().getExportWizardRegistry(), ExportModelWizard.ID, new StructuredSelection(model));
		assertEquals(model.getFullPath().toString(), wizard.field("Model:").getText());
		List<String> formats = List.of(wizard.combo("Format:").getItems());
		assertEquals("every exporter", ExchangeFormats.exporters().size(), formats.size());
		Project example = ModelFiles.load(ModelFixture.EXAMPLE);
		List<String> views = List.of(wizard.combo("View:").getItems());
		assertEquals("all tasks and the model's views", example.getViews().size() + 1, views.size());
		String mspdi = ExchangeFormats.exporter("mspdi").orElseThrow().label();
		assertTrue("a plan never exported is offered MS Project's XML first: " + wizard.combo("Format:").getText(),
				wizard.combo("Format:").getText().startsWith(mspdi));
		wizard.choose(wizard.combo("View:"), "Steering committee");
		Path target = temp.resolve("steering.xml");
		wizard.type(wizard.field("To file:"), target.toString());
		wizard.screenshot("wizard-export");
		// what the format cannot carry comes in a warning dialog of its own, answered as a user does
		List<String> confirmed = new ArrayList<>();
		java.util.function.Consumer<org.eclipse.swt.widgets.Shell> read = shell -> {
			confirmed.add(org.wbsmodeler.ui.tests.Widgets.texts(shell));
			org.wbsmodeler.ui.tests.Screenshots.save(shell, "wizard-export-confirmed");
			DialogAnswer.pressDefault(shell);
		};
		DialogAnswer warnings = DialogAnswer.when(display, "Export warnings", read);
		DialogAnswer finished = DialogAnswer.when(display, "Export finished", read);
		wizard.press("Finish");
		UiTestSupport.waitFor(display, wizard::closed, 5000);
		DialogAnswer.checkEither(warnings, finished);
		assertTrue("the wizard closed: " + (wizard.closed() ? "" : wizard.error()), wizard.closed());
		assertTrue(Files.exists(target));
		View steering = ViewFilter.find(example, "Steering committee");
		int kept = ViewFilter.apply(example, steering).kept().size();
		assertTrue("the user is told what was written: " + confirmed,
				confirmed.size() == 1 && confirmed.get(0).contains("Exported " + kept + " tasks, ") && confirmed.get(0).contains(" resources \u2192 " + target));
		Project written = ExchangeFormats.importFile(target, ExchangeWarnings.into(new ArrayList<>()));
		int exported = OutlineIndex.build(written).size();
		assertEquals("what the view keeps, as ./wbs export --view writes it", kept, exported);
		assertTrue("a view keeps less than the plan", exported < OutlineIndex.build(example).size());

		// the next export of this plan offers the format it was last exported to
		WizardDriver again = open(PlatformUI.getWorkbench().getExportWizardRegistry(), ExportModelWizard.ID, new StructuredSelection(model));
		assertTrue(again.combo("Format:").getText().startsWith(mspdi));
		String csv = ExchangeFormats.exporter("csv").orElseThrow().label();
		again.choose(again.combo("Format:"), csv);
		again.type(again.field("To file:"), temp.resolve("plan.csv").toString());
		DialogAnswer done = DialogAnswer.when(display, "Export finished", DialogAnswer::pressDefault);
		DialogAnswer warned = DialogAnswer.when(display, "Export warnings", DialogAnswer::pressDefault);
		again.press("Finish");
		UiTestSupport.waitFor(display, again::closed, 5000);
		DialogAnswer.checkEither(warned, done);
		WizardDriver third = open(PlatformUI.getWorkbench().getExportWizardRegistry(), ExportModelWizard.ID, new StructuredSelection(model));
		assertTrue("remembered per plan: " + third.combo("Format:").getText(), third.combo("Format:").getText().startsWith(csv));
	}

	@Test
	public void exportToAFileThatCannotBeWrittenStaysOnThePage() throws Exception {
		IFile model = project.getFile("pschse-crm.wbs");
		model.create(Files.newInputStream(ModelFixture.EXAMPLE), true, null);
		IDE.openEditor(page, model);
		WizardDriver wizard = open(PlatformUI.getWorkbench().getExportWizardRegistry(), ExportModelWizard.ID, StructuredSelection.EMPTY);
		assertEquals("the active editor's model", model.getFullPath().toString(), wizard.field("Model:").getText());
		Path blocked = temp.resolve("a-file");
		Files.writeString(blocked, "not a folder");
		wizard.choose(wizard.combo("Format:"), ExchangeFormats.exporter("csv").orElseThrow().label());
		wizard.type(wizard.field("To file:"), blocked.resolve("plan.csv").toString());
		wizard.press("Finish");
		assertFalse("the wizard stays open", wizard.closed());
		assertNotNull(wizard.error());
		assertFalse(wizard.error(), wizard.error().contains("\n"));
		assertTrue(wizard.error(), wizard.error().contains("cannot write (a file is in the way: " + blocked));
		wizard.screenshot("wizard-export-failed");
		assertEquals("not a folder", Files.readString(blocked));
	}

	private WizardDriver open(org.eclipse.ui.wizards.IWizardRegistry registry, String id, StructuredSelection selection) throws Exception {
		WizardDriver wizard = WizardDriver.open(registry, id, selection);
		opened.add(wizard);
		return wizard;
	}
}
