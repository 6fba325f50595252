package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.wbsmodeler.server.bench.WriterLoad;
import org.wbsmodeler.server.cli.ServerMain;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.db.LocalCluster;

/**
 * {@code kill -9} of the server during the load: the server is a process of its own (the bundles of this test run on
 * a flat classpath), killed with SIGKILL while writers commit, then started again on the same port. Every commit it
 * acknowledged before dying is there, none is half applied, and the writers finish through the new process.
 */
public class ServerKillTest {

	@Test
	public void everyAcknowledgedCommitSurvivesAKill9() throws Exception {
		LocalCluster cluster = TestDatabase.cluster();
		int port = LocalCluster.freePort();
		Process first = startServer(cluster, port);
		Process second = null;
		try {
			String url = "http://127.0.0.1:" + port;
			PlanClient client = new PlanClient(url, TestDatabase.newUser("kill"));
			int writers = 4;
			int commits = 100;
			long plan = client.share("kill", WriterLoad.plan(writers));
			WriterLoad load = new WriterLoad(List.of(client), plan, writers, commits);
			ExecutorService runner = Executors.newSingleThreadExecutor();
			Future<?> running = runner.submit(() -> {
				load.run();
				return null;
			});
			while (load.acknowledged().size() < writers * commits / 4) {
				Thread.sleep(10);
			}
			first.destroyForcibly(); // SIGKILL
			first.waitFor();
			Set<String> beforeKill = Set.copyOf(load.acknowledged());
			second = startServer(cluster, port);
			running.get();
			runner.shutdown();
			WriterLoad.Verdict verdict = WriterLoad.verify(client, plan);
			assertTrue(verdict.markers().containsAll(beforeKill));
			assertEquals(0, verdict.lost(load.acknowledged()));
			assertEquals(writers * commits, verdict.counter());
			assertEquals(writers * commits, verdict.commits());
			assertEquals("no commit is half applied", List.of(), verdict.halfApplied());
			assertTrue(verdict.replays());
			assertEquals(List.of(), verdict.blindOverwrites());
			assertTrue("the kill was felt", load.retries() > 0);
		} finally {
			first.destroyForcibly();
			if (second != null) {
				second.destroyForcibly();
				second.waitFor();
			}
		}
	}

	private static Process startServer(LocalCluster cluster, int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", classpath(), ServerMain.class.getName(), "--db", cluster.jdbcUrl(), "--user",
				cluster.user(), "--password", cluster.password(), "--port", Integer.toString(port)).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		StringBuilder seen = new StringBuilder();
		String line;
		while ((line = out.readLine()) != null) {
			seen.append(line).append('\n');
			if (line.startsWith("listening on ")) {
				Thread drain = new Thread(() -> {
					try {
						while (out.readLine() != null) {
							// keep the pipe from filling
						}
					} catch (java.io.IOException e) {
						// process gone
					}
				});
				drain.setDaemon(true);
				drain.start();
				return process;
			}
		}
		throw new AssertionError("the server process did not start:\n" + seen + "classpath: " + classpath());
	}

	/** Every bundle of this test run as a classpath entry: the server runs on a flat classpath as the engines do. */
	private static String classpath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : FrameworkUtil.getBundle(ServerKillTest.class).getBundleContext().getBundles()) {
			// our own bundles run from the reactor's output folders (their locations are not plain files)
			Path built = Path.of(System.getProperty("wbs.repo", "../.."), "bundles", bundle.getSymbolicName(), "target", "classes");
			if (bundle.getSymbolicName().startsWith("org.wbsmodeler.") && Files.isDirectory(built)) {
				entries.add(built.toAbsolutePath().normalize().toString());
				continue;
			}
			String location = bundle.getLocation();
			location = location.replaceFirst("^reference:", "").replaceFirst("^initial@", "").replaceFirst("^reference:", "");
			if (!location.startsWith("file:")) {
				continue;
			}
			Path path = Path.of(URLDecoder.decode(location.substring("file:".length()), StandardCharsets.UTF_8));
			if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target/classes"))) {
				path = path.resolve("target/classes");
			}
			if (Files.exists(path)) {
				entries.add(path.toAbsolutePath().normalize().toString());
			}
		}
		return String.join(File.pathSeparator, entries);
	}
}
