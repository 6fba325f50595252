package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.junit.Test;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.ui.editor.WbsEditor;

/** Opening, dirty state, save and reload, broken files, files changed on disk, and going to a marker. */
public class EditorLifecycleTest {

	@Test
	public void wbsFilesHaveTheContentTypeAndOpenInOurEditor() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			IEditorDescriptor descriptor = IDE.getDefaultEditor(fixture.file);
			assertEquals(WbsEditor.ID, descriptor.getId());
			assertEquals("org.wbsmodeler.ui.wbsModel", fixture.file.getContentDescription().getContentType().getId());
			assertEquals(WbsEditor.ID, PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("x.wbs").getId());
		}
	}

	@Test
	public void editsMakeItDirtySaveCleansItAndTheReloadedModelIsIdentical() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			assertFalse(fixture.editor.isDirty());
			WbsElement row = fixture.element("3.1.1");
			fixture.editor.getEditingDomain().getCommandStack().execute(
					SetCommand.create(fixture.editor.getEditingDomain(), row, WbsPackage.Literals.WBS_ELEMENT__NAME, "Design data model"));
			fixture.flush();
			assertTrue(fixture.editor.isDirty());
			assertTrue("the tab shows the dirty marker", fixture.editor.getTitle() != null && fixture.page.getDirtyEditors().length == 1);
			Project saved = fixture.saveAndLoad();
			assertFalse("saved: clean", fixture.editor.isDirty());
			assertTrue("the file holds exactly the editor's model", EcoreUtil.equals(fixture.model(), saved));
			List<String> before = fixture.planRows();
			fixture.page.closeEditor(fixture.editor, false);
			fixture.reopen();
			assertEquals("reopened: the same rows", before, fixture.planRows());
			assertEquals("Design data model", fixture.element("3.1.1").getName());
			Screenshots.save(fixture.shell(), "plan-reopened-after-save");
		}
	}

	@Test
	public void aBrokenFileOpensAsAnErrorPageWithTheOneLineMessageAndIsNotTouched() throws Exception {
		byte[] broken = "<?xml version=\"1.0\"?>\n<wbs:Project xmlns:wbs=\"http://www.wbsmodeler.org/wbs/1.0\" name=\"x\">\n<children".getBytes(StandardCharsets.UTF_8);
		try (EditorFixture fixture = EditorFixture.open(broken)) {
			assertNull(fixture.editor.project());
			String message = fixture.editor.loadProblem();
			assertTrue(message, message.contains("model.wbs"));
			assertFalse("one line", message.contains("\n"));
			assertFalse(fixture.editor.isDirty());
			Screenshots.save(fixture.shell(), "editor-broken-file");
			fixture.page.closeEditor(fixture.editor, true);
			fixture.editor = null;
			assertArrayEquals("the file is untouched", broken, Files.readAllBytes(fixture.file.getLocation().toFile().toPath()));
		}
	}

	@Test
	public void aFileChangedOnDiskIsReloadedWhenTheEditorIsClean() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			renameOnDisk(fixture);
			// the workspace may deliver the change a moment later (it batches notifications)
			assertTrue("reloaded", fixture.waitUntil(() -> "Draft the charter".equals(fixture.element("1.1.1").getName()), 5000));
			assertEquals("Draft the charter", fixture.element("1.1.1").getName());
			assertEquals("Draft the charter", fixture.item(fixture.element("1.1.1")).getText(1));
			assertFalse(fixture.editor.isDirty());
		}
	}

	@Test
	public void aFileChangedOnDiskWhileEditsAreUnsavedIsNotReloadedBehindTheUsersBack() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = longerDraft(fixture);
			// the editor is not the active part: the question waits until the user comes back to it
			fixture.page.activate(fixture.page.findView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER));
			renameOnDisk(fixture);
			UiTestSupport.settle(fixture.display());
			assertSame("the unsaved model is kept", row, fixture.element("1.1.1"));
			assertEquals(4.0, row.getDuration(), 1e-9);
			assertTrue(fixture.editor.isDirty());
		}
	}

	/** Dirty and active: the editor asks; "Yes" throws the unsaved edit away and loads the file. */
	@Test
	public void aFileChangedOnDiskWhileDirtyAsksAndReloadsOnYes() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			longerDraft(fixture);
			String[] question = new String[1];
			DialogAnswer answer = DialogAnswer.when(fixture.display(), "File changed", shell -> {
				question[0] = Widgets.texts(shell);
				Screenshots.save(shell, "dialog-file-changed");
				Gestures.click(Widgets.button(shell, "&Yes"));
			});
			renameOnDisk(fixture);
			assertTrue("reloaded", fixture.waitUntil(() -> "Draft the charter".equals(fixture.element("1.1.1").getName()), 8000));
			answer.check();
			assertTrue(question[0], question[0].contains("model.wbs was changed on disk"));
			assertEquals("the file's duration, not the unsaved one", 3.0, fixture.element("1.1.1").getDuration(), 1e-9);
			assertFalse(fixture.editor.isDirty());
			assertEquals(EditorFixture.outline(fixture.model()), fixture.planRows());
		}
	}

	/** "No" keeps the unsaved model; the editor stays dirty and a save would write it over the outside change. */
	@Test
	public void aFileChangedOnDiskWhileDirtyKeepsTheEditsOnNo() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = longerDraft(fixture);
			DialogAnswer answer = DialogAnswer.when(fixture.display(), "File changed", shell -> Gestures.click(Widgets.button(shell, "&No")));
			renameOnDisk(fixture);
			assertTrue("asked", fixture.waitUntil(answer::answered, 8000));
			fixture.flush();
			answer.check();
			assertSame("the unsaved model is kept", row, fixture.element("1.1.1"));
			assertEquals(4.0, row.getDuration(), 1e-9);
			assertTrue(fixture.editor.isDirty());
		}
	}

	/** File &gt; Revert (the editor's global action) reads the file again: edits, their undo history and the dirty mark go. */
	@Test
	public void revertReadsTheFileAgain() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			List<String> rows = fixture.planRows();
			WbsElement row = fixture.element("2.1.3");
			Input.click(fixture.item(row), 1);
			fixture.editor.getEditingDomain().getCommandStack().execute(fixture.editor.session().rules().structure().move(List.of(row), -1));
			fixture.flush();
			assertTrue(fixture.editor.isDirty());
			assertFalse("the move renumbered rows", rows.equals(fixture.planRows()));
			IAction revert = fixture.editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.REVERT.getId());
			assertTrue("Revert is enabled while there are unsaved edits", revert.isEnabled());
			revert.run();
			fixture.flush();
			assertFalse(fixture.editor.isDirty());
			assertFalse("no undo into the old model", fixture.editor.getEditingDomain().getCommandStack().canUndo());
			assertEquals("the rows of the file", rows, fixture.planRows());
			assertEquals(EditorFixture.outline(ModelFiles.load(fixture.file.getLocation().toFile().toPath())), fixture.planRows());
		}
	}

	@Test
	public void savingIsNotMistakenForAnOutsideChange() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = longerDraft(fixture);
			fixture.editor.doSave(null);
			fixture.flush();
			assertTrue("the undo history survives a save (no reload)", fixture.editor.getEditingDomain().getCommandStack().canUndo());
			assertTrue(row.eResource() != null);
		}
	}

	/** Someone else renames 1.1.1 in the file. */
	private static void renameOnDisk(EditorFixture fixture) throws Exception {
		String changed = fixture.fileText().replace("Draft charter", "Draft the charter");
		fixture.file.setContents(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, false, null);
	}

	/** An unsaved edit: 1.1.1 takes four days. */
	private static WbsElement longerDraft(EditorFixture fixture) {
		WbsElement row = fixture.element("1.1.1");
		fixture.editor.getEditingDomain().getCommandStack().execute(
				SetCommand.create(fixture.editor.getEditingDomain(), row, WbsPackage.Literals.WBS_ELEMENT__DURATION, 4.0));
		fixture.flush();
		return row;
	}

	@Test
	public void aMarkerNamingAnElementSelectsIt() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			WbsElement row = fixture.element("4.2.1");
			IMarker marker = fixture.file.createMarker(IMarker.PROBLEM);
			marker.setAttribute(WbsEditor.ELEMENT_ID, row.eResource().getURIFragment(row));
			IDE.gotoMarker(fixture.editor, marker);
			fixture.flush();
			assertEquals(List.of(row), fixture.editor.planPage().selectedRows());
			Screenshots.save(fixture.shell(), "plan-goto-marker");
		}
	}

	@Test
	public void saveAsWritesANewFileAndEditsIt() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			var target = fixture.project.getFile("copy.wbs");
			fixture.editor.saveAs(target);
			fixture.flush();
			assertTrue(target.exists());
			assertEquals("copy.wbs", fixture.editor.getPartName());
			Project copy = ModelFiles.load(target.getLocation().toFile().toPath());
			assertTrue(EcoreUtil.equals(fixture.model(), copy));
		}
	}
}
