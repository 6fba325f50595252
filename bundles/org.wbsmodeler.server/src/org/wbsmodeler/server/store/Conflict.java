package org.wbsmodeler.server.store;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A feature of an element that the commit changes and someone else changed since the commit's base: the value at the
 * base (what the author saw), the author's, and the one the plan has now.
 */
public record Conflict(String element, String feature, JsonNode base, JsonNode mine, JsonNode theirs) {
}
