package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.http.PlanServer;

/** Who has a plan open, as the studio's status line asks it: others only, gone when they leave, viewers need a role. */
public class PresenceTest {

	private static PlanServer server;

	@BeforeClass
	public static void start() throws Exception {
		server = TestDatabase.newServer();
	}

	@AfterClass
	public static void stop() throws Exception {
		server.close();
	}

	@Test
	public void eachUserSeesTheOthersWhoHaveThePlanOpenUntilTheyLeave() throws Exception {
		String annaName = "anna-" + System.nanoTime();
		String benName = "ben-" + System.nanoTime();
		var tokens = new org.wbsmodeler.server.auth.Tokens(TestDatabase.database().dataSource());
		PlanClient anna = new PlanClient(server.url(), tokens.addUser(annaName));
		PlanClient ben = new PlanClient(server.url(), tokens.addUser(benName));
		PlanClient stranger = new PlanClient(server.url(), TestDatabase.newUser("stranger"));
		long plan = anna.share("CRM", Plans.exampleRows());
		anna.grant(plan, benName, "editor");

		assertEquals(List.of(), anna.presence(plan, "studio-1"));
		assertEquals(List.of(annaName), ben.presence(plan, "studio-2"));
		// a second editor of the same user is not someone else
		assertEquals(List.of(benName), anna.presence(plan, "studio-3"));
		ben.leave(plan, "studio-2");
		assertEquals(List.of(), anna.presence(plan, "studio-1"));
		try {
			stranger.presence(plan, "studio-4");
			fail("a user without a role on the plan was told who has it open");
		} catch (PlanClient.ServerError e) {
			assertEquals(404, e.status());
		}
		try {
			anna.presence(plan, " ");
			fail("a blank client id was taken");
		} catch (PlanClient.ServerError e) {
			assertEquals(400, e.status());
			assertTrue(e.getMessage(), e.getMessage().contains("client"));
		}
	}
}
