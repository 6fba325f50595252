package org.wbsmodeler.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Who has a plan open: a client (one editor of one user) has a row while its event stream is open (the server
 * renews it every few seconds) or while it renews the row itself; the ones renewed within {@link #FRESH_SECONDS} are
 * present. Rows of clients gone for longer are deleted on the way. Whenever the set of rows changes, the plan's
 * listeners are notified ({@code PLAN presence} on {@code wbs_plans}, on whichever server they listen).
 */
public final class Presence {

	public static final int FRESH_SECONDS = 30;

	private final DataSource source;

	public Presence(DataSource source) {
		this.source = source;
	}

	/** Marks a client of a user present on a plan; the names of the other users present there, sorted. */
	public List<String> renew(long plan, long user, String client) throws SQLException {
		try (Connection connection = source.getConnection()) {
			boolean changed = upsert(connection, plan, user, client);
			changed |= sweep(connection, plan);
			if (changed) {
				notify(connection, plan);
			}
			return others(connection, plan, user);
		}
	}

	/** A client opened the plan (its event stream): its row, and the others told. */
	public void open(long plan, long user, String client) throws SQLException {
		try (Connection connection = source.getConnection()) {
			upsert(connection, plan, user, client);
			notify(connection, plan);
		}
	}

	/**
	 * Keeps a client present that still is (its stream is open), without bringing back a row the client deleted by
	 * leaving; sweeps the stale rows.
	 */
	public void keep(long plan, long user, String client) throws SQLException {
		try (Connection connection = source.getConnection()) {
			try (PreparedStatement update = connection.prepareStatement("update presence set seen = now() where plan_id = ? and user_id = ? and client = ?")) {
				update.setLong(1, plan);
				update.setLong(2, user);
				update.setString(3, client);
				update.executeUpdate();
			}
			if (sweep(connection, plan)) {
				notify(connection, plan);
			}
		}
	}

	/** The names of the users other than this one who have the plan open, sorted. */
	public List<String> others(long plan, long user) throws SQLException {
		try (Connection connection = source.getConnection()) {
			return others(connection, plan, user);
		}
	}

	/** A client closed the plan. */
	public void leave(long plan, long user, String client) throws SQLException {
		try (Connection connection = source.getConnection()) {
			int deleted;
			try (PreparedStatement delete = connection.prepareStatement("delete from presence where plan_id = ? and user_id = ? and client = ?")) {
				delete.setLong(1, plan);
				delete.setLong(2, user);
				delete.setString(3, client);
				deleted = delete.executeUpdate();
			}
			if (deleted > 0) {
				notify(connection, plan);
			}
		}
	}

	/** @return whether the row is new */
	private static boolean upsert(Connection connection, long plan, long user, String client) throws SQLException {
		// xmax is 0 on a row this statement inserted, not on one it updated
		try (PreparedStatement upsert = connection.prepareStatement("insert into presence (plan_id, user_id, client) values (?, ?, ?)"
				+ " on conflict (plan_id, user_id, client) do update set seen = now() returning xmax = 0")) {
			upsert.setLong(1, plan);
			upsert.setLong(2, user);
			upsert.setString(3, client);
			try (ResultSet result = upsert.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

	/** @return whether stale rows were deleted */
	private static boolean sweep(Connection connection, long plan) throws SQLException {
		try (PreparedStatement sweep = connection.prepareStatement("delete from presence where plan_id = ? and seen < now() - make_interval(secs => ?)")) {
			sweep.setLong(1, plan);
			sweep.setInt(2, FRESH_SECONDS);
			return sweep.executeUpdate() > 0;
		}
	}

	private static List<String> others(Connection connection, long plan, long user) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select distinct u.name from presence p join users u on u.id = p.user_id"
				+ " where p.plan_id = ? and p.user_id <> ? order by u.name")) {
			query.setLong(1, plan);
			query.setLong(2, user);
			List<String> names = new ArrayList<>();
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					names.add(result.getString(1));
				}
			}
			return names;
		}
	}

	private static void notify(Connection connection, long plan) throws SQLException {
		try (PreparedStatement notify = connection.prepareStatement("select pg_notify('wbs_plans', ?)")) {
			notify.setString(1, plan + " presence");
			notify.execute();
		}
	}
}
