package org.wbsmodeler.merge.conflict;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.MergeResult.Side;
import org.wbsmodeler.model.WbsElement;

/**
 * The conflict list written beside a plan merged with conflicts ({@code OUT.conflicts.json}): one JSON object per
 * conflict and line, with the element's id, code and label, the feature, base / ours / theirs as text and, under
 * {@code values}, as plain data, so that the editor can set a side's value. Written by {@code ./wbs merge}, read
 * (and written again with the conflicts still open) by the editor's Conflicts view.
 */
public final class ConflictList {

	/** The suffix of the conflict list beside a merged plan. */
	public static final String SUFFIX = ".conflicts.json";

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private static final String[] SIDES = { "base", "ours", "theirs" };

	private ConflictList() {
	}

	/** The conflicts of a merge as listed. */
	public static List<ListedConflict> of(MergeResult result, PlanLabels labels) {
		List<ListedConflict> listed = new ArrayList<>(result.conflicts().size());
		for (Conflict conflict : result.conflicts()) {
			EObject owner = conflict.element();
			while (owner != null && !(owner instanceof WbsElement)) {
				owner = owner.eContainer();
			}
			Object[] raw = { conflict.base(), conflict.ours(), conflict.theirs() };
			List<String> texts = new ArrayList<>(3);
			List<Object> values = new ArrayList<>(3);
			for (Side side : Side.values()) {
				texts.add(labels.conflictValue(conflict, raw[side.ordinal()], side, result));
				values.add(plain(conflict, raw[side.ordinal()]));
			}
			listed.add(new ListedConflict(conflict.kind(), conflict.elementId(), owner instanceof WbsElement wbs ? labels.code(wbs) : null,
					conflict.element() == null ? conflict.elementId() : labels.label(conflict.element()), conflict.feature(), texts, values,
					conflict.detail()));
		}
		return listed;
	}

	/** A side's value as data: ids and markers as they are, an attribute's value in its EMF string form. */
	private static Object plain(Conflict conflict, Object value) {
		if (value == null || value instanceof String) {
			return value;
		}
		if (value instanceof List<?> list) {
			List<Object> plain = new ArrayList<>(list.size());
			list.forEach(item -> plain.add(plain(conflict, item)));
			return plain;
		}
		EStructuralFeature feature = conflict.element() == null ? null : conflict.element().eClass().getEStructuralFeature(conflict.feature());
		return feature instanceof EAttribute attribute ? EcoreUtil.convertToString(attribute.getEAttributeType(), value) : String.valueOf(value);
	}

	/** The list as JSON text: {@code {"conflicts":[ … ]}}, one conflict per line. */
	public static String write(List<ListedConflict> conflicts) {
		StringWriter text = new StringWriter();
		try (JsonGenerator json = FACTORY.createGenerator(text)) {
			json.writeStartObject();
			json.writeArrayFieldStart("conflicts");
			for (ListedConflict conflict : conflicts) {
				json.writeRaw("\n  ");
				json.writeStartObject();
				json.writeStringField("kind", conflict.kind().name().toLowerCase(Locale.ROOT));
				json.writeStringField("id", conflict.id());
				json.writeStringField("code", conflict.code());
				json.writeStringField("label", conflict.label());
				json.writeStringField("feature", conflict.feature());
				for (int i = 0; i < SIDES.length; i++) {
					json.writeStringField(SIDES[i], conflict.texts().get(i));
				}
				json.writeStringField("detail", conflict.detail());
				json.writeObjectFieldStart("values");
				for (int i = 0; i < SIDES.length; i++) {
					json.writeFieldName(SIDES[i]);
					writeValue(json, conflict.values().get(i));
				}
				json.writeEndObject();
				json.writeEndObject();
			}
			json.writeRaw("\n");
			json.writeEndArray();
			json.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text + "\n";
	}

	private static void writeValue(JsonGenerator json, Object value) throws IOException {
		if (value instanceof List<?> list) {
			json.writeStartArray();
			for (Object item : list) {
				writeValue(json, item);
			}
			json.writeEndArray();
		} else if (value == null) {
			json.writeNull();
		} else {
			json.writeString(String.valueOf(value));
		}
	}

	/**
	 * Reads a conflict list.
	 *
	 * @throws MergeException if the text is not a conflict list (not JSON, no {@code conflicts}, an unknown kind)
	 */
	public static List<ListedConflict> read(String text) throws MergeException {
		List<ListedConflict> conflicts = new ArrayList<>();
		try (JsonParser json = FACTORY.createParser(text)) {
			expect(json, json.nextToken(), JsonToken.START_OBJECT);
			while (json.nextToken() == JsonToken.FIELD_NAME) {
				String field = json.currentName();
				JsonToken token = json.nextToken();
				if (!field.equals("conflicts")) {
					json.skipChildren();
					continue;
				}
				expect(json, token, JsonToken.START_ARRAY);
				while (json.nextToken() == JsonToken.START_OBJECT) {
					conflicts.add(readConflict(json));
				}
			}
		} catch (IOException | IllegalArgumentException e) {
			throw new MergeException("not a conflict list: " + e.getMessage());
		}
		return conflicts;
	}

	private static ListedConflict readConflict(JsonParser json) throws IOException {
		String kind = null;
		String id = null;
		String code = null;
		String label = null;
		String feature = null;
		String detail = null;
		String[] texts = new String[3];
		Object[] values = new Object[3];
		while (json.nextToken() == JsonToken.FIELD_NAME) {
			String field = json.currentName();
			json.nextToken();
			switch (field) {
			case "kind" -> kind = json.getValueAsString();
			case "id" -> id = json.getValueAsString();
			case "code" -> code = json.getValueAsString();
			case "label" -> label = json.getValueAsString();
			case "feature" -> feature = json.getValueAsString();
			case "detail" -> detail = json.getValueAsString();
			case "values" -> {
				while (json.nextToken() == JsonToken.FIELD_NAME) {
					int side = Arrays.asList(SIDES).indexOf(json.currentName());
					json.nextToken();
					Object value = readValue(json);
					if (side >= 0) {
						values[side] = value;
					}
				}
			}
			default -> {
				int side = Arrays.asList(SIDES).indexOf(field);
				if (side >= 0) {
					texts[side] = json.getValueAsString();
				} else {
					json.skipChildren();
				}
			}
			}
		}
		if (kind == null || id == null) {
			throw new IOException("a conflict without kind or id at " + json.currentLocation());
		}
		return new ListedConflict(ConflictKind.valueOf(kind.toUpperCase(Locale.ROOT)), id, code, label, feature, Arrays.asList(texts),
				Arrays.asList(values), detail);
	}

	private static Object readValue(JsonParser json) throws IOException {
		if (json.currentToken() == JsonToken.START_ARRAY) {
			List<Object> list = new ArrayList<>();
			while (json.nextToken() != JsonToken.END_ARRAY) {
				list.add(readValue(json));
			}
			return list;
		}
		if (json.currentToken() == JsonToken.START_OBJECT) {
			json.skipChildren();
			return null;
		}
		return json.currentToken() == JsonToken.VALUE_NULL ? null : json.getValueAsString();
	}

	private static void expect(JsonParser json, JsonToken token, JsonToken expected) throws IOException {
		if (token != expected) {
			throw new IOException("expected " + expected + " at " + json.currentLocation() + ", found " + token);
		}
	}
}
