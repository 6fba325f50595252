package org.wbsmodeler.server.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.bench.BenchCommand;
import org.wbsmodeler.diagram.bench.SyntheticPlans;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.db.Database;
import org.wbsmodeler.server.db.LocalCluster;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.ModelBuilder;
import org.wbsmodeler.server.plan.PlanCodec;

import com.fasterxml.jackson.databind.node.TextNode;

/**
 * {@code wbs bench server --writers W --commits C [--open N] [--servers S] [--data DIR | --db URL]}: a plan server on
 * 127.0.0.1 (its own PostgreSQL cluster in a temporary folder unless {@code --data} or {@code --db}), the
 * no-lost-update load of {@link WriterLoad}, and one line:
 * {@code server writers=8 commits=2000 lost=0 conflicts=… p50_ms=… p99_ms=…} (latency of each commit request,
 * accepted or answered 409). {@code --open N} also shares a generated plan of N activities and prints
 * {@code server-open activities=N open_ms=… commit_ms=…}: checkout over HTTP into a model, and the median of 11
 * one-element commits on it (with the processor time of the whole process during the checkout, which a busy machine
 * does not stretch as it stretches the wall time).
 */
public final class ServerBenchmark {

	public static final BenchCommand.Entry ENTRY = new BenchCommand.Entry(
			"--writers W --commits C [--servers S] [--open N] [--data DIR | --db JDBC_URL]",
			Set.of("--writers", "--commits", "--servers", "--open", "--data", "--db"), Set.of(), ServerBenchmark::run);

	private ServerBenchmark() {
	}

	static int run(Arguments arguments, Console console) throws CliException {
		int writers = arguments.intValue("--writers", 8);
		int commits = arguments.intValue("--commits", 250);
		int servers = arguments.intValue("--servers", 1);
		int open = arguments.intValue("--open", 0);
		if (writers < 1 || commits < 1 || servers < 1 || open < 0) {
			throw new CliException("--writers, --commits and --servers must be at least 1, --open at least 0");
		}
		Path temporary = null;
		LocalCluster cluster = null;
		List<PlanServer> started = new ArrayList<>();
		try {
			String url;
			String user = null;
			String password = null;
			if (arguments.value("--db") != null) {
				url = arguments.value("--db");
			} else {
				Path data = arguments.value("--data") == null ? temporary = Files.createTempDirectory(Path.of("/tmp"), "wbs-bench-server")
						: console.resolve(arguments.value("--data"));
				cluster = new LocalCluster(data);
				url = cluster.start();
				user = cluster.user();
				password = cluster.password();
			}
			try (Database database = Database.open(url, user, password, 16)) {
				List<PlanClient> clients = new ArrayList<>();
				String token = new Tokens(database.dataSource()).addUser("bench-" + System.nanoTime());
				for (int s = 0; s < servers; s++) {
					PlanServer server = new PlanServer(database, "127.0.0.1", 0, PlanServer.DEFAULT_MAX_BODY).start();
					started.add(server);
					clients.add(new PlanClient(server.url(), token));
				}
				long plan = clients.get(0).share("bench", WriterLoad.plan(writers));
				WriterLoad load = new WriterLoad(clients, plan, writers, commits);
				load.run();
				WriterLoad.Verdict verdict = WriterLoad.verify(clients.get(0), plan);
				long lost = verdict.lost(load.acknowledged()) + Math.max(0, (long) writers * commits - load.acknowledged().size());
				long[] latencies = load.latenciesNanos();
				console.out().printf("server writers=%d commits=%d lost=%d conflicts=%d p50_ms=%.1f p99_ms=%.1f (servers=%d replays=%s blind=%d)%n",
						writers, verdict.commits(), lost, load.conflicts(), WriterLoad.percentileMs(latencies, 50), WriterLoad.percentileMs(latencies, 99),
						servers, verdict.replays(), verdict.blindOverwrites().size());
				if (open > 0) {
					openAndCommit(console, clients.get(0), open);
				}
			}
			return ExitCodes.OK;
		} catch (Exception e) {
			throw new CliException("benchmark failed: " + e.getMessage(), ExitCodes.INTERNAL_ERROR, e);
		} finally {
			for (PlanServer server : started) {
				try {
					server.close();
				} catch (Exception e) {
					// stopping anyway
				}
			}
			if (cluster != null && temporary != null) {
				try {
					cluster.stop();
				} catch (IOException e) {
					console.err().println("wbs bench server: cannot stop PostgreSQL in " + temporary + ": " + e.getMessage());
				}
			}
		}
	}

	private static long processCpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
	}

	private static void openAndCommit(Console console, PlanClient client, int activities) throws Exception {
		Project project = SyntheticPlans.plan(activities, 1);
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("big.wbs"));
		resource.getContents().add(project);
		Map<String, ElementRow> rows = new PlanCodec().rows(resource);
		long plan = client.share("big", rows);
		// the processor time of the whole process (server and client threads): what a busy machine does not stretch
		long cpu = processCpuNanos();
		long started = System.nanoTime();
		ModelBuilder builder = new PlanCodec().builder(URI.createURI("opened.wbs"));
		PlanClient.Checkout checkout = client.checkout(plan, builder::add);
		Resource opened = builder.finish();
		double openMs = (System.nanoTime() - started) / 1e6;
		double openCpuMs = (processCpuNanos() - cpu) / 1e6;
		String element = checkout.rows().values().stream().filter(r -> r.kind().equals("Activity")).findFirst().orElseThrow().id();
		long base = checkout.revision();
		long[] times = new long[11];
		String name = checkout.rows().get(element).attrs().get("name").asText();
		for (int i = 0; i < times.length; i++) {
			String next = name + " " + i;
			long t = System.nanoTime();
			PlanClient.Outcome outcome = client.commit(plan, base, "rename", List.of(new Change(element, "name", TextNode.valueOf(name), TextNode.valueOf(next))));
			times[i] = System.nanoTime() - t;
			if (!outcome.accepted()) {
				throw new IOException("the one-element commit conflicted");
			}
			name = next;
			base = outcome.revision();
		}
		console.out().printf("server-open activities=%d elements=%d open_ms=%.0f commit_ms=%.1f (commit_max_ms=%.1f open_cpu_ms=%.0f)%n", activities,
				checkout.rows().size(), openMs, WriterLoad.percentileMs(times, 50), WriterLoad.percentileMs(times, 100), openCpuMs);
		opened.unload();
	}
}
