package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.db.Database;
import org.wbsmodeler.server.db.LocalCluster;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.PlanStore;

/**
 * Flyway takes over the schema: a new database gets every migration, one made by the server's former runner (history
 * in schema_version) is baselined without losing a plan, and a database newer than the server is refused.
 */
public class MigrationsTest {

	/** A new, empty database on the test cluster; its JDBC address. */
	private static String newDatabase(String prefix) throws Exception {
		String name = prefix + "_" + System.nanoTime();
		try (Connection connection = TestDatabase.database().connection(); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		LocalCluster cluster = TestDatabase.cluster();
		return "jdbc:postgresql://127.0.0.1:" + cluster.port() + "/" + name;
	}

	private static PGSimpleDataSource plain(String url) throws Exception {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setURL(url);
		source.setUser(TestDatabase.cluster().user());
		source.setPassword(TestDatabase.cluster().password());
		return source;
	}

	private static Database open(String url) throws Exception {
		LocalCluster cluster = TestDatabase.cluster();
		return Database.open(url, cluster.user(), cluster.password(), 4);
	}

	/** What the server's former runner left: its history table, V1 applied and recorded there. */
	private static void oldRunnerSchema(PGSimpleDataSource source) throws Exception {
		String v1;
		try (InputStream in = Database.class.getResourceAsStream("/db/migration/V1__plans_elements_commits.sql")) {
			v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table schema_version (version int primary key, script text not null,"
					+ " applied timestamptz not null default now())");
			statement.execute(v1);
			statement.execute("insert into schema_version (version, script) values (1, 'V1__plans_elements_commits.sql')");
		}
	}

	private static List<String> history(Connection connection) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select version, type, success from flyway_schema_history order by installed_rank")) {
			while (result.next()) {
				rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getBoolean(3));
			}
		}
		return rows;
	}

	private static boolean tableExists(Connection connection, String table) throws SQLException {
		try (var query = connection.prepareStatement("select to_regclass(?) is not null")) {
			query.setString(1, table);
			try (ResultSet result = query.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	@Test
	public void aNewDatabaseGetsEveryMigrationOnceEvenWhenOpenedTwice() throws Exception {
		String url = newDatabase("fresh");
		try (Database first = open(url); Database second = open(url); Connection connection = second.connection()) {
			assertEquals(List.of("1 SQL true", "2 SQL true", "3 SQL true"), history(connection));
			assertTrue(tableExists(connection, "plans"));
			assertFalse(tableExists(connection, "schema_version"));
		}
	}

	@Test
	public void aDatabaseOfTheFormerRunnerIsBaselinedAndServesItsPlans() throws Exception {
		String url = newDatabase("legacy");
		PGSimpleDataSource source = plain(url);
		oldRunnerSchema(source);
		// a plan shared while the former runner kept the schema
		Tokens tokens = new Tokens(source);
		String name = "legacy-" + System.nanoTime();
		String token = tokens.addUser(name);
		Map<String, ElementRow> rows = Plans.exampleRows();
		long plan = new PlanStore(source).create(tokens.user(token).id(), "CRM", rows);

		try (Database database = open(url); PlanServer server = new PlanServer(database, "127.0.0.1", 0, PlanServer.DEFAULT_MAX_BODY).start();
				Connection connection = database.connection()) {
			assertEquals(List.of("1 BASELINE true", "2 SQL true", "3 SQL true"), history(connection));
			assertFalse("the former runner's table is retired", tableExists(connection, "schema_version"));
			PlanClient.Checkout checkout = new PlanClient(server.url(), token).checkout(plan);
			assertEquals(1, checkout.revision());
			assertEquals(rows.size(), checkout.rows().size());
			rows.values().forEach(row -> assertTrue(row.id(), row.equalsRow(checkout.rows().get(row.id()))));
		}
	}

	@Test
	public void aDatabaseNewerThanTheServerIsRefused() throws Exception {
		String url = newDatabase("newer");
		open(url).close();
		try (Connection connection = plain(url).getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
					+ " installed_by, execution_time, success) values (4, '4', 'from a newer server', 'SQL', 'V4__later.sql', 0, 'wbs', 1, true)");
		}
		try {
			open(url).close();
			fail("a database at version 4 opened with a server that knows 3");
		} catch (SQLException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("version 4, newer than this server's 3"));
		}
	}
}
