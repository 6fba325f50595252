package org.wbsmodeler.ui.team.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.tests.TestDatabase;
import org.wbsmodeler.ui.team.editor.SharedEditor;
import org.wbsmodeler.ui.tests.EditorFixture;
import org.wbsmodeler.ui.tests.Screenshots;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Others' commits come over the plan's event stream, also when they were made on another server on the same
 * database; when Ben's server goes away his editor says so and connects again by itself once it is back, taking in
 * the commit made meanwhile (no event told of it).
 */
public class LiveUpdatesTest {

	private static Team team;
	/** Ben's server: the team's at first, started again on its address in the test. */
	private static PlanServer bens;
	private static PlanServer annas;
	private static PlanClient anna;

	@BeforeClass
	public static void start() throws Exception {
		team = Team.start("Live plan");
		bens = team.server;
		annas = TestDatabase.newServer();
		anna = new PlanClient(annas.url(), team.annaToken);
	}

	@AfterClass
	public static void stop() throws Exception {
		anna.close();
		annas.close();
		bens.close();
		team.close();
	}

	@Test
	public void commitsArriveOverTheStreamAndItReconnectsWhenTheServerIsBack() throws Exception {
		try (EditorFixture fixture = SharedPlans.open(bens.url(), team.plan, team.rows, team.benToken)) {
			SharedEditor shared = SharedPlans.shared(fixture);
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().equals("Shared r1"), 10_000));
			WbsElement first = fixture.element("1.1.1");
			WbsElement second = fixture.element("1.1.2");

			// committed on Anna's server: Ben's server hears of it from PostgreSQL and tells his editor
			rename(first, 1, "Anna's charter");
			assertTrue(first.getName(), fixture.waitUntil(() -> "Anna's charter".equals(first.getName()), 10_000));
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().startsWith("Shared r2"), 5_000));
			assertFalse("a clean editor follows the server", fixture.editor.isDirty());

			// Ben's server goes away: the editor says so and keeps trying
			int port = bens.port();
			bens.close();
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().contains("server away"), 10_000));
			Screenshots.save(fixture.shell(), "shared-plan-server-away");
			rename(second, 2, "Anna's approval");
			fixture.flush();
			assertFalse("nothing arrives while the server is away", "Anna's approval".equals(second.getName()));

			// back on the same address: the stream connects again and the commit made meanwhile is taken in
			bens = new PlanServer(TestDatabase.database(), "127.0.0.1", port, PlanServer.DEFAULT_MAX_BODY).start();
			assertTrue(second.getName(), fixture.waitUntil(() -> "Anna's approval".equals(second.getName()), 20_000));
			assertTrue(shared.statusText(), fixture.waitUntil(() -> shared.statusText().equals("Shared r3"), 5_000));
			Screenshots.save(fixture.shell(), "shared-plan-reconnected");

			fixture.page.closeEditor(fixture.editor, false);
			fixture.editor = null;
			assertTrue("the stream's thread ends with the editor", fixture.waitUntil(() -> !shared.listening(), 10_000));
		}
	}

	private static void rename(WbsElement element, long base, String name) throws Exception {
		PlanClient.Outcome outcome = anna.commit(team.plan, base, "rename", List.of(new Change(PlanCodec.idOf(element), "name",
				TextNode.valueOf(element.getName()), TextNode.valueOf(name))));
		assertEquals(base + 1, outcome.revision());
	}
}
