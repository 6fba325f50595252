package org.wbsmodeler.server.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.db.Database;
import org.wbsmodeler.server.db.LocalCluster;
import org.wbsmodeler.server.http.PlanServer;

/**
 * One PostgreSQL cluster for the whole test run: created in a fresh folder under /tmp (PostgreSQL runs as the
 * postgres user when we are root, and that user cannot enter the build folder's parents everywhere), on a free port
 * of 127.0.0.1, stopped and deleted when the test JVM ends.
 */
public final class TestDatabase {

	private static LocalCluster cluster;
	private static Database database;
	private static Path folder;

	private TestDatabase() {
	}

	public static synchronized LocalCluster cluster() throws IOException {
		if (cluster == null) {
			folder = Files.createTempDirectory(Path.of("/tmp"), "wbs-server-tests");
			cluster = new LocalCluster(folder);
			cluster.start();
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::shutdown, "wbs-test-postgres-stop"));
		}
		return cluster;
	}

	/** The shared pool on the test cluster (schema migrated). */
	public static synchronized Database database() throws IOException, SQLException {
		if (database == null) {
			LocalCluster c = cluster();
			database = Database.open(c.jdbcUrl(), c.user(), c.password(), 16);
		}
		return database;
	}

	/** A new pool on the test cluster (for a second server, or after a restart). */
	public static Database newPool() throws IOException, SQLException {
		LocalCluster c = cluster();
		return Database.open(c.jdbcUrl(), c.user(), c.password(), 16);
	}

	public static String newUser(String prefix) throws IOException, SQLException {
		return new Tokens(database().dataSource()).addUser(prefix + "-" + System.nanoTime());
	}

	public static PlanServer newServer() throws Exception {
		return new PlanServer(database(), "127.0.0.1", 0, PlanServer.DEFAULT_MAX_BODY).start();
	}

	private static void shutdown() {
		try {
			if (database != null) {
				database.close();
			}
			cluster.stop();
			deleteTree(folder);
		} catch (IOException | RuntimeException e) {
			System.err.println("test PostgreSQL in " + folder + ": " + e.getMessage());
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}
