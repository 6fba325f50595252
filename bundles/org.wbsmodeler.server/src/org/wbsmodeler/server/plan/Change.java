package org.wbsmodeler.server.plan;

import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * One changed feature of one element: the value its author saw ({@code old}) and the one they want. A null (or JSON
 * null) value is "unset"; a creation changes {@value ElementRow#KIND} from null, a deletion to null.
 */
public record Change(String element, String feature, JsonNode old, JsonNode value) {

	public Change {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(feature, "feature");
		old = normal(old);
		value = normal(value);
	}

	/** Null for unset, whatever way it came (absent, JSON null). */
	public static JsonNode normal(JsonNode value) {
		return value == null || value instanceof NullNode || value.isMissingNode() ? null : value;
	}

	public static boolean same(JsonNode a, JsonNode b) {
		a = normal(a);
		b = normal(b);
		if (a == null || b == null) {
			return a == b;
		}
		if (a.isNumber() && b.isNumber()) {
			return a.asDouble() == b.asDouble();
		}
		return a.equals(b);
	}

	public boolean creation() {
		return feature.equals(ElementRow.KIND) && old == null && value != null;
	}

	public boolean deletion() {
		return feature.equals(ElementRow.KIND) && old != null && value == null;
	}
}
