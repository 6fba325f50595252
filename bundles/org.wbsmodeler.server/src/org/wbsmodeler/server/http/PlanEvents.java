package org.wbsmodeler.server.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.LongConsumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.wbsmodeler.server.db.Database;

/**
 * Commits as they land, from whichever server took them: PostgreSQL's LISTEN/NOTIFY on one connection of ours
 * (the commit notifies in its own transaction, so a notification means committed). Reconnects when the database
 * goes away and comes back.
 */
final class PlanEvents implements AutoCloseable {

	private final Database database;
	private final Map<Long, Set<LongConsumer>> listeners = new ConcurrentHashMap<>();
	private volatile boolean running;
	private Thread thread;

	PlanEvents(Database database) {
		this.database = database;
	}

	void start() {
		running = true;
		thread = new Thread(this::listen, "wbs-plan-events");
		thread.setDaemon(true);
		thread.start();
	}

	boolean running() {
		return running;
	}

	/** Calls the listener with each new revision of the plan until removed. */
	void add(long planId, LongConsumer listener) {
		listeners.computeIfAbsent(planId, k -> new CopyOnWriteArraySet<>()).add(listener);
	}

	void remove(long planId, LongConsumer listener) {
		Set<LongConsumer> set = listeners.get(planId);
		if (set != null) {
			set.remove(listener);
		}
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
			long revision = Long.parseLong(words[1]);
			Set<LongConsumer> set = listeners.get(plan);
			if (set != null) {
				set.forEach(listener -> listener.accept(revision));
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
		running = false;
		if (thread != null) {
			thread.interrupt();
		}
	}
}
