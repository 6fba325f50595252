package org.wbsmodeler.server.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * Versioned schema migrations: {@code db/migration/V<n>__<what>.sql} in this bundle, applied in order, each in its own
 * transaction, recorded in {@code schema_version}. A transaction-scoped advisory lock makes two servers starting on
 * one database apply each migration once. A database newer than this server is refused.
 */
public final class Migrations {

	/** Every migration, oldest first; a new one is appended, never edited once released. */
	static final List<String> SCRIPTS = List.of("V1__plans_elements_commits.sql");

	private static final long LOCK = 0x5742_5353_4552_5645L;

	private Migrations() {
	}

	public static void migrate(DataSource source) throws SQLException {
		try (Connection connection = source.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement statement = connection.createStatement()) {
				statement.execute("create table if not exists schema_version (version int primary key, script text not null,"
						+ " applied timestamptz not null default now())");
			}
			connection.commit();
			for (int i = 0; i < SCRIPTS.size(); i++) {
				int version = i + 1;
				try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
					lock.setLong(1, LOCK);
					lock.execute();
				}
				if (applied(connection, version)) {
					connection.commit();
					continue;
				}
				try (Statement statement = connection.createStatement()) {
					statement.execute(script(SCRIPTS.get(i)));
				}
				try (PreparedStatement record = connection.prepareStatement("insert into schema_version (version, script) values (?, ?)")) {
					record.setInt(1, version);
					record.setString(2, SCRIPTS.get(i));
					record.executeUpdate();
				}
				connection.commit();
			}
			try (PreparedStatement newest = connection.prepareStatement("select max(version) from schema_version");
					ResultSet result = newest.executeQuery()) {
				result.next();
				if (result.getInt(1) > SCRIPTS.size()) {
					throw new SQLException("the database's schema is version " + result.getInt(1) + ", newer than this server's "
							+ SCRIPTS.size() + ": update the server");
				}
			}
			connection.commit();
		}
	}

	private static boolean applied(Connection connection, int version) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from schema_version where version = ?")) {
			query.setInt(1, version);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

	private static String script(String name) throws SQLException {
		try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + name)) {
			if (in == null) {
				throw new SQLException("migration " + name + " is missing from the server bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new SQLException("migration " + name + " cannot be read: " + e.getMessage(), e);
		}
	}
}
