package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;
import org.wbsmodeler.server.bench.WriterLoad;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.db.Database;
import org.wbsmodeler.server.http.PlanServer;

/**
 * 8 writers × 250 commits over HTTP, each on a stale base on purpose, retrying after 409: every writer's marker of
 * every commit is in the log, the shared counter (read-modify-write) is 2,000, the log replays to the stored plan,
 * and no accepted change overwrote a value its writer did not see. Once on one server, once split over two servers
 * on one database (each with its own connection pool).
 */
public class NoLostUpdateTest {

	private static final int WRITERS = 8;
	private static final int COMMITS = 250;

	@Test
	public void oneServer() throws Exception {
		try (PlanServer server = TestDatabase.newServer()) {
			load(List.of(server));
		}
	}

	@Test
	public void twoServersOnOneDatabase() throws Exception {
		try (Database second = TestDatabase.newPool();
				PlanServer a = TestDatabase.newServer();
				PlanServer b = new PlanServer(second, "127.0.0.1", 0, PlanServer.DEFAULT_MAX_BODY).start()) {
			load(List.of(a, b));
		}
	}

	private static void load(List<PlanServer> servers) throws Exception {
		String token = TestDatabase.newUser("writer");
		List<PlanClient> clients = new ArrayList<>();
		servers.forEach(s -> clients.add(new PlanClient(s.url(), token)));
		long plan = clients.get(0).share("load", WriterLoad.plan(WRITERS));
		WriterLoad load = new WriterLoad(clients, plan, WRITERS, COMMITS);
		load.run();
		WriterLoad.Verdict verdict = WriterLoad.verify(clients.get(clients.size() - 1), plan);
		assertEquals(WRITERS * COMMITS, load.acknowledged().size());
		for (int w = 0; w < WRITERS; w++) {
			for (int i = 0; i < COMMITS; i++) {
				assertTrue("marker w" + w + "-" + i, verdict.markers().contains("w" + w + "-" + i));
			}
		}
		assertEquals(WRITERS * COMMITS, verdict.counter());
		assertEquals(WRITERS * COMMITS, verdict.commits());
		assertTrue("the log replays to the stored plan", verdict.replays());
		assertEquals("no change overwrote a value its writer had not seen", List.of(), verdict.blindOverwrites());
		assertEquals(List.of(), verdict.halfApplied());
		assertTrue("the writers committed on stale bases: some were answered 409", load.conflicts() > 0);
		System.out.printf("no-lost-update servers=%d commits=%d conflicts=%d p50_ms=%.1f p99_ms=%.1f%n", servers.size(), verdict.commits(),
				load.conflicts(), WriterLoad.percentileMs(load.latenciesNanos(), 50), WriterLoad.percentileMs(load.latenciesNanos(), 99));
	}
}
