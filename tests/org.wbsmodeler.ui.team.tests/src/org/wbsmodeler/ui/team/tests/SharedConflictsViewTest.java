package org.wbsmodeler.ui.team.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.ui.compare.conflicts.ConflictsView;
import org.wbsmodeler.ui.team.editor.SharedEditor;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Gestures;
import org.wbsmodeler.ui.tests.Input;
import org.wbsmodeler.ui.tests.Screenshots;
import org.wbsmodeler.ui.tests.Widgets;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Conflicts with others' commits in the Conflicts view, as a git merge's: one that arrives live while Ben's edit is
 * unsaved, one that a save runs into (the server refuses it with 409). Ben takes theirs for one and ours for the
 * other with the view's buttons, saves, and the server has exactly that.
 */
public class SharedConflictsViewTest {

	private static Team team;

	@BeforeClass
	public static void start() throws Exception {
		team = Team.start("Conflicted plan");
	}

	@AfterClass
	public static void stop() throws Exception {
		team.close();
	}

	@Test
	public void liveAndSaveTimeConflictsArePickedInTheConflictsView() throws Exception {
		try (EditorFixture fixture = SharedPlans.open(team.server.url(), team.plan, team.rows, team.benToken)) {
			SharedEditor shared = SharedPlans.shared(fixture);
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().startsWith("Shared r1"), 10_000));
			WbsElement charter = fixture.element("1.1.1");
			WbsElement approval = fixture.element("1.1.2");
			String charterId = PlanCodec.idOf(charter);
			String approvalId = PlanCodec.idOf(approval);
			String approvalName = approval.getName();

			// live: Anna renames what Ben renamed and has not saved
			fixture.typeInCell(charter, PlanColumn.NAME, "Ben's charter");
			commit(1, charterId, team.rows.get(charterId).attrs().get("name").asText(), "Anna's charter");
			assertTrue("the Conflicts view came up", fixture.waitUntil(() -> fixture.page.findView(ConflictsView.ID) != null, 10_000));
			ConflictsView view = (ConflictsView) fixture.page.findView(ConflictsView.ID);
			Table table = view.viewer().getTable();
			assertTrue(view.getContentDescription(), fixture.waitUntil(() -> table.getItemCount() == 1, 10_000));
			TableItem live = row(table, "1.1.1");
			assertEquals("name", live.getText(1));
			assertEquals(team.rows.get(charterId).attrs().get("name").asText(), live.getText(2));
			assertEquals("Ben's charter", live.getText(3));
			assertEquals("Anna's charter", live.getText(4));
			assertTrue(live.getText(5), live.getText(5).startsWith("Changed in commits by anna-"));
			assertEquals("the unsaved value stays", "Ben's charter", charter.getName());
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().startsWith("Shared r2"), 5_000));

			// save-time: Ben's save goes out before Anna's next commit is taken in (the network jobs are held
			// meanwhile), so the server refuses it
			fixture.typeInCell(approval, PlanColumn.NAME, "Ben's approval");
			CountDownLatch holding = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Job hold = Job.create("hold the shared plan's network jobs", monitor -> {
				holding.countDown();
				try {
					release.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return Status.OK_STATUS;
			});
			hold.setRule(shared.networkRule());
			hold.schedule();
			assertTrue(fixture.waitUntil(() -> holding.getCount() == 0, 10_000));
			fixture.page.activate(fixture.editor);
			fixture.activate();
			Input.ctrl(fixture.display(), 's');
			assertTrue("saved", fixture.waitUntil(() -> !fixture.editor.isDirty(), 10_000));
			commit(2, approvalId, approvalName, "Anna's approval");
			release.countDown();
			assertTrue(view.getContentDescription(), fixture.waitUntil(() -> table.getItemCount() == 2, 20_000));
			TableItem refused = row(table, "1.1.2");
			assertEquals("Ben's approval", refused.getText(3));
			assertEquals("Anna's approval", refused.getText(4));
			assertTrue(refused.getText(5), refused.getText(5).startsWith("Save not committed"));
			assertEquals("nothing of the refused save was committed", 3, team.anna.since(team.plan, 0).revision());
			Screenshots.save(fixture.shell(), "shared-plan-conflicts-view");

			// Ben takes Anna's approval and keeps his charter, with the view's buttons, and saves
			Gestures.click(table, row(table, "1.1.2"), 0);
			Gestures.click(Widgets.button(view.viewer().getControl().getParent(), "Take Theirs"));
			assertEquals("Anna's approval", approval.getName());
			Gestures.click(table, row(table, "1.1.1"), 0);
			Gestures.click(Widgets.button(view.viewer().getControl().getParent(), "Take Ours"));
			assertEquals(0, table.getItemCount());
			assertEquals("Ben's charter", charter.getName());
			Screenshots.save(fixture.shell(), "shared-plan-conflicts-picked");
			fixture.page.activate(fixture.editor);
			fixture.activate();
			Input.ctrl(fixture.display(), 's');
			assertTrue("the save committed", fixture.waitUntil(() -> {
				try {
					return team.anna.since(team.plan, 0).revision() == 4;
				} catch (Exception e) {
					return false;
				}
			}, 20_000));
			Map<String, ElementRow> head = team.anna.checkout(team.plan).rows();
			assertEquals("Ben's charter", head.get(charterId).attrs().get("name").asText());
			assertEquals("Anna's approval", head.get(approvalId).attrs().get("name").asText());
			fixture.page.hideView(view);
		}
	}

	private static void commit(long base, String element, String old, String name) throws Exception {
		PlanClient.Outcome outcome = team.anna.commit(team.plan, base, "rename", List.of(new Change(element, "name", TextNode.valueOf(old), TextNode.valueOf(name))));
		assertEquals(base + 1, outcome.revision());
	}

	private static TableItem row(Table table, String code) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).startsWith(code + " ")) {
				return item;
			}
		}
		throw new AssertionError("no conflict of " + code + " listed");
	}
}
