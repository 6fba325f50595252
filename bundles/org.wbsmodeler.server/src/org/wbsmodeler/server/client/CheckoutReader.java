package org.wbsmodeler.server.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.server.plan.PlanJson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads {@code GET /api/plans/ID} as it arrives: each element becomes its row and goes to the caller at once (to
 * build the model while the rest downloads), without the answer ever being one string or one JSON tree.
 */
final class CheckoutReader {

	private CheckoutReader() {
	}

	static PlanClient.Checkout read(long plan, InputStream in, PlanClient.RowSink sink) throws IOException, PlanException {
		String name = null;
		long revision = -1;
		Map<String, ElementRow> rows = null;
		try (JsonParser parser = PlanJson.MAPPER.createParser(in)) {
			expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				parser.nextToken();
				switch (field) {
				case "name" -> name = parser.getValueAsString();
				case "revision" -> revision = parser.getValueAsLong(-1);
				case "elements" -> rows = elements(parser, sink);
				default -> parser.skipChildren();
				}
			}
		}
		if (name == null || revision < 0 || rows == null) {
			throw new IOException("the server's answer for plan " + plan + " lacks its name, revision or elements");
		}
		return new PlanClient.Checkout(plan, name, revision, rows);
	}

	private static Map<String, ElementRow> elements(JsonParser parser, PlanClient.RowSink sink) throws IOException, PlanException {
		expect(parser, parser.currentToken(), JsonToken.START_ARRAY);
		Map<String, ElementRow> rows = new LinkedHashMap<>();
		while (parser.nextToken() == JsonToken.START_OBJECT) {
			ElementRow row = element(parser);
			if (rows.put(row.id(), row) != null) {
				throw new PlanException("element " + row.id() + " is listed twice");
			}
			sink.accept(row);
		}
		expect(parser, parser.currentToken(), JsonToken.END_ARRAY);
		return rows;
	}

	private static ElementRow element(JsonParser parser) throws IOException, PlanException {
		String id = null;
		String kind = null;
		String parent = null;
		String feature = null;
		double ord = 0;
		ObjectNode attrs = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			JsonToken value = parser.nextToken();
			switch (field) {
			case "id" -> id = parser.getValueAsString();
			case "kind" -> kind = parser.getValueAsString();
			case "parent" -> parent = parser.getValueAsString();
			case "feature" -> feature = parser.getValueAsString();
			case "ord" -> ord = parser.getValueAsDouble();
			case "attrs" -> {
				expect(parser, value, JsonToken.START_OBJECT);
				attrs = parser.readValueAsTree();
			}
			default -> parser.skipChildren();
			}
		}
		if (id == null || kind == null || (parent != null && feature == null)) {
			throw new PlanException("an element of the server's answer lacks its id, kind or containing feature");
		}
		return new ElementRow(id, kind, parent, feature, ord, attrs);
	}

	private static void expect(JsonParser parser, JsonToken token, JsonToken expected) throws IOException {
		if (token != expected) {
			throw new IOException("the server's answer is not a plan: " + expected + " expected, found " + token + " at "
					+ parser.currentLocation().getCharOffset());
		}
	}
}
