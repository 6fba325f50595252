package org.wbsmodeler.server.cli;

import org.wbsmodeler.server.db.Database;
import org.wbsmodeler.server.http.PlanServer;

/**
 * The plan server on a flat classpath, without Equinox: {@code java -cp … org.wbsmodeler.server.cli.ServerMain
 * --db JDBC_URL [--user U --password P] [--port N] [--host H]}. The fault test starts it as a process of its own so
 * that it can kill it with SIGKILL; {@code ./wbs server} is the way for users.
 */
public final class ServerMain {

	private ServerMain() {
	}

	public static void main(String[] args) throws Exception {
		String db = null;
		String user = null;
		String password = null;
		String host = "127.0.0.1";
		int port = 8080;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--db" -> db = args[i + 1];
			case "--user" -> user = args[i + 1];
			case "--password" -> password = args[i + 1];
			case "--host" -> host = args[i + 1];
			case "--port" -> port = Integer.parseInt(args[i + 1]);
			default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (db == null) {
			System.err.println("usage: ServerMain --db JDBC_URL [--user U --password P] [--port N] [--host H]");
			System.exit(2);
		}
		Database database = Database.open(db, user, password, 16);
		PlanServer server = new PlanServer(database, host, port, PlanServer.DEFAULT_MAX_BODY).start();
		System.out.println("listening on " + server.url());
		System.out.flush();
		server.join();
	}
}
