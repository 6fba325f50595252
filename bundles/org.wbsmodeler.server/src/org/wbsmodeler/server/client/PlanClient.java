package org.wbsmodeler.server.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.PlanJson;
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.server.store.Conflict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The HTTP API from the client's side: one server, one user's token. */
public final class PlanClient implements AutoCloseable {

	private final HttpClient http;
	private final String server;
	private final String token;

	/** @param server the server's address, e.g. {@code http://127.0.0.1:8080} (no path) */
	public PlanClient(String server, String token) {
		this.server = server.replaceAll("/+$", "");
		this.token = token;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
	}

	public String server() {
		return server;
	}

	/** The user's token (null: none), e.g. for the plan's {@link PlanEventStream}. */
	public String token() {
		return token;
	}

	/** Ends the HTTP client's threads; calls still on their way fail. */
	@Override
	public void close() {
		http.shutdownNow();
	}

	/** Shares rows as a new plan; returns its id. */
	public long share(String name, Map<String, ElementRow> rows) throws IOException, PlanException {
		ObjectNode body = PlanJson.MAPPER.createObjectNode().put("name", name);
		body.set("elements", PlanJson.elements(rows.values()));
		return send("POST", "/api/plans", body, 201).get("id").asLong();
	}

	public Checkout checkout(long plan) throws IOException, PlanException {
		return checkout(plan, row -> {
		});
	}

	/**
	 * The plan at its head revision, read as it downloads: each row goes to {@code each} as soon as it is read (e.g. a
	 * {@link org.wbsmodeler.server.plan.ModelBuilder}'s {@code add}), and the checkout holds them all at the end.
	 */
	public Checkout checkout(long plan, RowSink each) throws IOException, PlanException {
		HttpResponse<InputStream> response = exchange("GET", "/api/plans/" + plan, null, HttpResponse.BodyHandlers.ofInputStream());
		try (InputStream body = response.body()) {
			if (response.statusCode() != 200) {
				byte[] bytes = body.readAllBytes();
				JsonNode answer;
				try {
					answer = PlanJson.MAPPER.readTree(bytes);
				} catch (IOException e) {
					throw new IOException("HTTP " + response.statusCode() + " from " + response.uri() + " is not JSON");
				}
				throw failure(response, answer == null ? PlanJson.MAPPER.createObjectNode() : answer);
			}
			return CheckoutReader.read(plan, body, each);
		}
	}

	/** Commits after a revision, oldest first, and the head revision. */
	public Log since(long plan, long revision) throws IOException, PlanException {
		return log(send("GET", "/api/plans/" + plan + "/changes?since=" + revision, null, 200));
	}

	/** Commits that changed an element (its changes only), or all of them when element is null. */
	public Log log(long plan, String element) throws IOException, PlanException {
		return log(send("GET", "/api/plans/" + plan + "/log" + (element == null ? "" : "?element=" + java.net.URLEncoder.encode(element,
				java.nio.charset.StandardCharsets.UTF_8)), null, 200));
	}

	/** Commits changes made on a base revision: the new revision, or the conflicts (nothing applied). */
	public Outcome commit(long plan, long base, String message, List<Change> changes) throws IOException, PlanException {
		ObjectNode body = PlanJson.MAPPER.createObjectNode().put("base", base).put("message", message);
		body.set("changes", PlanJson.changes(changes));
		HttpResponse<String> response = exchange("POST", "/api/plans/" + plan + "/commits", body);
		JsonNode answer = parse(response);
		if (response.statusCode() == 200) {
			return new Outcome(answer.get("revision").asLong(), List.of());
		}
		if (response.statusCode() == 409) {
			List<Conflict> conflicts = new ArrayList<>();
			for (JsonNode node : answer.get("conflicts")) {
				conflicts.add(new Conflict(node.get("element").asText(), node.get("feature").asText(), Change.normal(node.get("base")),
						Change.normal(node.get("mine")), Change.normal(node.get("theirs")), node.hasNonNull("detail") ? node.get("detail").asText() : null));
			}
			return new Outcome(answer.get("revision").asLong(), conflicts);
		}
		throw failure(response, answer);
	}

	/** Says that this client has the plan open; the other users who have it open, sorted. */
	public List<String> presence(long plan, String client) throws IOException, PlanException {
		JsonNode answer = send("POST", "/api/plans/" + plan + "/presence", PlanJson.MAPPER.createObjectNode().put("client", client), 200);
		List<String> others = new ArrayList<>();
		answer.get("others").forEach(name -> others.add(name.asText()));
		return others;
	}

	/** Says that this client closed the plan. */
	public void leave(long plan, String client) throws IOException, PlanException {
		send("DELETE", "/api/plans/" + plan + "/presence", PlanJson.MAPPER.createObjectNode().put("client", client), 200);
	}

	public void grant(long plan, String user, String role) throws IOException, PlanException {
		send("PUT", "/api/plans/" + plan + "/roles/" + user, PlanJson.MAPPER.createObjectNode().put("role", role), 200);
	}

	private static Log log(JsonNode answer) {
		List<CommitRecord> commits = new ArrayList<>();
		for (JsonNode node : answer.get("commits")) {
			List<Change> changes = new ArrayList<>();
			for (JsonNode change : node.get("changes")) {
				changes.add(new Change(change.get("element").asText(), change.get("feature").asText(), change.get("old"), change.get("new")));
			}
			commits.add(new CommitRecord(node.get("revision").asLong(), node.get("base").asLong(), node.get("author").asText(),
					java.time.Instant.parse(node.get("time").asText()), node.get("message").asText(), changes));
		}
		return new Log(answer.get("revision").asLong(), commits);
	}

	private JsonNode send(String method, String path, JsonNode body, int expected) throws IOException, PlanException {
		HttpResponse<String> response = exchange(method, path, body);
		JsonNode answer = parse(response);
		if (response.statusCode() != expected) {
			throw failure(response, answer);
		}
		return answer;
	}

	private HttpResponse<String> exchange(String method, String path, JsonNode body) throws IOException {
		return exchange(method, path, body, HttpResponse.BodyHandlers.ofString());
	}

	private <T> HttpResponse<T> exchange(String method, String path, JsonNode body, HttpResponse.BodyHandler<T> handler) throws IOException {
		// sharing a 100,000-element plan writes every row and its creation in the log: minutes on a busy machine
		Duration timeout = method.equals("POST") && path.equals("/api/plans") ? Duration.ofMinutes(15) : Duration.ofSeconds(120);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(timeout)
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			return http.send(request.build(), handler);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	private static JsonNode parse(HttpResponse<String> response) throws IOException {
		try {
			return PlanJson.MAPPER.readTree(response.body());
		} catch (IOException e) {
			throw new IOException("HTTP " + response.statusCode() + " from " + response.uri() + " is not JSON");
		}
	}

	private static IOException failure(HttpResponse<?> response, JsonNode answer) {
		String error = answer.path("error").asText("HTTP " + response.statusCode());
		return new ServerError(response.statusCode(), error);
	}

	/** The server said no (or could not): status and its one-line reason. */
	public static final class ServerError extends IOException {
		private static final long serialVersionUID = 1L;
		private final int status;

		ServerError(int status, String message) {
			super(message);
			this.status = status;
		}

		public int status() {
			return status;
		}

		/** Worth trying again: the database was away (503) or the server failed in a way a retry may not. */
		public boolean transientFailure() {
			return status == 503 || status == 502 || status == 504;
		}
	}

	/** What to do with each row of a checkout as it is read. */
	@FunctionalInterface
	public interface RowSink {
		void accept(ElementRow row) throws PlanException;
	}

	public record Checkout(long plan, String name, long revision, Map<String, ElementRow> rows) {
	}

	public record Log(long revision, List<CommitRecord> commits) {
	}

	public record Outcome(long revision, List<Conflict> conflicts) {
		public boolean accepted() {
			return conflicts.isEmpty();
		}
	}
}
