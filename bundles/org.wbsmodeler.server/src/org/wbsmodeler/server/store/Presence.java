package org.wbsmodeler.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Who has a plan open: a client (one editor of one user) renews its row every few seconds; the ones renewed within
 * {@link #FRESH_SECONDS} are present. Rows of clients gone for longer are deleted on the way.
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
			try (PreparedStatement upsert = connection.prepareStatement("insert into presence (plan_id, user_id, client) values (?, ?, ?)"
					+ " on conflict (plan_id, user_id, client) do update set seen = now()")) {
				upsert.setLong(1, plan);
				upsert.setLong(2, user);
				upsert.setString(3, client);
				upsert.executeUpdate();
			}
			try (PreparedStatement sweep = connection.prepareStatement("delete from presence where plan_id = ? and seen < now() - make_interval(secs => ?)")) {
				sweep.setLong(1, plan);
				sweep.setInt(2, FRESH_SECONDS);
				sweep.executeUpdate();
			}
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
	}

	/** A client closed the plan. */
	public void leave(long plan, long user, String client) throws SQLException {
		try (Connection connection = source.getConnection();
				PreparedStatement delete = connection.prepareStatement("delete from presence where plan_id = ? and user_id = ? and client = ?")) {
			delete.setLong(1, plan);
			delete.setLong(2, user);
			delete.setString(3, client);
			delete.executeUpdate();
		}
	}
}
