package org.wbsmodeler.server.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.RowApply;
import org.wbsmodeler.server.store.CommitRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The no-lost-update load: W writers, each making C commits over HTTP. Every commit increments a shared counter
 * (read-modify-write of the counter activity's description) and sets the writer's marker (its own activity's name to
 * {@code w<writer>-<i>}). Writers commit on a stale base on purpose: they update only when the server answers 409,
 * then read the counter again and retry. A commit whose answer was lost (server killed, database restarting) is
 * retried; the marker tells the writer whether it had gone in, so nothing is counted twice.
 */
public final class WriterLoad {

	public static final String COUNTER = "counter";
	public static final String FEATURE_COUNTER = "description";
	public static final String FEATURE_MARKER = "name";

	private final List<PlanClient> clients;
	private final long plan;
	private final int writers;
	private final int commits;
	private final AtomicInteger conflicts = new AtomicInteger();
	private final AtomicInteger retries = new AtomicInteger();
	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
	/** The markers the server acknowledged (a 200 answer, or found in the plan after a lost answer). */
	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	public WriterLoad(List<PlanClient> clients, long plan, int writers, int commits) {
		this.clients = clients;
		this.plan = plan;
		this.writers = writers;
		this.commits = commits;
	}

	/** A small plan with the counter activity and one activity per writer, as rows ready to share. */
	public static Map<String, ElementRow> plan(int writers) {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Shared load", LocalDate.of(2027, 2, 1));
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("load.wbs"));
		resource.getContents().add(project);
		Phase phase = build.phase(project, "Writers", "one activity per writer");
		Activity counter = build.activity(phase, "Counter", 1, 8);
		counter.setDescription("0");
		((XMLResource) resource).setID(counter, COUNTER);
		for (int w = 0; w < writers; w++) {
			Activity own = build.activity(phase, "w" + w + "-start", 1, 8);
			((XMLResource) resource).setID(own, writerId(w));
		}
		return new PlanCodec().rows(resource);
	}

	public static String writerId(int writer) {
		return "writer-" + writer;
	}

	/** Runs every writer to the end; throws the first writer's failure. */
	public void run() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int w = 0; w < writers; w++) {
				int writer = w;
				futures.add(pool.submit(() -> {
					write(writer);
					return null;
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		} finally {
			pool.shutdownNow();
		}
	}

	private void write(int writer) throws Exception {
		PlanClient client = clients.get(writer % clients.size());
		PlanClient.Checkout checkout = retrying(() -> client.checkout(plan));
		Map<String, ElementRow> rows = checkout.rows();
		long base = checkout.revision();
		String own = writerId(writer);
		for (int i = 0; i < commits; i++) {
			String marker = "w" + writer + "-" + i;
			int attempt = 0;
			while (true) {
				long counter = Long.parseLong(rows.get(COUNTER).attrs().get(FEATURE_COUNTER).asText());
				List<Change> changes = List.of(
						new Change(COUNTER, FEATURE_COUNTER, TextNode.valueOf(Long.toString(counter)), TextNode.valueOf(Long.toString(counter + 1))),
						new Change(own, FEATURE_MARKER, rows.get(own).attrs().get(FEATURE_MARKER), TextNode.valueOf(marker)));
				long started = System.nanoTime();
				PlanClient.Outcome outcome;
				try {
					outcome = client.commit(plan, base, "writer " + writer + " commit " + i, changes);
				} catch (IOException e) {
					if (e instanceof PlanClient.ServerError error && !error.transientFailure()) {
						throw e;
					}
					// no answer: the commit may or may not have gone in; the plan will tell
					retries.incrementAndGet();
					pause();
					long[] baseHolder = { base };
					rows = update(client, rows, baseHolder);
					base = baseHolder[0];
					if (marker.equals(text(rows.get(own).attrs().get(FEATURE_MARKER)))) {
						acknowledged.add(marker);
						break;
					}
					continue;
				}
				latencies.add(System.nanoTime() - started);
				if (outcome.accepted()) {
					RowApply.apply(rows, changes);
					acknowledged.add(marker);
					break; // base stays where it was: the next commit is stale on purpose
				}
				conflicts.incrementAndGet();
				// as a client should: after losing a race, let the winner's commit settle before trying again
				Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 + Math.min(8, ++attempt)));
				long[] baseHolder = { base };
				rows = update(client, rows, baseHolder);
				base = baseHolder[0];
			}
		}
	}

	/** Applies the commits after the base to the writer's rows (theirs, and ours again: setting a value twice is harmless). */
	private Map<String, ElementRow> update(PlanClient client, Map<String, ElementRow> rows, long[] base) throws Exception {
		PlanClient.Log log = retrying(() -> client.since(plan, base[0]));
		for (CommitRecord commit : log.commits()) {
			RowApply.apply(rows, commit.changes());
		}
		base[0] = log.revision();
		return rows;
	}

	private interface Call<T> {
		T call() throws Exception;
	}

	private <T> T retrying(Call<T> call) throws Exception {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (true) {
			try {
				return call.call();
			} catch (IOException e) {
				if (e instanceof PlanClient.ServerError error && !error.transientFailure() || System.nanoTime() > deadline) {
					throw e;
				}
				retries.incrementAndGet();
				pause();
			}
		}
	}

	private static void pause() throws InterruptedException {
		Thread.sleep(50);
	}

	private static String text(JsonNode node) {
		return node == null ? null : node.asText();
	}

	public int conflicts() {
		return conflicts.get();
	}

	public int retries() {
		return retries.get();
	}

	public Set<String> acknowledged() {
		return acknowledged;
	}

	public long[] latenciesNanos() {
		synchronized (latencies) {
			return latencies.stream().mapToLong(Long::longValue).toArray();
		}
	}

	/** Percentile (0–100) of a set of durations, in milliseconds. */
	public static double percentileMs(long[] nanos, double percentile) {
		if (nanos.length == 0) {
			return 0;
		}
		long[] sorted = nanos.clone();
		java.util.Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	/**
	 * What the log and the plan say after the load: the markers every commit set, the counter, whether replaying the
	 * log gives the stored plan, and every change whose old value was not the value at the time (an overwrite of a
	 * value its writer never saw).
	 */
	public static Verdict verify(PlanClient client, long plan) throws IOException, PlanException {
		PlanClient.Checkout checkout = client.checkout(plan);
		PlanClient.Log log = client.since(plan, 0);
		Map<String, ElementRow> replayed = new HashMap<>();
		Set<String> markers = new HashSet<>();
		List<String> blind = new ArrayList<>();
		List<String> halfApplied = new ArrayList<>();
		for (CommitRecord commit : log.commits()) {
			for (Change change : commit.changes()) {
				JsonNode now = ElementRow.valueOf(replayed.get(change.element()), change.feature());
				if (!Change.same(now, change.old())) {
					blind.add("revision " + commit.revision() + " " + change.element() + " " + change.feature() + ": was " + now + ", commit said " + change.old());
				}
				if (change.feature().equals(FEATURE_MARKER) && change.element().startsWith("writer-")) {
					markers.add(change.value().asText());
				}
				RowApply.apply(replayed, change);
			}
			if (commit.revision() > 1 && commit.changes().size() != 2) {
				halfApplied.add("revision " + commit.revision() + " has " + commit.changes().size() + " changes");
			}
		}
		boolean replays = replayed.size() == checkout.rows().size()
				&& checkout.rows().values().stream().allMatch(row -> row.equalsRow(replayed.get(row.id())));
		long counter = Long.parseLong(checkout.rows().get(COUNTER).attrs().get(FEATURE_COUNTER).asText());
		return new Verdict(counter, markers, replays, blind, halfApplied, log.commits().size() - 1);
	}

	/** The state after a load; {@link #lost(Set)} counts what was acknowledged and is not there. */
	public record Verdict(long counter, Set<String> markers, boolean replays, List<String> blindOverwrites, List<String> halfApplied, int commits) {

		public long lost(Set<String> acknowledged) {
			long missing = acknowledged.stream().filter(m -> !markers.contains(m)).count();
			return missing + Math.max(0, acknowledged.size() - counter);
		}
	}
}
