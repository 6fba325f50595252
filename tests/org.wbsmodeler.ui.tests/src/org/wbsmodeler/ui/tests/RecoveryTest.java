package org.wbsmodeler.ui.tests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.recovery.RecoveryDialog;
import org.wbsmodeler.ui.recovery.RecoveryOffer;
import org.wbsmodeler.ui.recovery.RecoveryStore;
import org.wbsmodeler.ui.recovery.WorkspaceRecovery;

/**
 * Unsaved changes survive a crash: kept apart from the file within seconds of an edit, offered at the next start
 * ("Recover Unsaved Changes"), reopened unsaved; saving or closing without saving drops them; the file on disk is
 * only ever written by Save. (The kill -9 of a real studio process is in the studio tests.)
 */
public class RecoveryTest {

	private static final RecoveryStore STORE = WorkspaceRecovery.store();

	private static void rename(EditorFixture fixture, String code, String name) {
		WbsElement row = fixture.element(code);
		fixture.editor.session().run(SetCommand.create(fixture.editor.getEditingDomain(), row, WbsPackage.Literals.WBS_ELEMENT__NAME, name), "refused");
	}

	private static Path plan(EditorFixture fixture) {
		return fixture.file.getLocation().toFile().toPath();
	}

	@Test
	public void anEditIsKeptApartAndTheFileIsNotTouched() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			byte[] before = Files.readAllBytes(plan(fixture));
			assertNull("nothing kept for a clean plan", STORE.find(plan(fixture)));
			long edit = System.nanoTime();
			rename(fixture, "3.1.1", "Design the data model (unsaved)");
			// how soon is a figure printed (measured on a real studio by crash/kill9-recovery.sh), not a timed assertion
			boolean written = fixture.waitUntil(() -> STORE.find(plan(fixture)) != null, 30_000);
			assertTrue("kept: dirty " + fixture.editor.isDirty() + ", " + plan(fixture) + ", in " + STORE.directory() + ": "
					+ (Files.isDirectory(STORE.directory()) ? java.util.Arrays.toString(STORE.directory().toFile().list()) : "no directory"), written);
			long millis = (System.nanoTime() - edit) / 1_000_000;
			System.out.println("recovery: edit -> recovery file written in " + millis + " ms");
			RecoveryStore.Recovery kept = STORE.find(plan(fixture));
			assertTrue("kept in the workspace's state area, not beside the plan", kept.model().startsWith(STORE.directory()));
			assertFalse(kept.model().getParent().equals(plan(fixture).getParent()));
			assertEquals("Design the data model (unsaved)", element(ModelFiles.load(kept.model()), "3.1.1").getName());
			assertArrayEquals("the plan's file is untouched", before, Files.readAllBytes(plan(fixture)));

			fixture.saveAndLoad();
			assertTrue("saving drops what was kept", fixture.waitUntil(() -> STORE.find(plan(fixture)) == null, 30_000));
			rename(fixture, "3.1.1", "Edited again");
			assertTrue(fixture.waitUntil(() -> STORE.find(plan(fixture)) != null, 30_000));
			fixture.editor.getEditingDomain().getCommandStack().undo();
			assertTrue("undone back to the saved state: nothing to keep", fixture.waitUntil(() -> STORE.find(plan(fixture)) == null, 30_000));
			rename(fixture, "3.1.1", "Edited once more");
			assertTrue(fixture.waitUntil(() -> STORE.find(plan(fixture)) != null, 30_000));
			fixture.page.closeEditor(fixture.editor, false);
			fixture.editor = null;
			assertTrue("closing without saving drops it", fixture.waitUntil(() -> STORE.find(plan(fixture)) == null, 30_000));
		}
	}

	@Test
	public void afterACrashRecoverOpensThePlanUnsavedWithItsEditsAndDiscardDropsThem() throws Exception {
		try (EditorFixture fixture = EditorFixture.openExample()) {
			Path file = plan(fixture);
			byte[] before = Files.readAllBytes(file);
			rename(fixture, "3.1.1", "Recovered name");
			assertTrue(fixture.waitUntil(() -> STORE.find(file) != null, 30_000));
			Path model = STORE.find(file).model();
			List<Path> crashed = keepAside(STORE.find(file));
			// what a crash leaves: the recovery files, and no editor
			fixture.page.closeEditor(fixture.editor, false);
			fixture.editor = null;
			assertTrue(fixture.waitUntil(() -> !Files.exists(model), 30_000));
			putBack(crashed, STORE.directory());
			RecoveryStore.Recovery offered = STORE.find(file);
			assertNotNull(offered);

			List<String> listed = new ArrayList<>();
			DialogAnswer answer = DialogAnswer.when(fixture.display(), RecoveryDialog.TITLE, shell -> {
				Table table = (Table) Widgets.all(shell).stream().filter(Table.class::isInstance).findFirst().orElseThrow();
				for (int i = 0; i < table.getItemCount(); i++) {
					listed.add(table.getItem(i).getText(0) + " | " + table.getItem(i).getText(1));
				}
				Screenshots.save(shell, "recover-unsaved-changes-dialog");
				Gestures.click(Widgets.button(shell, "&Recover"));
			});
			assertEquals(RecoveryDialog.RECOVER, RecoveryOffer.offer(PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
			answer.check();
			assertTrue(listed.toString(), listed.stream().anyMatch(row -> row.startsWith(file.toString() + " | ") && row.length() > file.toString().length() + 3));
			IEditorPart part = fixture.page.getActiveEditor();
			assertTrue(part instanceof WbsEditor);
			fixture.editor = (WbsEditor) part;
			fixture.flush();
			assertTrue("recovered: unsaved", fixture.editor.isDirty());
			assertEquals("Recovered name", fixture.element("3.1.1").getName());
			assertArrayEquals("the file is still the saved one", before, Files.readAllBytes(file));
			Screenshots.save(fixture.shell(), "recovered-plan-dirty");
			assertEquals("Recovered name", element(fixture.saveAndLoad(), "3.1.1").getName());
			assertFalse(fixture.editor.isDirty());
			assertTrue("saved: the recovery goes", fixture.waitUntil(() -> !Files.exists(model), 30_000));

			putBack(crashed, STORE.directory());
			DialogAnswer discard = DialogAnswer.when(fixture.display(), RecoveryDialog.TITLE, shell -> Gestures.click(Widgets.button(shell, "&Discard")));
			assertEquals(RecoveryDialog.DISCARD, RecoveryOffer.offer(PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
			discard.check();
			assertNull("discarded", STORE.find(file));
			assertEquals("nothing offered when nothing is kept", -1, RecoveryOffer.offer(PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
		}
	}

	private static WbsElement element(org.wbsmodeler.model.Project project, String code) {
		return org.wbsmodeler.ui.plan.Codes.index(project).byCode(code);
	}

	private static List<Path> keepAside(RecoveryStore.Recovery kept) throws Exception {
		Path aside = Files.createTempDirectory("crashed");
		List<Path> copies = new ArrayList<>();
		try (var files = Files.list(kept.model().getParent())) {
			for (Path each : files.toList()) {
				String name = each.getFileName().toString();
				String key = kept.model().getFileName().toString().replace(".wbs", "");
				if (name.startsWith(key)) {
					copies.add(Files.copy(each, aside.resolve(name)));
				}
			}
		}
		return copies;
	}

	private static void putBack(List<Path> copies, Path directory) throws Exception {
		for (Path copy : copies) {
			Files.copy(copy, directory.resolve(copy.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
