package org.wbsmodeler.ui.team.editor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens given in Open Shared Plan, per server, for this session only (a token is a password: it is not written
 * anywhere). Without one, {@code WBS_TOKEN} as for the command line.
 */
public final class TeamTokens {

	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private TeamTokens() {
	}

	public static void put(String server, String token) {
		TOKENS.put(server, token);
	}

	public static String get(String server) {
		String token = TOKENS.get(server);
		return token != null ? token : System.getenv("WBS_TOKEN");
	}
}
