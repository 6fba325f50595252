package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.client.PlanEventStream;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A plan's event stream as the studio reads it ({@link PlanEventStream}): commits made on another server on the same
 * database, who else has the plan open (the stream of an editor is its presence, gone when it closes), a server
 * that goes away and comes back on the same address (the stream connects again), and no thread left after close.
 */
public class EventStreamTest {

	private static PlanServer first;
	private static PlanServer second;

	@BeforeClass
	public static void start() throws Exception {
		first = TestDatabase.newServer();
		second = TestDatabase.newServer();
	}

	@AfterClass
	public static void stop() throws Exception {
		first.close();
		second.close();
	}

	@Test
	public void commitsAndPresenceArriveAndTheStreamReconnects() throws Exception {
		Tokens tokens = new Tokens(TestDatabase.database().dataSource());
		String annaName = "anna-" + System.nanoTime();
		String benName = "ben-" + System.nanoTime();
		PlanClient anna = new PlanClient(second.url(), tokens.addUser(annaName));
		String benToken = tokens.addUser(benName);
		var rows = Plans.exampleRows();
		long plan = anna.share("Streamed", rows);
		anna.grant(plan, benName, "editor");
		String charter = Plans.idOf(rows, "Activity", "Draft charter");

		Events events = new Events();
		PlanEventStream stream = new PlanEventStream(first.url(), benToken, plan, "ben-studio", events).start();
		try {
			assertEquals("connected", events.next());
			assertEquals("presence []", events.next());
			// Ben's open stream is his presence, on either server
			assertEquals(List.of(benName), anna.presence(plan, "anna-studio"));
			assertEquals("presence [" + annaName + "]", events.next());

			anna.commit(plan, 1, "rename", List.of(new Change(charter, "name", TextNode.valueOf("Draft charter"), TextNode.valueOf("Charter"))));
			assertEquals("commit 2", events.next());

			// Ben's server goes away and comes back on the same address: the stream says so and connects again
			int port = first.port();
			first.close();
			String gone = events.next();
			assertTrue(gone, gone.startsWith("disconnected "));
			first = new PlanServer(TestDatabase.database(), "127.0.0.1", port, PlanServer.DEFAULT_MAX_BODY).start();
			assertEquals("connected", events.until("connected"));

			anna.leave(plan, "anna-studio");
			assertEquals("presence []", events.until("presence []"));
		} finally {
			stream.close();
		}
		assertTrue("the stream's thread ends on close", stream.join(10_000));
		ElementRow renamed = anna.checkout(plan).rows().get(charter);
		assertEquals("Charter", renamed.attrs().get("name").asText());
	}

	/** What the stream told, one line per call, in order. */
	private static final class Events implements PlanEventStream.Listener {
		private final BlockingQueue<String> told = new LinkedBlockingQueue<>();

		@Override
		public void connected() {
			told.add("connected");
		}

		@Override
		public void commit(long revision) {
			told.add("commit " + revision);
		}

		@Override
		public void presence(List<String> others) {
			told.add("presence " + others);
		}

		@Override
		public void disconnected(String why, long retryInMs) {
			told.add("disconnected " + why + " " + retryInMs);
		}

		String next() throws InterruptedException {
			String event = told.poll(20, TimeUnit.SECONDS);
			if (event == null) {
				throw new AssertionError("nothing told within 20 s");
			}
			return event;
		}

		/** Skips what comes first (disconnections while the server is away) up to this. */
		String until(String wanted) throws InterruptedException {
			for (String event = next();; event = next()) {
				if (event.equals(wanted)) {
					return event;
				}
			}
		}
	}
}
