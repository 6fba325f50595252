package org.wbsmodeler.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.wbsmodeler.server.auth.PlanRoles;
import org.wbsmodeler.server.auth.Role;
import org.wbsmodeler.server.auth.Tokens;
import org.wbsmodeler.server.db.Database;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.PlanJson;
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.server.store.CommitResult;
import org.wbsmodeler.server.store.Conflict;
import org.wbsmodeler.server.store.PlanStore;
import org.wbsmodeler.server.store.Presence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The HTTP API (JSON) and the browser view. Every call but {@code /api/health} needs a user's bearer token (401),
 * and every call on a plan the user's role on it (a plan without a role answers 404, as one that does not exist;
 * too small a role 403). Bad input is a 400 with one line; nothing is written then.
 */
final class ApiHandler extends Handler.Abstract {

	private final PlanStore store;
	private final Tokens tokens;
	private final PlanRoles roles;
	private final PlanEvents events;
	private final Presence presence;
	private final long maxBody;

	ApiHandler(Database database, PlanEvents events, long maxBody) {
		this.store = new PlanStore(database.dataSource());
		this.tokens = new Tokens(database.dataSource());
		this.roles = new PlanRoles(database.dataSource());
		this.events = events;
		this.presence = new Presence(database.dataSource());
		this.maxBody = maxBody;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		try {
			route(request, response, callback);
		} catch (HttpError e) {
			error(response, callback, e.status, e.getMessage());
		} catch (PlanException e) {
			error(response, callback, 400, e.getMessage());
		} catch (SQLTransientConnectionException e) {
			error(response, callback, 503, "database unavailable, try again: " + firstLine(e.getMessage()));
		} catch (SQLException e) {
			// a failed connection (restart, network) is worth a retry; anything else is ours to fix
			// PostgreSQL's own errors carry a state; one without is the connection's (closed, broken, pool timeout)
			String state = e.getSQLState();
			boolean transientFailure = state == null || state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
					|| state.equals("40001") || state.equals("40P01") || e instanceof java.sql.SQLRecoverableException;
			error(response, callback, transientFailure ? 503 : 500, (transientFailure ? "database unavailable, try again: " : "database error: ")
					+ firstLine(e.getMessage()));
		} catch (IOException | RuntimeException e) {
			error(response, callback, 500, "server error: " + firstLine(String.valueOf(e)));
		}
		return true;
	}

	private void route(Request request, Response response, Callback callback) throws HttpError, PlanException, SQLException, IOException {
		String path = Request.getPathInContext(request);
		String method = request.getMethod();
		String[] parts = path.replaceAll("^/+|/+$", "").split("/");
		if (path.equals("/api/health")) {
			json(response, callback, 200, PlanJson.MAPPER.createObjectNode().put("status", "ok"));
			return;
		}
		Tokens.User user = authenticate(request);
		if (parts.length == 2 && parts[0].equals("api") && parts[1].equals("plans") && method.equals("POST")) {
			createPlan(request, response, callback, user);
			return;
		}
		if (parts.length >= 3 && parts[0].equals("api") && parts[1].equals("plans")) {
			long planId = planId(parts[2]);
			String rest = parts.length == 3 ? "" : parts[3];
			switch (method + " " + rest) {
			case "GET " -> {
				require(planId, user, Role.VIEWER);
				PlanDownload.send(store, planId, response, callback);
			}
			case "GET changes" -> changes(request, response, callback, planId, user);
			case "GET log" -> log(request, response, callback, planId, user);
			case "POST commits" -> commit(request, response, callback, planId, user);
			case "POST presence" -> presence(request, response, callback, planId, user);
			case "DELETE presence" -> {
				require(planId, user, Role.VIEWER);
				presence.leave(planId, user.id(), client(body(request)));
				json(response, callback, 200, PlanJson.MAPPER.createObjectNode().put("left", true));
			}
			case "PUT roles" -> grant(request, response, callback, planId, user, parts);
			case "GET events" -> {
				require(planId, user, Role.VIEWER);
				String client = Request.extractQueryParameters(request).getValue("client");
				if (client != null && (client.isBlank() || client.length() > 100)) {
					throw new PlanException("'client' must be 1 to 100 characters");
				}
				EventStream.open(events, presence, request.getComponents().getThreadPool(), planId, new EventStream.Viewer(user.id(), client), response,
						callback);
			}
			default -> throw new HttpError(404, "no such resource: " + method + " " + path);
			}
			return;
		}
		if (parts.length == 2 && parts[0].equals("plans") && method.equals("GET")) {
			long planId = planId(parts[1]);
			require(planId, user, Role.VIEWER);
			BrowserView.page(store, planId, request, response, callback);
			return;
		}
		throw new HttpError(404, "no such resource: " + method + " " + path);
	}

	private Tokens.User authenticate(Request request) throws HttpError, SQLException {
		String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
		String token = null;
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			token = header.substring(7).trim();
		} else {
			// a browser opening a link: the token in the query (share links), never in a cookie
			Fields query = Request.extractQueryParameters(request);
			token = query.getValue("token");
		}
		Tokens.User user = tokens.user(token);
		if (user == null) {
			throw new HttpError(401, token == null ? "no token: send Authorization: Bearer TOKEN" : "unknown token");
		}
		return user;
	}

	private Role require(long planId, Tokens.User user, Role needed) throws HttpError, SQLException {
		Role role = roles.role(planId, user.id());
		if (role == null) {
			throw new HttpError(404, "no such plan " + planId);
		}
		if (!role.allows(needed)) {
			throw new HttpError(403, user.name() + " is a " + role.name().toLowerCase() + " of plan " + planId + "; this needs " + needed.name().toLowerCase());
		}
		return role;
	}

	private void createPlan(Request request, Response response, Callback callback, Tokens.User user) throws HttpError, PlanException, SQLException, IOException {
		JsonNode body = body(request);
		String name = body.path("name").asText(null);
		Map<String, ElementRow> rows = PlanJson.rows(body.get("elements"));
		long planId = store.create(user.id(), name, rows);
		ObjectNode answer = PlanJson.MAPPER.createObjectNode().put("id", planId).put("revision", 1);
		json(response, callback, 201, answer);
	}

	private void changes(Request request, Response response, Callback callback, long planId, Tokens.User user) throws HttpError, SQLException, IOException {
		require(planId, user, Role.VIEWER);
		long since = longParameter(request, "since", 0);
		List<CommitRecord> records = store.since(planId, since);
		// the revision these changes bring a copy to (not the head read separately: a commit may land in between)
		json(response, callback, 200, commits(records, records.isEmpty() ? since : records.get(records.size() - 1).revision()));
	}

	private void log(Request request, Response response, Callback callback, long planId, Tokens.User user) throws HttpError, SQLException, IOException {
		require(planId, user, Role.VIEWER);
		String element = Request.extractQueryParameters(request).getValue("element");
		json(response, callback, 200, commits(store.log(planId, element), store.info(planId).revision()));
	}

	private static ObjectNode commits(List<CommitRecord> records, long head) {
		ObjectNode answer = PlanJson.MAPPER.createObjectNode().put("revision", head);
		ArrayNode commits = answer.putArray("commits");
		for (CommitRecord record : records) {
			ObjectNode commit = commits.addObject();
			commit.put("revision", record.revision());
			commit.put("base", record.base());
			commit.put("author", record.author());
			commit.put("time", record.time().toString());
			commit.put("message", record.message());
			commit.set("changes", PlanJson.changes(record.changes()));
		}
		return answer;
	}

	private void commit(Request request, Response response, Callback callback, long planId, Tokens.User user) throws HttpError, PlanException, SQLException, IOException {
		require(planId, user, Role.EDITOR);
		JsonNode body = body(request);
		JsonNode base = body.get("base");
		if (base == null || !base.canConvertToLong()) {
			throw new PlanException("'base' must be the revision the changes are based on");
		}
		JsonNode message = body.get("message");
		if (message == null || !message.isTextual()) {
			throw new PlanException("'message' must be a string");
		}
		List<Change> changes = PlanJson.changes(body.get("changes"));
		CommitResult result = store.commit(planId, user.id(), base.asLong(), message.asText(), changes);
		ObjectNode answer = PlanJson.MAPPER.createObjectNode().put("revision", result.revision());
		if (result.accepted()) {
			json(response, callback, 200, answer);
			return;
		}
		ArrayNode conflicts = answer.putArray("conflicts");
		for (Conflict conflict : result.conflicts()) {
			ObjectNode node = conflicts.addObject();
			node.put("element", conflict.element());
			node.put("feature", conflict.feature());
			node.set("base", conflict.base());
			node.set("mine", conflict.mine());
			node.set("theirs", conflict.theirs());
			if (conflict.detail() != null) {
				node.put("detail", conflict.detail());
			}
		}
		StringBuilder error = new StringBuilder(result.conflicts().size() + " conflict(s) with commits since revision " + base.asLong());
		result.conflicts().stream().map(Conflict::detail).filter(java.util.Objects::nonNull).distinct().forEach(d -> error.append("; ").append(d));
		answer.put("error", error.toString());
		json(response, callback, 409, answer);
	}

	/** {@code {"client": ID}}: marks that client present; answers the other users who have the plan open. */
	private void presence(Request request, Response response, Callback callback, long planId, Tokens.User user)
			throws HttpError, PlanException, SQLException, IOException {
		require(planId, user, Role.VIEWER);
		List<String> others = presence.renew(planId, user.id(), client(body(request)));
		ObjectNode answer = PlanJson.MAPPER.createObjectNode();
		ArrayNode names = answer.putArray("others");
		others.forEach(names::add);
		json(response, callback, 200, answer);
	}

	private static String client(JsonNode body) throws PlanException {
		JsonNode client = body == null ? null : body.get("client");
		if (client == null || !client.isTextual() || client.asText().isBlank() || client.asText().length() > 100) {
			throw new PlanException("presence needs {\"client\": ID} (1 to 100 characters)");
		}
		return client.asText();
	}

	private void grant(Request request, Response response, Callback callback, long planId, Tokens.User user, String[] parts)
			throws HttpError, PlanException, SQLException, IOException {
		require(planId, user, Role.OWNER);
		if (parts.length != 5) {
			throw new HttpError(404, "PUT /api/plans/ID/roles/USER");
		}
		Role role = Role.parse(body(request).path("role").asText(""));
		if (role == null) {
			throw new PlanException("'role' must be viewer, editor or owner");
		}
		Long grantee = tokens.userId(parts[4]);
		if (grantee == null) {
			throw new PlanException("unknown user " + parts[4]);
		}
		store.grant(planId, grantee, role);
		json(response, callback, 200, PlanJson.MAPPER.createObjectNode().put("user", parts[4]).put("role", role.name().toLowerCase()));
	}

	private JsonNode body(Request request) throws PlanException, IOException {
		long length = request.getLength();
		if (length > maxBody) {
			throw new PlanException("request body of " + length + " bytes is over the limit of " + maxBody);
		}
		byte[] bytes;
		try (InputStream in = Content.Source.asInputStream(request)) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		}
		if (bytes.length > maxBody) {
			throw new PlanException("request body is over the limit of " + maxBody + " bytes");
		}
		try {
			JsonNode node = PlanJson.MAPPER.readTree(bytes);
			if (node == null || !node.isObject()) {
				throw new PlanException("the body must be a JSON object");
			}
			return node;
		} catch (JsonProcessingException e) {
			throw new PlanException("bad JSON at line " + e.getLocation().getLineNr() + " column " + e.getLocation().getColumnNr() + ": "
					+ firstLine(e.getOriginalMessage()));
		}
	}

	private static long planId(String text) throws HttpError {
		try {
			return Long.parseLong(text);
		} catch (NumberFormatException e) {
			throw new HttpError(404, "no such plan " + text);
		}
	}

	private static long longParameter(Request request, String name, long fallback) throws HttpError {
		String value = Request.extractQueryParameters(request).getValue(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new HttpError(400, "'" + name + "' must be a whole number, not '" + value + "'");
		}
	}

	static void json(Response response, Callback callback, int status, JsonNode body) throws IOException {
		response.setStatus(status);
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
		try (OutputStream out = Content.Sink.asOutputStream(response)) {
			PlanJson.MAPPER.writeValue(out, body);
		}
		callback.succeeded();
	}

	private static void error(Response response, Callback callback, int status, String message) {
		try {
			if (response.isCommitted()) {
				callback.failed(new IOException(message));
				return;
			}
			json(response, callback, status, PlanJson.MAPPER.createObjectNode().put("error", firstLine(message)));
		} catch (IOException e) {
			callback.failed(e);
		}
	}

	static String firstLine(String message) {
		if (message == null) {
			return "";
		}
		String line = message.lines().findFirst().orElse("");
		return new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}
}
