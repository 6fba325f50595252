package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Test;
import org.wbsmodeler.server.bench.WriterLoad;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.db.LocalCluster;
import org.wbsmodeler.server.http.PlanServer;

/**
 * PostgreSQL restarts while writers commit: the server answers 503 meanwhile (its pool reconnects afterwards), the
 * writers retry, and every commit the server acknowledged is there, each whole, the counter equal to their number.
 */
public class DatabaseRestartTest {

	@Test
	public void writersRetryThroughARestartAndNothingIsLost() throws Exception {
		int writers = 4;
		int commits = 100;
		LocalCluster cluster = TestDatabase.cluster();
		try (PlanServer server = TestDatabase.newServer()) {
			PlanClient client = new PlanClient(server.url(), TestDatabase.newUser("restart"));
			long plan = client.share("restart", WriterLoad.plan(writers));
			WriterLoad load = new WriterLoad(List.of(client), plan, writers, commits);
			ExecutorService runner = Executors.newSingleThreadExecutor();
			Future<?> running = runner.submit(() -> {
				load.run();
				return null;
			});
			while (load.acknowledged().size() < writers * commits / 4) {
				Thread.sleep(20);
			}
			cluster.stop();
			cluster.start();
			running.get();
			runner.shutdown();
			WriterLoad.Verdict verdict = WriterLoad.verify(client, plan);
			assertEquals(writers * commits, load.acknowledged().size());
			assertEquals(0, verdict.lost(load.acknowledged()));
			assertEquals(writers * commits, verdict.counter());
			assertEquals(writers * commits, verdict.commits());
			assertTrue(verdict.replays());
			assertEquals(List.of(), verdict.blindOverwrites());
			assertEquals(List.of(), verdict.halfApplied());
			assertTrue("the restart was felt: some calls failed and were retried", load.retries() > 0);
		}
	}
}
