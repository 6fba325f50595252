package org.wbsmodeler.server.client;

import java.net.URI;
import java.util.Map;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.store.Conflict;

/** What the shared-plan commands have in common: the token, plan addresses, rebasing local edits, conflict lines. */
final class Shared {

	static final String TOKEN = "--token";

	private Shared() {
	}

	static String token(Arguments arguments) throws CliException {
		String token = arguments.value(TOKEN, System.getenv("WBS_TOKEN"));
		if (token == null || token.isBlank()) {
			throw new CliException("needs a token: --token TOKEN or WBS_TOKEN (./wbs server user add NAME prints one)");
		}
		return token;
	}

	/** {@code http://host:port/plans/ID} → server address and plan id. */
	record PlanUrl(String server, long plan) {
		static PlanUrl parse(String text) throws CliException {
			try {
				URI uri = URI.create(text);
				String[] parts = uri.getPath() == null ? new String[0] : uri.getPath().replaceAll("^/+|/+$", "").split("/");
				if (uri.getScheme() == null || uri.getHost() == null || parts.length != 2 || !parts[0].equals("plans")) {
					throw new IllegalArgumentException();
				}
				return new PlanUrl(uri.getScheme() + "://" + uri.getAuthority(), Long.parseLong(parts[1]));
			} catch (IllegalArgumentException e) {
				throw new CliException("'" + text + "' is not a plan address like http://127.0.0.1:8080/plans/1");
			}
		}

		@Override
		public String toString() {
			return server + "/plans/" + plan;
		}
	}

	/** One line per conflict: element (name), feature, base → mine, theirs. */
	static String line(Conflict conflict, Map<String, ElementRow> rows) {
		ElementRow row = rows.get(conflict.element());
		String name = row == null || row.attrs().get("name") == null ? "" : " (" + row.attrs().get("name").asText() + ")";
		return "conflict: " + conflict.element() + name + " " + conflict.feature() + ": base " + conflict.base() + ", mine " + conflict.mine()
				+ ", theirs " + conflict.theirs() + (conflict.detail() == null ? "" : " (" + conflict.detail() + ")");
	}

	static CliException failure(String what, Exception e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
		if (e instanceof java.net.ConnectException) {
			message = "cannot connect";
		}
		return new CliException(what + ": " + message, e instanceof PlanException ? ExitCodes.BAD_INPUT : ExitCodes.PROBLEMS, e);
	}
}
