package org.wbsmodeler.server.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Who has which role on which plan. */
public final class PlanRoles {

	private final DataSource source;

	public PlanRoles(DataSource source) {
		this.source = source;
	}

	/** The user's role on a plan, or null: no role, or no such plan (the caller cannot tell them apart). */
	public Role role(long planId, long userId) throws SQLException {
		try (Connection connection = source.getConnection();
				PreparedStatement query = connection.prepareStatement("select role from plan_roles where plan_id = ? and user_id = ?")) {
			query.setLong(1, planId);
			query.setLong(2, userId);
			try (ResultSet result = query.executeQuery()) {
				return result.next() ? Role.ofLevel(result.getInt(1)) : null;
			}
		}
	}

	public void grant(Connection connection, long planId, long userId, Role role) throws SQLException {
		try (PreparedStatement upsert = connection.prepareStatement("insert into plan_roles (plan_id, user_id, role) values (?, ?, ?)"
				+ " on conflict (plan_id, user_id) do update set role = excluded.role")) {
			upsert.setLong(1, planId);
			upsert.setLong(2, userId);
			upsert.setInt(3, role.level());
			upsert.executeUpdate();
		}
	}

	public void grant(long planId, long userId, Role role) throws SQLException {
		try (Connection connection = source.getConnection()) {
			grant(connection, planId, userId, role);
		}
	}
}
