package org.wbsmodeler.server.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Rows and changes as the HTTP API and the client's base file carry them. */
public final class PlanJson {

	public static final ObjectMapper MAPPER = new ObjectMapper();

	private PlanJson() {
	}

	public static ArrayNode elements(Iterable<ElementRow> rows) {
		ArrayNode array = MAPPER.createArrayNode();
		for (ElementRow row : rows) {
			ObjectNode node = array.addObject();
			node.put("id", row.id());
			node.put("kind", row.kind());
			if (row.parent() != null) {
				node.put("parent", row.parent());
				node.put("feature", row.feature());
				node.put("ord", row.ord());
			}
			node.set("attrs", row.attrs());
		}
		return array;
	}

	public static Map<String, ElementRow> rows(JsonNode elements) throws PlanException {
		if (elements == null || !elements.isArray()) {
			throw new PlanException("'elements' must be an array");
		}
		Map<String, ElementRow> rows = new LinkedHashMap<>();
		for (JsonNode node : elements) {
			String id = text(node, "id", true);
			String kind = text(node, "kind", true);
			String parent = text(node, "parent", false);
			String feature = text(node, "feature", parent != null);
			JsonNode ord = node.get("ord");
			if (ord != null && !ord.isNumber()) {
				throw new PlanException("element " + id + ": 'ord' must be a number");
			}
			JsonNode attrs = node.get("attrs");
			if (attrs != null && !attrs.isObject()) {
				throw new PlanException("element " + id + ": 'attrs' must be an object");
			}
			if (rows.put(id, new ElementRow(id, kind, parent, feature, ord == null ? 0 : ord.asDouble(),
					attrs == null ? null : (ObjectNode) attrs)) != null) {
				throw new PlanException("element " + id + " is listed twice");
			}
		}
		return rows;
	}

	public static ArrayNode changes(List<Change> changes) {
		ArrayNode array = MAPPER.createArrayNode();
		for (Change change : changes) {
			ObjectNode node = array.addObject();
			node.put("element", change.element());
			node.put("feature", change.feature());
			node.set("old", change.old());
			node.set("new", change.value());
		}
		return array;
	}

	public static List<Change> changes(JsonNode array) throws PlanException {
		if (array == null || !array.isArray()) {
			throw new PlanException("'changes' must be an array");
		}
		List<Change> changes = new ArrayList<>(array.size());
		for (JsonNode node : array) {
			if (!node.isObject()) {
				throw new PlanException("a change must be an object");
			}
			changes.add(new Change(text(node, "element", true), text(node, "feature", true), node.get("old"), node.get("new")));
		}
		return changes;
	}

	private static String text(JsonNode node, String field, boolean required) throws PlanException {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			if (required) {
				throw new PlanException("missing '" + field + "'");
			}
			return null;
		}
		if (!value.isTextual() || value.asText().isEmpty()) {
			throw new PlanException("'" + field + "' must be a non-empty string");
		}
		return value.asText();
	}
}
