package org.wbsmodeler.server.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.wbsmodeler.server.plan.PlanJson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A plan's event stream ({@code GET /api/plans/ID/events?client=ID}) read on one thread of its own: commits and who
 * else has the plan open, as they happen. While the stream is open the client counts as having the plan open. When
 * the server goes away (stopped, killed, restarting) the thread waits and connects again, the wait doubling from
 * {@link #FIRST_WAIT_MS} up to {@link #LONGEST_WAIT_MS}; once connected it says so, so that the listener can fetch
 * what it missed meanwhile. {@link #close()} ends the thread and the connection at once.
 */
public final class PlanEventStream implements AutoCloseable {

	public static final long FIRST_WAIT_MS = 250;
	public static final long LONGEST_WAIT_MS = 15_000;
	/** The name of each stream's thread starts with this. */
	public static final String THREAD_NAME = "wbs-plan-event-stream";

	/** Called on the stream's thread. */
	public interface Listener {
		/** (Re)connected: commits made while the stream was not open have not been told. */
		void connected();

		/** A commit made the plan this revision. */
		void commit(long revision);

		/** The other users who have the plan open now. */
		void presence(List<String> others);

		/**
		 * The stream is not open: why, and in how many milliseconds it is tried again (-1: never, the server refused
		 * this client for good: a bad token, no role on the plan).
		 */
		void disconnected(String why, long retryInMs);
	}

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
	private final HttpRequest request;
	private final Listener listener;
	private final Thread thread;
	private final Object lock = new Object();
	private volatile boolean closed;
	private InputStream open;

	public PlanEventStream(String server, String token, long plan, String client, Listener listener) {
		this.listener = listener;
		HttpRequest.Builder builder = HttpRequest.newBuilder(
				URI.create(server.replaceAll("/+$", "") + "/api/plans/" + plan + "/events?client=" + URLEncoder.encode(client, StandardCharsets.UTF_8)))
				.header("Accept", "text/event-stream");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		this.request = builder.GET().build();
		this.thread = new Thread(this::run, THREAD_NAME + " " + plan);
		thread.setDaemon(true);
	}

	public PlanEventStream start() {
		thread.start();
		return this;
	}

	/** Whether the stream's thread still runs (it ends soon after {@link #close()}). */
	public boolean running() {
		return thread.isAlive();
	}

	/** Waits for the thread to end (after {@link #close()}); whether it has. */
	public boolean join(long millis) throws InterruptedException {
		thread.join(millis);
		return !thread.isAlive();
	}

	private void run() {
		long wait = FIRST_WAIT_MS;
		while (!closed) {
			String why;
			try {
				HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
				if (response.statusCode() != 200) {
					String error = error(response);
					if (response.statusCode() / 100 == 4) {
						listener.disconnected(error, -1);
						return;
					}
					why = error;
				} else {
					why = read(response.body());
					// it was open: the next failure starts the waits from the shortest again
					wait = FIRST_WAIT_MS;
				}
			} catch (IOException e) {
				why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			} catch (InterruptedException e) {
				break;
			}
			if (closed) {
				break;
			}
			listener.disconnected(why == null ? "the server closed the stream" : why, wait);
			if (!pause(wait)) {
				break;
			}
			// a little jitter, so that the editors of a restarted server do not all come back at the same instant
			wait = Math.min(LONGEST_WAIT_MS, wait * 2 + ThreadLocalRandom.current().nextLong(wait / 4 + 1));
		}
		http.shutdownNow();
	}

	/** Reads events until the stream ends; null when it ended normally. */
	private String read(InputStream body) throws IOException {
		synchronized (lock) {
			if (closed) {
				body.close();
				return null;
			}
			open = body;
		}
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
			String event = null;
			StringBuilder data = new StringBuilder();
			for (String line = lines.readLine(); line != null && !closed; line = lines.readLine()) {
				if (line.startsWith(": connected")) {
					listener.connected();
				} else if (line.startsWith("event:")) {
					event = line.substring(6).trim();
				} else if (line.startsWith("data:")) {
					data.append(line.substring(5).trim());
				} else if (line.isEmpty() && event != null) {
					String end = dispatch(event, data.toString());
					if (end != null) {
						return end;
					}
					event = null;
					data.setLength(0);
				}
			}
			return null;
		} finally {
			synchronized (lock) {
				open = null;
			}
		}
	}

	/** Tells the listener of an event; the reason the stream ends, when the server says it ends it (else null). */
	private String dispatch(String event, String data) throws IOException {
		JsonNode node = PlanJson.MAPPER.readTree(data);
		switch (event) {
		case "behind" -> {
			// the server gave up on this client's backlog: connect again, then the listener fetches what it missed
			return node.path("reason").asText("too far behind");
		}
		case "commit" -> listener.commit(node.path("revision").asLong());
		case "presence" -> {
			List<String> others = new ArrayList<>();
			node.path("others").forEach(name -> others.add(name.asText()));
			listener.presence(others);
		}
		default -> {
			// an event of a newer server: not ours to understand
		}
		}
		return null;
	}

	/** Waits before the next try; false when closed meanwhile. */
	private boolean pause(long millis) {
		long until = System.nanoTime() + millis * 1_000_000;
		synchronized (lock) {
			while (!closed) {
				long left = (until - System.nanoTime()) / 1_000_000;
				if (left <= 0) {
					return true;
				}
				try {
					lock.wait(left);
				} catch (InterruptedException e) {
					return false;
				}
			}
		}
		return false;
	}

	private static String error(HttpResponse<InputStream> response) {
		try (InputStream body = response.body()) {
			JsonNode answer = PlanJson.MAPPER.readTree(body.readNBytes(4096));
			return answer == null ? "HTTP " + response.statusCode() : answer.path("error").asText("HTTP " + response.statusCode());
		} catch (IOException e) {
			return "HTTP " + response.statusCode();
		}
	}

	/** Ends the stream: the connection is closed (the server forgets the client's presence) and the thread ends. */
	@Override
	public void close() {
		InputStream body;
		synchronized (lock) {
			closed = true;
			body = open;
			lock.notifyAll();
		}
		if (body != null) {
			try {
				body.close();
			} catch (IOException e) {
				// closing anyway
			}
		}
		thread.interrupt();
	}
}
