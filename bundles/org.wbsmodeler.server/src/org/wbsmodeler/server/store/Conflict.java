package org.wbsmodeler.server.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A feature of an element that the commit changes and someone else changed since the commit's base: the value at the
 * base (what the author saw), the author's, and the one the plan has now; {@code detail} says why in words where the
 * values alone do not (a dependency cycle the two commits make together, a deletion against an edit), else null.
 */
public record Conflict(String element, String feature, JsonNode base, JsonNode mine, JsonNode theirs, String detail) {

	public Conflict(String element, String feature, JsonNode base, JsonNode mine, JsonNode theirs) {
		this(element, feature, base, mine, theirs, null);
	}
}
