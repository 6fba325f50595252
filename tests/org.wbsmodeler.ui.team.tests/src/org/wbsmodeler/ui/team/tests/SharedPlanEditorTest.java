package org.wbsmodeler.ui.team.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.widgets.Table;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.client.WorkingCopy;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.ui.team.editor.SharedEditor;
import org.wbsmodeler.ui.team.editor.SharedEditors;
import org.wbsmodeler.ui.team.history.HistoryRow;
import org.wbsmodeler.ui.team.history.HistoryView;
import org.wbsmodeler.ui.team.open.OpenSharedPlan;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A shared plan in the studio against a real server on 127.0.0.1 and the server tests' PostgreSQL: Ben edits in the
 * editor, Anna commits from elsewhere; Anna's commit arrives live without taking Ben's unsaved edit, Ctrl+Z does not
 * take it back, Ctrl+S commits Ben's edit, and the status line shows the revision and that Anna has the plan open.
 */
public class SharedPlanEditorTest {

	private static Team team;

	@BeforeClass
	public static void start() throws Exception {
		team = Team.start("CRM rollout");
	}

	@AfterClass
	public static void stop() throws Exception {
		team.close();
	}

	@Test
	public void othersCommitsArriveLiveUnsavedEditsStayAndSaveCommits() throws Exception {
		IFile checkedOut = OpenSharedPlan.checkout(new OpenSharedPlan.Address(team.server.url(), team.plan), team.benToken, null);
		Path copy = checkedOut.getLocation().toFile().toPath();
		assertTrue(Files.isRegularFile(WorkingCopy.baseFile(copy)));
		assertEquals(1, WorkingCopy.open(copy).revision());

		try (EditorFixture fixture = EditorFixture.open(Files.readAllBytes(copy))) {
			Path file = fixture.file.getLocation().toFile().toPath();
			WorkingCopy.writeBase(file, team.server.url(), team.plan, 1, team.rows);
			SharedEditor shared = SharedEditors.attach(fixture.editor);
			assertTrue("the editor is a shared one", shared != null);
			team.anna.presence(team.plan, "anna-browser");
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().contains(team.annaName), 20_000));
			assertTrue(shared.statusText(), shared.statusText().startsWith("Shared r1"));
			IStatusLineManager line = fixture.editor.getEditorSite().getActionBars().getStatusLineManager();
			assertTrue("the status line has the shared plan's field", line.find("org.wbsmodeler.ui.team.status") != null);

			// Ben's unsaved edit, typed into the Plan
			WbsElement mine = fixture.element("1.1.1");
			WbsElement theirs = fixture.element("1.1.2");
			String theirsName = theirs.getName();
			fixture.typeInCell(mine, PlanColumn.NAME, "Ben's charter");
			assertEquals("Ben's charter", mine.getName());
			assertTrue(fixture.editor.isDirty());

			// Anna renames another element on the server: it arrives live, Ben's edit stays
			String theirsId = PlanCodec.idOf(theirs);
			PlanClient.Outcome annas = team.anna.commit(team.plan, 1, "rename", List.of(new Change(theirsId, "name", TextNode.valueOf(theirsName),
					TextNode.valueOf("Anna's approval"))));
			assertEquals(2, annas.revision());
			assertTrue(theirs.getName(), fixture.waitUntil(() -> "Anna's approval".equals(theirs.getName()), 20_000));
			assertEquals("Ben's charter", mine.getName());
			assertTrue(fixture.editor.isDirty());
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().startsWith("Shared r2"), 10_000));
			// Ctrl+Z cannot take Anna's commit back as if it were Ben's
			assertFalse("a commit by someone else is not undoable", fixture.editor.getEditingDomain().getCommandStack().canUndo());
			Screenshots.save(fixture.shell(), "shared-plan-live-update");

			// Ctrl+S commits Ben's edit on top of Anna's
			fixture.activate();
			Input.ctrl(fixture.display(), 's');
			assertTrue("the save committed", fixture.waitUntil(() -> {
				try {
					return team.anna.since(team.plan, 2).revision() == 3;
				} catch (Exception e) {
					return false;
				}
			}, 20_000));
			Map<String, ElementRow> head = team.anna.checkout(team.plan).rows();
			assertEquals("Ben's charter", head.get(PlanCodec.idOf(mine)).attrs().get("name").asText());
			assertEquals("Anna's approval", head.get(theirsId).attrs().get("name").asText());
			assertTrue(fixture.waitUntil(() -> shared.statusText().startsWith("Shared r3"), 10_000));
			assertTrue("the base beside the file is the committed revision", fixture.waitUntil(() -> {
				try {
					return WorkingCopy.open(file).revision() == 3;
				} catch (Exception e) {
					return false;
				}
			}, 10_000));
			Screenshots.save(fixture.shell(), "shared-plan-committed");

			// History of Anna's element: her rename, restored by Ben as a new commit
			HistoryView history = (HistoryView) fixture.page.showView(HistoryView.ID);
			fixture.activate();
			Input.click(fixture.item(theirs), PlanColumn.NAME.ordinal());
			boolean listed = fixture.waitUntil(() -> history.rows().stream()
					.anyMatch(r -> ((HistoryRow) r).revision() == 2 && ((HistoryRow) r).what().equals("name")), 20_000);
			Screenshots.save(fixture.shell(), "shared-plan-history");
			assertTrue("the history lists the rename: " + history.heading() + " " + history.rows(), listed);
			// the share created the element: one row, not one per stored feature, and no bookkeeping features
			List<?> created = history.rows().stream().filter(r -> ((HistoryRow) r).revision() == 1).toList();
			assertEquals("one row for the creation: " + created, 1, created.size());
			assertEquals(HistoryRow.CREATED, ((HistoryRow) created.get(0)).what());
			assertTrue(((HistoryRow) created.get(0)).newText(), ((HistoryRow) created.get(0)).newText().endsWith(theirsName));
			assertFalse("no @ features listed: " + history.rows(), history.rows().stream().anyMatch(r -> ((HistoryRow) r).what().startsWith("@")));
			assertEquals(List.of("name", HistoryRow.CREATED), history.rows().stream().map(r -> ((HistoryRow) r).what()).toList());
			HistoryRow rename = (HistoryRow) history.rows().stream().filter(r -> ((HistoryRow) r).revision() == 2).findFirst().orElseThrow();
			Table table = history.viewer().getTable();
			int index = history.rows().indexOf(rename);
			org.eclipse.swt.graphics.Rectangle cell = table.getItem(index).getBounds(0);
			Input.clickAt(table, cell.x + 5, cell.y + cell.height / 2);
			assertTrue("the click selected the rename", fixture.waitUntil(() -> history.restoreAction().isEnabled(), 5_000));
			history.restoreAction().run();
			assertTrue("the restore is a new commit", fixture.waitUntil(() -> {
				try {
					return team.anna.since(team.plan, 3).revision() == 4;
				} catch (Exception e) {
					return false;
				}
			}, 20_000));
			assertEquals(theirsName, team.anna.checkout(team.plan).rows().get(theirsId).attrs().get("name").asText());
			assertEquals(theirsName, theirs.getName());
			assertTrue("the restore is Ben's own edit, undoable", fixture.editor.getEditingDomain().getCommandStack().canUndo());
			assertTrue(fixture.waitUntil(() -> history.rows().size() > 0 && ((HistoryRow) history.rows().get(0)).revision() == 4, 20_000));
			Screenshots.save(fixture.shell(), "shared-plan-history-restored");
			fixture.page.hideView(history);
			fixture.page.closeEditor(fixture.editor, false);
			fixture.editor = null;
			assertTrue("the stream's thread ends with the editor", fixture.waitUntil(() -> !shared.listening(), 10_000));
		}
	}
}
