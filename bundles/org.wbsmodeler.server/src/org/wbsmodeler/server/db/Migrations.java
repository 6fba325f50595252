package org.wbsmodeler.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Versioned schema migrations with Flyway: {@code db/migration/V<n>__<what>.sql} in this bundle, applied in order and
 * recorded in {@code flyway_schema_history}; Flyway's advisory lock makes two servers starting on one database apply
 * each migration once. A database made by the server's former runner (its history in {@code schema_version}) is
 * baselined at that table's newest version and migrated from there. A database newer than this server is refused.
 */
public final class Migrations {

	/** Every migration, oldest first; a new one is appended, never edited once released. */
	static final List<String> SCRIPTS = List.of("V1__plans_elements_commits.sql", "V2__retire_schema_version.sql",
			"V3__presence.sql");

	/** The former runner's history table. */
	static final String LEGACY_TABLE = "schema_version";

	static final String HISTORY_TABLE = "flyway_schema_history";

	private Migrations() {
	}

	public static void migrate(DataSource source) throws SQLException {
		FluentConfiguration configuration = Flyway.configure(Flyway.class.getClassLoader())
				.dataSource(source)
				.table(HISTORY_TABLE)
				.resourceProvider(new BundledMigrations(SCRIPTS))
				// no Java migrations: without a provider Flyway would scan the class path for them
				.javaMigrationClassProvider(List::of)
				// a migration applied to the database but unknown here means a newer server made it: refuse
				.ignoreMigrationPatterns(new String[0])
				.cleanDisabled(true)
				// where the pool and Jetty log too (the product's SLF4J is silent); left to itself Flyway picks Log4j
				.loggers("slf4j");
		int legacy = legacyVersion(source);
		if (legacy > 0) {
			configuration.baselineOnMigrate(true)
					.baselineVersion(MigrationVersion.fromVersion(Integer.toString(legacy)))
					.baselineDescription("schema_version " + legacy + " of the former runner");
		}
		Flyway flyway = configuration.load();
		try {
			refuseNewer(flyway, legacy);
			flyway.migrate();
		} catch (FlywayException e) {
			throw new SQLException("schema migration failed: " + firstLine(e.getMessage()), e);
		}
	}

	/** The former runner's newest version on a database Flyway has not taken over yet, else 0. */
	private static int legacyVersion(DataSource source) throws SQLException {
		try (Connection connection = source.getConnection();
				PreparedStatement query = connection.prepareStatement("select to_regclass(?) is not null, to_regclass(?) is not null")) {
			query.setString(1, LEGACY_TABLE);
			query.setString(2, HISTORY_TABLE);
			try (ResultSet result = query.executeQuery()) {
				result.next();
				if (!result.getBoolean(1) || result.getBoolean(2)) {
					return 0;
				}
			}
			try (PreparedStatement newest = connection.prepareStatement("select coalesce(max(version), 0) from " + LEGACY_TABLE);
					ResultSet result = newest.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	private static void refuseNewer(Flyway flyway, int legacy) throws SQLException {
		MigrationInfo current = flyway.info().current();
		MigrationVersion version = current == null ? MigrationVersion.fromVersion(Integer.toString(legacy)) : current.getVersion();
		if (version.isNewerThan(Integer.toString(SCRIPTS.size()))) {
			throw new SQLException("the database's schema is version " + version + ", newer than this server's " + SCRIPTS.size()
					+ ": update the server");
		}
	}

	private static String firstLine(String message) {
		if (message == null) {
			return "(no message)";
		}
		int end = message.indexOf('\n');
		return (end < 0 ? message : message.substring(0, end)).strip();
	}
}
