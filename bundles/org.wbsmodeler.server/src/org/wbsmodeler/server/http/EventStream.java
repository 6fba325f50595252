package org.wbsmodeler.server.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/plans/{id}/events}: server-sent events, one {@code commit} event with the new revision per commit
 * to the plan (from any server on the database), and a comment every 15 s so proxies keep the stream open. It ends
 * when the client goes away.
 */
final class EventStream {

	private EventStream() {
	}

	static void open(PlanEvents events, long planId, Response response, Callback callback) throws IOException {
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
		LinkedBlockingQueue<Long> revisions = new LinkedBlockingQueue<>();
		LongConsumer listener = revisions::add;
		events.add(planId, listener);
		try (OutputStream out = Content.Sink.asOutputStream(response)) {
			out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			long quietSince = System.nanoTime();
			while (events.running()) {
				// wakes every second so that a stopping server ends its streams
				Long revision = revisions.poll(1, TimeUnit.SECONDS);
				String text;
				if (revision != null) {
					text = "event: commit\ndata: {\"revision\":" + revision + "}\n\n";
				} else if (System.nanoTime() - quietSince > 15_000_000_000L) {
					text = ": keep-alive\n\n";
				} else {
					continue;
				}
				quietSince = System.nanoTime();
				out.write(text.getBytes(StandardCharsets.UTF_8));
				out.flush();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} catch (IOException e) {
			// the client went away
		} finally {
			events.remove(planId, listener);
		}
		callback.succeeded();
	}
}
