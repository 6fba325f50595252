package org.wbsmodeler.ui.team.tests;

import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;


import org.eclipse.swt.widgets.Shell;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.ui.team.editor.SharedEditor;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Screenshots;

/**
 * The status line's shared-plan field follows the editor in front: shown for a shared plan's editor, hidden when a
 * plan editor of a file of one's own comes to the front and when no editor is left; who opens the
 * plan elsewhere arrives over the event stream. Closing the shared plan's editor ends its stream's thread.
 */
public class SharedStatusLineTest {

	private static Team team;

	@BeforeClass
	public static void start() throws Exception {
		team = Team.start("Status plan");
	}

	@AfterClass
	public static void stop() throws Exception {
		team.close();
	}

	@Test
	public void theFieldFollowsTheEditorInFrontAndTheStreamEndsWithTheEditor() throws Exception {
		EditorFixture opened = SharedPlans.open(team.server.url(), team.plan, team.rows, team.benToken);
		EditorFixture own = null;
		boolean sharedOpen = true;
		try {
			EditorFixture shared = opened;
			SharedEditor editor = SharedPlans.shared(shared);
			Shell shell = shared.shell();
			assertTrue("the shared plan's editor shows its field", shared.waitUntil(() -> SharedPlans.statusField(shell) != null, 10_000));
			assertTrue(SharedPlans.statusField(shell), SharedPlans.statusField(shell).startsWith("Shared r1"));

			// Anna opens the plan elsewhere: the stream says so, no asking
			team.anna.presence(team.plan, "anna-studio");
			assertTrue(String.valueOf(SharedPlans.statusField(shell)),
					shared.waitUntil(() -> String.valueOf(SharedPlans.statusField(shell)).contains("also open: " + team.annaName), 10_000));
			Screenshots.save(shell, "shared-status-line-shared");

			own = EditorFixture.openExample();
			EditorFixture mine = own;
			assertTrue("a plan of one's own in front: no shared field", own.waitUntil(() -> SharedPlans.statusField(shell) == null, 10_000));
			Screenshots.save(shell, "shared-status-line-own-plan");

			// what a click on its tab does (posted clicks on e4's tabs start a drag, and Ctrl+F6's switcher waits for a
			// Ctrl release in a loop of its own: neither finishes under Xvfb without a window manager)
			shared.page.activate(shared.editor);
			assertTrue("the shared plan in front", shared.waitUntil(() -> shared.page.getActiveEditor() == shared.editor, 5_000));
			assertTrue("its field is back", shared.waitUntil(() -> SharedPlans.statusField(shell) != null, 5_000));
			assertTrue(SharedPlans.statusField(shell), SharedPlans.statusField(shell).contains(team.annaName));

			shared.page.activate(own.editor);
			assertTrue("the own plan in front", own.waitUntil(() -> shared.page.getActiveEditor() == mine.editor, 5_000));
			assertTrue("hidden again", own.waitUntil(() -> SharedPlans.statusField(shell) == null, 5_000));

			// Anna leaves: the stream says so too
			team.anna.leave(team.plan, "anna-studio");
			assertTrue(editor.statusText(), shared.waitUntil(() -> !editor.statusText().contains(team.annaName), 10_000));
			assertNull("the field stays hidden behind the own plan", SharedPlans.statusField(shell));

			sharedOpen = false;
			shared.close();
			assertTrue("the stream's thread ends with the editor", own.waitUntil(() -> !editor.listening(), 10_000));
			assertTrue("no stream thread is left", own.waitUntil(() -> !SharedPlans.anyStreamThread(), 10_000));
			own.close();
			own = null;
			assertNull("no editor: no field", SharedPlans.statusField(shell));
		} finally {
			if (sharedOpen) {
				opened.close();
			}
			if (own != null) {
				own.close();
			}
		}
	}
}
