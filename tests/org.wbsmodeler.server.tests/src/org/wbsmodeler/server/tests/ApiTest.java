package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;

import com.fasterxml.jackson.databind.node.TextNode;

/** The HTTP API: who may do what, and bad input answered with 400 and one line, nothing written. */
public class ApiTest {

	private static PlanServer server;
	private static PlanServer small;
	private static String ownerToken;
	private static String viewerToken;
	private static String viewerName;
	private static String strangerToken;
	private static long plan;
	private static Map<String, ElementRow> rows;
	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@BeforeClass
	public static void start() throws Exception {
		server = TestDatabase.newServer();
		small = new PlanServer(TestDatabase.database(), "127.0.0.1", 0, 2048).start();
		ownerToken = TestDatabase.newUser("owner");
		viewerName = "viewer-" + System.nanoTime();
		viewerToken = new org.wbsmodeler.server.auth.Tokens(TestDatabase.database().dataSource()).addUser(viewerName);
		strangerToken = TestDatabase.newUser("stranger");
		rows = Plans.exampleRows();
		PlanClient owner = new PlanClient(server.url(), ownerToken);
		plan = owner.share("CRM", rows);
		owner.grant(plan, viewerName, "viewer");
	}

	@AfterClass
	public static void stop() throws Exception {
		server.close();
		small.close();
	}

	private static HttpResponse<String> call(PlanServer on, String method, String path, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(on.url() + path))
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static void oneLineError(HttpResponse<String> response, int status, String part) {
		assertEquals(response.body(), status, response.statusCode());
		String error = response.body();
		assertTrue(response.body(), error.contains("\"error\"") && error.contains(part));
		assertFalse(response.body(), error.contains("\\n"));
	}

	@Test
	public void everyCallNeedsAValidToken() throws Exception {
		oneLineError(call(server, "GET", "/api/plans/" + plan, null, null), 401, "no token");
		oneLineError(call(server, "GET", "/api/plans/" + plan, "wbs_forged", null), 401, "unknown token");
		oneLineError(call(server, "POST", "/api/plans", null, "{}"), 401, "no token");
		oneLineError(call(server, "GET", "/plans/" + plan, null, null), 401, "no token");
		assertEquals(200, call(server, "GET", "/api/health", null, null).statusCode());
	}

	@Test
	public void aPlanWithoutARoleLooksLikeNoPlanAndAViewerMayNotCommit() throws Exception {
		HttpResponse<String> hidden = call(server, "GET", "/api/plans/" + plan, strangerToken, null);
		HttpResponse<String> missing = call(server, "GET", "/api/plans/999999999", strangerToken, null);
		assertEquals(404, hidden.statusCode());
		assertEquals(404, missing.statusCode());
		assertEquals(hidden.body().replace(Long.toString(plan), "ID"), missing.body().replace("999999999", "ID"));
		assertEquals(200, call(server, "GET", "/api/plans/" + plan, viewerToken, null).statusCode());
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		String commit = "{\"base\":1,\"message\":\"m\",\"changes\":[{\"element\":\"" + charter + "\",\"feature\":\"name\",\"old\":\"Draft charter\",\"new\":\"x\"}]}";
		oneLineError(call(server, "POST", "/api/plans/" + plan + "/commits", viewerToken, commit), 403, "needs editor");
		oneLineError(call(server, "PUT", "/api/plans/" + plan + "/roles/" + viewerName, viewerToken, "{\"role\":\"owner\"}"), 403, "needs owner");
		oneLineError(call(server, "POST", "/api/plans/" + plan + "/commits", strangerToken, commit), 404, "no such plan");
		assertEquals(1, new PlanClient(server.url(), ownerToken).checkout(plan).revision());
	}

	@Test
	public void badInputIsA400WithOneLineAndWritesNothing() throws Exception {
		String path = "/api/plans/" + plan + "/commits";
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		oneLineError(call(server, "POST", path, ownerToken, "{\"base\":1,"), 400, "bad JSON");
		oneLineError(call(server, "POST", path, ownerToken, "[1,2]"), 400, "JSON object");
		oneLineError(call(server, "POST", path, ownerToken, "{\"base\":1,\"message\":\"m\",\"changes\":[{\"element\":\"nope\",\"feature\":\"name\",\"old\":\"a\",\"new\":\"b\"}]}"),
				400, "unknown element nope");
		oneLineError(call(server, "POST", path, ownerToken, "{\"base\":1,\"message\":\"m\",\"changes\":[{\"element\":\"" + charter
				+ "\",\"feature\":\"duration\",\"old\":\"3.0\",\"new\":[\"x\"]}]}"), 400, "duration");
		oneLineError(call(server, "POST", path, ownerToken, "{\"base\":\"one\",\"message\":\"m\",\"changes\":[]}"), 400, "base");
		StringBuilder big = new StringBuilder("{\"base\":1,\"message\":\"");
		big.append("x".repeat(4096)).append("\",\"changes\":[]}");
		oneLineError(call(small, "POST", path, ownerToken, big.toString()), 400, "over the limit");
		oneLineError(call(server, "POST", "/api/plans", ownerToken, "{\"name\":\"broken\",\"elements\":[{\"id\":\"a\",\"kind\":\"Nothing\"}]}"), 400,
				"unknown kind");
		PlanClient owner = new PlanClient(server.url(), ownerToken);
		assertEquals(1, owner.checkout(plan).revision());
		assertEquals(1, owner.log(plan, null).commits().size());
	}

	@Test
	public void aCommitOnAStaleBaseMergesOverHttpAndAConflictIs409WithBaseMineTheirs() throws Exception {
		PlanClient owner = new PlanClient(server.url(), ownerToken);
		long own = owner.share("CRM stale", rows);
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		String approve = Plans.idOf(rows, "Activity", "Approve charter with sponsor");
		assertTrue(owner.commit(own, 1, "a", List.of(new Change(charter, "name", TextNode.valueOf("Draft charter"), TextNode.valueOf("A")))).accepted());
		PlanClient.Outcome merged = owner.commit(own, 1, "b", List.of(new Change(approve, "name", TextNode.valueOf("Approve charter with sponsor"),
				TextNode.valueOf("B"))));
		assertEquals(3, merged.revision());
		PlanClient.Outcome conflict = owner.commit(own, 1, "c", List.of(new Change(charter, "name", TextNode.valueOf("Draft charter"), TextNode.valueOf("C"))));
		assertFalse(conflict.accepted());
		assertEquals("A", conflict.conflicts().get(0).theirs().asText());
		assertEquals("C", conflict.conflicts().get(0).mine().asText());
		assertEquals("Draft charter", conflict.conflicts().get(0).base().asText());
		assertEquals(3, owner.checkout(own).revision());
	}
}
