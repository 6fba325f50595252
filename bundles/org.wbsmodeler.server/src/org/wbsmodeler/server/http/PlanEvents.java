package org.wbsmodeler.server.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.wbsmodeler.server.db.Database;

/**
 * Commits as they land, and changes of who has a plan open, from whichever server took them: PostgreSQL's
 * LISTEN/NOTIFY on one connection of ours (the commit notifies in its own transaction, so a notification means
 * committed). Reconnects when the database goes away and comes back.
 */
final class PlanEvents implements AutoCloseable {

	/** What a plan's listeners hear. */
	interface Listener {
		/** A commit made the plan this revision. */
		void commit(long revision);

		/** Someone opened or closed the plan. */
		void presence();

		/** Every second, on the events' clock thread (for keep-alives and renewals). */
		default void tick() {
		}

		/** The server stops: the listener's stream ends. */
		default void stopping() {
		}
	}

	/** The payload word of a presence notification ({@code PLAN presence}), as {@link org.wbsmodeler.server.store.Presence} sends it. */
	static final String PRESENCE = "presence";

	private final Database database;
	private final java.util.concurrent.atomic.AtomicLong behind = new java.util.concurrent.atomic.AtomicLong();
	private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();
	private volatile boolean running;
	private Thread thread;
	private ScheduledExecutorService clock;

	PlanEvents(Database database) {
		this.database = database;
	}

	void start() {
		running = true;
		thread = new Thread(this::listen, "wbs-plan-notifications");
		thread.setDaemon(true);
		thread.start();
		clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread ticks = new Thread(runnable, "wbs-plan-clock");
			ticks.setDaemon(true);
			return ticks;
		});
		clock.scheduleWithFixedDelay(() -> each(Listener::tick), 1, 1, TimeUnit.SECONDS);
	}

	private void each(java.util.function.Consumer<Listener> call) {
		for (Set<Listener> set : listeners.values()) {
			for (Listener listener : set) {
				try {
					call.accept(listener);
				} catch (RuntimeException e) {
					// one stream's trouble is not the others'
				}
			}
		}
	}

	/**
	 * Tells the listener of each commit to the plan and each change of who has it open, until removed.
	 *
	 * @return false when the server is stopping (the listener is not added)
	 */
	synchronized boolean add(long planId, Listener listener) {
		if (!running) {
			return false;
		}
		listeners.computeIfAbsent(planId, k -> new CopyOnWriteArraySet<>()).add(listener);
		return true;
	}

	void remove(long planId, Listener listener) {
		Set<Listener> set = listeners.get(planId);
		if (set != null) {
			set.remove(listener);
		}
	}

	/** A stream's client fell too far behind and its stream is ending. */
	void fellBehind() {
		behind.incrementAndGet();
	}

	/** Streams ended since the start because their client fell too far behind. */
	long streamsBehind() {
		return behind.get();
	}

	private void listen() {
		while (running) {
			try (Connection connection = database.connection()) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen wbs_plans");
				}
				PGConnection pg = connection.unwrap(PGConnection.class);
				while (running) {
					PGNotification[] notifications = pg.getNotifications(500);
					if (notifications == null) {
						continue;
					}
					for (PGNotification notification : notifications) {
						dispatch(notification.getParameter());
					}
				}
			} catch (SQLException | RuntimeException e) {
				if (running) {
					sleep(); // the database is restarting: try again shortly
				}
			}
		}
	}

	private void dispatch(String payload) {
		String[] words = payload.split(" ");
		if (words.length != 2) {
			return;
		}
		try {
			long plan = Long.parseLong(words[0]);
			Set<Listener> set = listeners.get(plan);
			if (set == null) {
				return;
			}
			if (words[1].equals(PRESENCE)) {
				set.forEach(Listener::presence);
			} else {
				long revision = Long.parseLong(words[1]);
				set.forEach(listener -> listener.commit(revision));
			}
		} catch (NumberFormatException e) {
			// not ours
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		synchronized (this) {
			// no listener is added after this, so each one added before is told that the server stops
			running = false;
		}
		if (clock != null) {
			clock.shutdownNow();
		}
		each(Listener::stopping);
		if (thread != null) {
			thread.interrupt();
		}
	}
}
