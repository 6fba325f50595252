package org.wbsmodeler.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.db.Database;
import org.wbsmodeler.server.db.LocalCluster;
import org.wbsmodeler.server.http.PlanServer;

/**
 * {@code wbs server [--db JDBC_URL] [--port N] [--data DIR] [--host H]}: the plan server, until stopped (Ctrl+C or
 * SIGTERM); {@code wbs server user add NAME}: a user, whose token is printed once as the last line.
 * Without {@code --db} the server runs its own PostgreSQL cluster in {@code DIR/pgdata}.
 */
public final class ServerCommand implements Command {

	@Override
	public String name() {
		return "server";
	}

	@Override
	public String synopsis() {
		return "[--db JDBC_URL] [--port N] [--data DIR] [--host H] | user add NAME [--db JDBC_URL] [--data DIR]";
	}

	@Override
	public String summary() {
		return "the plan server on PostgreSQL (HTTP API and browser view), and its users";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--db", "--port", "--data", "--host");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		if (!arguments.positional().isEmpty()) {
			if (arguments.positional().size() == 3 && arguments.positional().get(0).equals("user") && arguments.positional().get(1).equals("add")) {
				return addUser(arguments, console, arguments.positional().get(2));
			}
			throw new CliException("unknown sub-command '" + String.join(" ", arguments.positional()) + "'; known: user add NAME");
		}
		int port = arguments.intValue("--port", 8080);
		if (port < 0 || port > 65535) {
			throw new CliException("--port must be 0 to 65535");
		}
		String host = arguments.value("--host", "127.0.0.1");
		LocalCluster cluster = arguments.value("--db") == null ? new LocalCluster(dataDir(arguments, console)) : null;
		Database database = open(arguments, cluster);
		PlanServer server = new PlanServer(database, host, port, PlanServer.DEFAULT_MAX_BODY);
		try {
			server.start();
		} catch (Exception e) {
			database.close();
			throw new CliException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), ExitCodes.BAD_INPUT, e);
		}
		console.out().println("wbs server: listening on " + server.url() + (cluster == null ? "" : " (PostgreSQL on 127.0.0.1:" + cluster.port()
				+ ", data " + cluster.pgdata() + ")"));
		console.out().flush();
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// each step on its own: a stream that will not end must not leave the database cluster running
			try {
				server.close();
			} catch (Exception e) {
				System.err.println("wbs server: while stopping HTTP: " + e);
			}
			database.close();
			if (cluster != null) {
				try {
					cluster.stop();
				} catch (IOException e) {
					System.err.println("wbs server: " + e.getMessage());
				}
			}
			stopped.countDown();
		}, "wbs-server-stop"));
		try {
			server.join();
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return ExitCodes.OK;
	}

	private static int addUser(Arguments arguments, Console console, String name) throws CliException {
		LocalCluster cluster = arguments.value("--db") == null ? new LocalCluster(dataDir(arguments, console)) : null;
		try (Database database = open(arguments, cluster)) {
			String token = new Tokens(database.dataSource()).addUser(name);
			console.out().println("user " + name + " added; the token (shown once, keep it):");
			console.out().println(token);
			return ExitCodes.OK;
		} catch (SQLException e) {
			throw new CliException(e.getMessage(), ExitCodes.BAD_INPUT, e);
		}
	}

	/** Opens the database: the given address, or the local cluster (started if it is not running; left running). */
	private static Database open(Arguments arguments, LocalCluster cluster) throws CliException {
		try {
			if (cluster == null) {
				return Database.open(arguments.value("--db"), null, null, 16);
			}
			String url = cluster.start();
			return Database.open(url, cluster.user(), cluster.password(), 16);
		} catch (IOException e) {
			throw new CliException(e.getMessage(), ExitCodes.BAD_INPUT, e);
		} catch (SQLException | RuntimeException e) {
			throw new CliException("database " + (cluster == null ? arguments.value("--db") : cluster.jdbcUrl()) + ": " + firstLine(e.getMessage()),
					ExitCodes.BAD_INPUT, e);
		}
	}

	/** {@code --data}, else a folder PostgreSQL's own user can reach when we are root (it cannot enter /root). */
	private static Path dataDir(Arguments arguments, Console console) throws CliException {
		String data = arguments.value("--data");
		if (data != null) {
			return console.resolve(data);
		}
		if ("root".equals(System.getProperty("user.name"))) {
			return Path.of("/var/lib/wbsmodeler/server");
		}
		Path home = Path.of(System.getProperty("user.home"), ".wbsmodeler", "server");
		try {
			Files.createDirectories(home);
		} catch (IOException e) {
			throw new CliException(home + ": cannot create (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		return home;
	}

	static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("");
	}
}
