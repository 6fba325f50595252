package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.client.PlanEventStream;
import org.wbsmodeler.server.http.PlanServer;

/**
 * A client that reads its event stream too slowly cannot make the server hold its events without bound: the server
 * drops the backlog for one {@code behind} event with the reason and ends the stream; the studio's stream then
 * connects again (and its editor fetches the commits it missed). The commits are the database's own notifications,
 * {@value #BURST} in one transaction, burst after burst until the socket buffers are full and the server gives up,
 * so that the reader falls behind in seconds; every reader here stops by itself (socket timeouts, bounded waits).
 */
public class SlowReaderTest {

	/** Commit events per burst: some 2 MB, what the kernel's socket buffers on loopback may hold of them at most. */
	private static final int BURST = 50_000;
	private static final int MOST_BURSTS = 40;

	private static PlanServer server;
	private static String token;
	private static long plan;

	@BeforeClass
	public static void start() throws Exception {
		server = TestDatabase.newServer();
		token = TestDatabase.newUser("slow");
		try (PlanClient owner = new PlanClient(server.url(), token)) {
			plan = owner.share("Slow", Plans.exampleRows());
		}
	}

	@AfterClass
	public static void stop() throws Exception {
		server.close();
	}

	@Test
	public void aReaderThatStopsReadingIsToldItFellBehindAndItsStreamEnds() throws Exception {
		long before = server.streamsBehind();
		try (Socket socket = new Socket()) {
			// a small window, so that the server's writes wait on this reader after a few kilobytes
			socket.setReceiveBufferSize(4096);
			socket.setSoTimeout(30_000);
			socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 10_000);
			// HTTP/1.0: no chunks, the stream's end is the connection's
			socket.getOutputStream().write(("GET /api/plans/" + plan + "/events HTTP/1.0\r\nAuthorization: Bearer " + token
					+ "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			InputStream in = socket.getInputStream();
			String head = readUntil(in, ": connected\n\n");
			assertTrue(head, head.startsWith("HTTP/1.1 200") || head.startsWith("HTTP/1.0 200"));
			int sent = burstUntilBehind(before);
			String rest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int commits = count(rest, "event: commit\n");
			assertTrue(commits + " of " + sent + " commit events arrived: the server kept them all", commits < sent);
			assertTrue(rest.substring(Math.max(0, rest.length() - 300)),
					rest.endsWith("\n\n") && rest.substring(rest.lastIndexOf("event: ")).startsWith("event: behind\ndata: {\"reason\":\"too far behind"));
		}
	}

	@Test
	public void theStudiosStreamConnectsAgainAfterFallingBehind() throws Exception {
		long before = server.streamsBehind();
		CountDownLatch slow = new CountDownLatch(1);
		BlockingQueue<String> told = new LinkedBlockingQueue<>();
		PlanEventStream stream = new PlanEventStream(server.url(), token, plan, "slow-studio", new PlanEventStream.Listener() {
			private boolean waited;

			@Override
			public void connected() {
				told.add("connected");
			}

			@Override
			public void commit(long revision) {
				if (!waited) {
					waited = true;
					try {
						// an editor busy with something else for a while: its stream is not read meanwhile
						slow.await(30, TimeUnit.SECONDS);
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			}

			@Override
			public void presence(List<String> others) {
			}

			@Override
			public void disconnected(String why, long retryInMs) {
				told.add("disconnected " + why);
			}
		}).start();
		try {
			assertEquals("connected", told.poll(20, TimeUnit.SECONDS));
			burstUntilBehind(before);
			slow.countDown();
			String gone = told.poll(30, TimeUnit.SECONDS);
			assertTrue(gone, gone != null && gone.startsWith("disconnected too far behind"));
			assertEquals("connected", told.poll(20, TimeUnit.SECONDS));
		} finally {
			slow.countDown();
			stream.close();
		}
		assertTrue("the stream's thread ends on close", stream.join(10_000));
	}

	/** Bursts of commit notifications until the server gives up on a reader; how many were sent. */
	private static int burstUntilBehind(long before) throws Exception {
		int sent = 0;
		for (int burst = 0; burst < MOST_BURSTS; burst++) {
			notifyCommits(sent + 2, BURST);
			sent += BURST;
			long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
			while (System.nanoTime() < until) {
				if (server.streamsBehind() != before) {
					return sent;
				}
				Thread.sleep(20);
			}
		}
		throw new AssertionError("the server never gave up on the slow reader after " + sent + " commit events");
	}

	/** What a burst of commits on other servers looks like to this one: their notifications, all in one transaction. */
	private static void notifyCommits(int first, int count) throws Exception {
		try (Connection connection = TestDatabase.database().connection();
				PreparedStatement notify = connection.prepareStatement("select count(pg_notify('wbs_plans', ? || ' ' || g)) from generate_series(?, ?) g")) {
			notify.setString(1, Long.toString(plan));
			notify.setInt(2, first);
			notify.setInt(3, first + count - 1);
			notify.execute();
		}
	}

	private static String readUntil(InputStream in, String end) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		while (!bytes.toString(StandardCharsets.UTF_8).endsWith(end)) {
			int b = in.read();
			if (b < 0) {
				throw new AssertionError("the stream ended before '" + end.strip() + "': " + bytes.toString(StandardCharsets.UTF_8));
			}
			bytes.write(b);
		}
		return bytes.toString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			n++;
		}
		return n;
	}
}
