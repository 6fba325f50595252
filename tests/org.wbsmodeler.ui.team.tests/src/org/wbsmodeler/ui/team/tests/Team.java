package org.wbsmodeler.ui.team.tests;

import java.util.Map;

import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.tests.TestDatabase;
import org.wbsmodeler.ui.tests.EditorFixture;

/**
 * What each shared-plan test starts from: a plan server on 127.0.0.1 over the server tests' PostgreSQL, and the
 * shipped example shared by Anna (its owner) with Ben as an editor. Names are new each time, so tests never meet.
 */
final class Team implements AutoCloseable {

	final PlanServer server;
	final String annaName;
	final String annaToken;
	final PlanClient anna;
	final String benToken;
	final long plan;
	final Map<String, ElementRow> rows;

	private Team(PlanServer server, String annaName, String annaToken, String benToken, long plan, Map<String, ElementRow> rows, PlanClient anna) {
		this.server = server;
		this.annaName = annaName;
		this.annaToken = annaToken;
		this.anna = anna;
		this.benToken = benToken;
		this.plan = plan;
		this.rows = rows;
	}

	static Team start(String planName) throws Exception {
		PlanServer server = TestDatabase.newServer();
		Tokens tokens = new Tokens(TestDatabase.database().dataSource());
		String annaName = "anna-" + System.nanoTime();
		String benName = "ben-" + System.nanoTime();
		String annaToken = tokens.addUser(annaName);
		PlanClient anna = new PlanClient(server.url(), annaToken);
		String benToken = tokens.addUser(benName);
		Map<String, ElementRow> rows = new PlanCodec().rows(ModelFiles.loadResource(EditorFixture.example()));
		long plan = anna.share(planName, rows);
		anna.grant(plan, benName, "editor");
		return new Team(server, annaName, annaToken, benToken, plan, rows, anna);
	}

	@Override
	public void close() throws Exception {
		anna.close();
		server.close();
	}
}
