package org.wbsmodeler.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.wbsmodeler.server.plan.PlanJson;
import org.wbsmodeler.server.store.Presence;

/**
 * {@code GET /api/plans/{id}/events[?client=ID]}: server-sent events, one {@code commit} event with the new revision
 * per commit to the plan (from any server on the database), and a comment every {@link #QUIET_SECONDS} s so proxies
 * keep the stream open. It ends when the client goes away or the server stops.
 * <p>
 * With a client id (an editor of the plan), the stream is also its presence: the client is present while the stream
 * is open (its row renewed every {@link #KEEP_SECONDS} s, deleted when the stream ends), and a {@code presence} event
 * with the other users who have the plan open comes first and whenever that changes.
 * <p>
 * A stream holds no thread while it waits: events are written asynchronously as they come (one write at a time, the
 * others queued), so a server keeps as many open as it has connections, not as many as it has threads.
 * <p>
 * A client that reads more slowly than commits land cannot make the queue grow without bound: past
 * {@link #MAX_UNSENT} unsent events the queue is dropped for one last {@value #BEHIND} event with the reason, and
 * the stream ends once that is written. The client connects again and fetches the commits it missed, as after any
 * reconnect (commit events only say that there is a newer revision).
 */
final class EventStream implements PlanEvents.Listener {

	static final int KEEP_SECONDS = 10;
	/** Unsent events a stream may hold (some 50 bytes each) before its client counts as too far behind. */
	static final int MAX_UNSENT = 256;
	/** The last event of a stream whose client fell too far behind. */
	static final String BEHIND = "behind";
	static final int QUIET_SECONDS = 15;

	/** Who the stream is for: the user, and the client id that makes the stream a presence (null: none). */
	record Viewer(long user, String client) {
	}

	private final PlanEvents events;
	private final Presence presence;
	private final Executor executor;
	private final long planId;
	private final Viewer viewer;
	private final Response response;
	private final Callback callback;
	private final ArrayDeque<String> pending = new ArrayDeque<>();
	private boolean writing;
	/** Too far behind: nothing more is queued, and the stream ends when the queue (the behind event) is written. */
	private boolean closing;
	private boolean ended;
	private long lastWrite = System.nanoTime();
	private long keptAt = System.nanoTime();
	private List<String> told;
	private boolean telling;
	private boolean tellAgain;

	private EventStream(PlanEvents events, Presence presence, Executor executor, long planId, Viewer viewer, Response response, Callback callback) {
		this.events = events;
		this.presence = presence;
		this.executor = executor;
		this.planId = planId;
		this.viewer = viewer;
		this.response = response;
		this.callback = callback;
	}

	/** Opens the stream; the request is completed later, when the stream ends. */
	static void open(PlanEvents events, Presence presence, Executor executor, long planId, Viewer viewer, Response response, Callback callback)
			throws SQLException, HttpError {
		EventStream stream = new EventStream(events, presence, executor, planId, viewer, response, callback);
		if (viewer.client() != null) {
			// before anything is sent: a database that is away answers 503 and the client tries again
			presence.open(planId, viewer.user(), viewer.client());
		}
		response.setStatus(200);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
		if (!events.add(planId, stream)) {
			if (viewer.client() != null) {
				presence.leave(planId, viewer.user(), viewer.client());
			}
			throw new HttpError(503, "the server is stopping");
		}
		stream.send(": connected\n\n");
		if (viewer.client() != null) {
			stream.presence();
		}
	}

	@Override
	public void commit(long revision) {
		send("event: commit\ndata: {\"revision\":" + revision + "}\n\n");
	}

	@Override
	public void presence() {
		if (viewer.client() == null) {
			return;
		}
		synchronized (this) {
			// one query at a time, so that an older answer is never sent after a newer one
			if (telling) {
				tellAgain = true;
				return;
			}
			telling = true;
		}
		// a query: not on the thread that hears the database's notifications
		later(this::tellPresence);
	}

	private void tellPresence() {
		while (true) {
			try {
				List<String> others = presence.others(planId, viewer.user());
				boolean changed;
				synchronized (this) {
					changed = !others.equals(told);
					told = others;
				}
				if (changed) {
					send("event: presence\ndata: " + PlanJson.MAPPER.createObjectNode().set("others", PlanJson.MAPPER.valueToTree(others)) + "\n\n");
				}
			} catch (SQLException e) {
				// told on the next change, or when the client connects again
			}
			synchronized (this) {
				if (!tellAgain) {
					telling = false;
					return;
				}
				tellAgain = false;
			}
		}
	}

	@Override
	public void tick() {
		long now = System.nanoTime();
		boolean quiet;
		boolean keep;
		synchronized (this) {
			quiet = now - lastWrite > QUIET_SECONDS * 1_000_000_000L;
			keep = viewer.client() != null && now - keptAt > KEEP_SECONDS * 1_000_000_000L;
			if (keep) {
				keptAt = now;
			}
		}
		if (quiet) {
			// also how a client that went away without a word is noticed: the write fails
			send(": keep-alive\n\n");
		}
		if (keep) {
			later(() -> {
				try {
					presence.keep(planId, viewer.user(), viewer.client());
				} catch (SQLException e) {
					// the row goes stale and is swept; the client is made present again when it reconnects
				}
			});
		}
	}

	@Override
	public void stopping() {
		end(null);
	}

	private void send(String text) {
		synchronized (this) {
			if (ended || closing) {
				return;
			}
			if (pending.size() < MAX_UNSENT) {
				pending.add(text);
			} else {
				pending.clear();
				pending.add("event: " + BEHIND + "\ndata: " + PlanJson.MAPPER.createObjectNode().put("reason",
						"too far behind: more than " + MAX_UNSENT + " events unsent; fetch the commits since your revision and connect again") + "\n\n");
				closing = true;
				events.fellBehind();
			}
			if (writing) {
				return;
			}
			writing = true;
		}
		writeNext();
	}

	/** Writes the oldest queued event; called again when that write is done (Jetty serializes the callbacks). */
	private void writeNext() {
		String next;
		boolean finish = false;
		boolean drained = false;
		synchronized (this) {
			next = ended ? null : pending.poll();
			if (next == null) {
				finish = ended;
				drained = closing && !ended;
				writing = false;
			} else {
				lastWrite = System.nanoTime();
			}
		}
		if (drained) {
			end(null);
		} else if (finish) {
			response.write(true, null, callback);
		} else if (next != null) {
			response.write(false, ByteBuffer.wrap(next.getBytes(StandardCharsets.UTF_8)), Callback.from(this::writeNext, this::end));
		}
	}

	/** The client went away (a failed write) or the server stops (null): the stream ends, its presence with it. */
	private void end(Throwable failure) {
		boolean finishNow;
		synchronized (this) {
			if (ended) {
				return;
			}
			ended = true;
			// a write on its way finishes the response when it is done (one write at a time)
			finishNow = failure != null || !writing;
		}
		events.remove(planId, this);
		if (viewer.client() != null) {
			later(() -> {
				try {
					presence.leave(planId, viewer.user(), viewer.client());
				} catch (SQLException e) {
					// its row goes stale and is swept
				}
			});
		}
		if (failure != null) {
			callback.failed(failure);
		} else if (finishNow) {
			response.write(true, null, callback);
		}
	}

	/** Database work off the calling thread (the notifications' or the ticks'), on the server's pool. */
	private void later(Runnable work) {
		try {
			executor.execute(work);
		} catch (java.util.concurrent.RejectedExecutionException e) {
			// the server is stopping: presence rows left go stale and are swept
		}
	}
}
