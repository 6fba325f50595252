package org.wbsmodeler.server.http;

import java.net.InetSocketAddress;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.wbsmodeler.server.db.Database;

/**
 * The plan server: Jetty on one address, the HTTP API and the browser view on one database. It keeps nothing but
 * caches of its own: two servers on one database serve the same plans.
 */
public final class PlanServer implements AutoCloseable {

	/** Requests larger than this are refused (400) before anything is parsed. */
	public static final long DEFAULT_MAX_BODY = 256L << 20;

	private final Server jetty;
	private final ServerConnector connector;
	private final PlanEvents events;

	public PlanServer(Database database, String host, int port, long maxBody) {
		QueuedThreadPool threads = new QueuedThreadPool(64, 4);
		threads.setName("wbs-http");
		jetty = new Server(threads);
		connector = new ServerConnector(jetty);
		connector.setHost(host);
		connector.setPort(port);
		jetty.addConnector(connector);
		events = new PlanEvents(database);
		jetty.setHandler(new ApiHandler(database, events, maxBody));
		jetty.setStopTimeout(2000);
	}

	public PlanServer start() throws Exception {
		jetty.start();
		events.start();
		return this;
	}

	public int port() {
		return connector.getLocalPort();
	}

	public String url() {
		String host = connector.getHost();
		if (host == null || host.equals("0.0.0.0")) {
			host = "127.0.0.1";
		}
		return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
	}

	public InetSocketAddress address() {
		return new InetSocketAddress(connector.getHost(), port());
	}

	/** Event streams this server ended because their client read too slowly (its unsent events passed the bound). */
	public long streamsBehind() {
		return events.streamsBehind();
	}

	public void join() throws InterruptedException {
		jetty.join();
	}

	@Override
	public void close() throws Exception {
		events.close();
		jetty.stop();
	}
}
