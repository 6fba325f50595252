package org.wbsmodeler.ui.commands;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.ui.pages.scope.ScopePage;
import org.wbsmodeler.ui.tests.DialogAnswer;
import org.wbsmodeler.ui.tests.ModelFixture;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.TestModelEditor;
import org.wbsmodeler.ui.tests.UiTestSupport;
import org.wbsmodeler.ui.tests.Widgets;

/**
 * The WBS commands as the workbench runs them: declared in plugin.xml, enabled while a model editor is active,
 * executed through the handler service on the active editor's domain and selection.
 */
public class WbsCommandsTest {

	private static final List<String> IDS = List.of("validate", "schedule", "saveBaseline", "why", "export", "import", "render", "report");

	private IProject project;
	private TestModelEditor editor;
	private IWorkbenchPage page;
	private Display display;

	@Before
	public void openEditor() throws Exception {
		display = Display.getCurrent();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("commands-" + System.nanoTime());
		project.create(null);
		project.open(null);
		IFile file = project.getFile("pschse-crm.wbstest");
		file.create(new ByteArrayInputStream(Files.readAllBytes(ModelFixture.EXAMPLE)), true, null);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.getWorkbenchWindow().getShell().setBounds(0, 0, 1280, 800);
		editor = (TestModelEditor) IDE.openEditor(page, file, TestModelEditor.ID);
		UiTestSupport.settle(display);
	}

	@After
	public void closeEditor() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, null);
	}

	@Test
	public void everyCommandIsDeclaredAndEnabledOnAModelEditor() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String id : IDS) {
			Command command = commands.getCommand("org.wbsmodeler.ui." + id);
			assertTrue(id, command.isDefined());
			assertTrue(id + " has a handler", command.isHandled());
			assertTrue(id + " is enabled", command.isEnabled());
		}
		Screenshots.save(page.getWorkbenchWindow().getShell(), "workbench-with-wbs-commands");
	}

	@Test
	public void validateSaysTheModelIsValid() throws Exception {
		String[] message = { null };
		DialogAnswer answer = DialogAnswer.when(display, "Validate", shell -> {
			message[0] = Widgets.texts(shell);
			Screenshots.save(shell, "dialog-validate");
			DialogAnswer.pressDefault(shell);
		});
		execute("validate");
		answer.check();
		assertTrue(message[0], message[0].contains("No problems"));
	}

	@Test
	public void scheduleShowsTheCriticalPath() throws Exception {
		int[] rows = { 0 };
		String[] first = { null };
		DialogAnswer answer = DialogAnswer.when(display, "Schedule", shell -> {
			Table table = (Table) Widgets.all(shell).stream().filter(Table.class::isInstance).findFirst().orElseThrow();
			rows[0] = table.getItemCount();
			first[0] = table.getItem(0).getText(0) + " " + table.getItem(0).getText(1) + " " + table.getItem(0).getText(2);
			Screenshots.save(shell, "dialog-schedule");
			DialogAnswer.pressDefault(shell);
		});
		execute("schedule");
		answer.check();
		assertTrue(rows[0] > 5);
		assertEquals("1.1.1 Draft charter Mon 2027-02-01 08:00", first[0]);
	}

	@Test
	public void whyExplainsTheSelectedActivity() throws Exception {
		ScopePage scope = editor.page();
		scope.showTab(ScopePage.TRACEABILITY);
		TableViewer matrix = (TableViewer) scope.viewer(ScopePage.TRACEABILITY);
		matrix.getControl().setFocus();
		matrix.setSelection(new StructuredSelection(editor.model().element("2.1.2")), true);
		UiTestSupport.settle(display);
		String[] text = { null };
		DialogAnswer answer = DialogAnswer.when(display, "Why", shell -> {
			text[0] = Widgets.texts(shell);
			Screenshots.save(shell, "dialog-why");
			DialogAnswer.pressDefault(shell);
		});
		execute("why");
		answer.check();
		assertTrue(text[0], text[0].contains("waits for 2.1.1 Plan requirement workshops (FS +2 d)"));
	}

	@Test
	public void saveBaselineAsksANameAndIsUndoable() throws Exception {
		DialogAnswer answer = DialogAnswer.when(display, "Save baseline", shell -> {
			Screenshots.save(shell, "dialog-save-baseline");
			DialogAnswer.pressDefault(shell);
		});
		execute("saveBaseline");
		answer.check();
		ModelFixture model = editor.model();
		assertEquals(1, model.project.getBaselines().size());
		assertEquals("Baseline 1", model.project.getBaselines().get(0).getName());
		assertEquals("Save baseline 'Baseline 1'", model.undoLabel());
		model.domain.getCommandStack().undo();
		assertTrue(model.project.getBaselines().isEmpty());
	}

	@Test
	public void validateOfABrokenModelPutsItsProblemsIntoTheProblemsView() throws Exception {
		ModelFixture model = editor.model();
		model.domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(model.domain, model.element("2.1.3"),
				org.wbsmodeler.model.WbsPackage.Literals.WBS_ELEMENT__DURATION, -4.0));
		String[] message = { null };
		DialogAnswer answer = DialogAnswer.when(display, "Validate", shell -> {
			message[0] = Widgets.texts(shell);
			DialogAnswer.pressDefault(shell);
		});
		execute("validate");
		answer.check();
		assertTrue(message[0], message[0].contains("1 error(s), 0 warning(s)"));
		IFile file = (IFile) editor.getEditorInput().getAdapter(IFile.class);
		org.eclipse.core.resources.IMarker[] markers = org.wbsmodeler.ui.markers.ProblemMarkers.of(file);
		assertEquals(1, markers.length);
		assertEquals("2.1.3", markers[0].getAttribute(org.eclipse.core.resources.IMarker.LOCATION, ""));
		page.showView(org.eclipse.ui.IPageLayout.ID_PROBLEM_VIEW);
		page.activate(editor);
		// the Problems view fills its tree in a job of its own
		UiTestSupport.waitFor(display, () -> Widgets.all(page.getWorkbenchWindow().getShell()).stream()
				.anyMatch(c -> c instanceof org.eclipse.swt.widgets.Tree tree && tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("Errors")), 10_000);
		for (var control : Widgets.all(page.getWorkbenchWindow().getShell())) {
			if (control instanceof org.eclipse.swt.widgets.Tree tree && tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("Errors")) {
				// expanded from the keyboard, so that the view's lazy tree fills the group in
				tree.getColumn(0).setWidth(560);
				tree.setFocus();
				tree.setSelection(tree.getItem(0));
				org.wbsmodeler.ui.tests.Gestures.key(display, org.eclipse.swt.SWT.ARROW_RIGHT, (char) 0);
				if (tree.getItem(0).getItemCount() == 0 || !tree.getItem(0).getExpanded()) {
					org.wbsmodeler.ui.tests.Gestures.key(display, 0, '+');
				}
			}
		}
		UiTestSupport.settle(display);
		Screenshots.save(page.getWorkbenchWindow().getShell(), "workbench-problems-view");
	}

	private void execute(String id) throws Exception {
		page.activate(editor);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.wbsmodeler.ui." + id, null);
		UiTestSupport.settle(display);
	}
}
