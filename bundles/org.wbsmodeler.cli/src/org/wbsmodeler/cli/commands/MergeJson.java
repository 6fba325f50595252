package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.merge.diff.Change;
import org.wbsmodeler.merge.diff.Location;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.model.WbsElement;

/**
 * {@code diff --json}: one change per line, with the element's id, code and name; values as text, references also by
 * the target's id. ({@code merge --json} prints the conflict list, {@link org.wbsmodeler.merge.conflict.ConflictList}.)
 */
final class MergeJson {

	private static final JsonFactory FACTORY = JsonFactory.builder().build();

	private MergeJson() {
	}

	static String changes(List<Change> changes, PlanIndex from, PlanIndex to, PlanLabels labels) {
		return write(json -> {
			json.writeStartObject();
			json.writeArrayFieldStart("changes");
			for (Change change : changes) {
				json.writeRaw("\n  ");
				json.writeStartObject();
				json.writeStringField("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
				element(json, change.elementId(), change.element(), labels);
				json.writeStringField("feature", change.feature() == null ? null : change.feature().getName());
				value(json, "old", change.oldValue(), from, labels);
				value(json, "new", change.newValue(), to, labels);
				json.writeEndObject();
			}
			json.writeRaw("\n");
			json.writeEndArray();
			json.writeEndObject();
		});
	}

	private static void element(JsonGenerator json, String id, EObject element, PlanLabels labels) throws IOException {
		json.writeStringField("id", id);
		EObject owner = element;
		while (owner != null && !(owner instanceof WbsElement)) {
			owner = owner.eContainer();
		}
		json.writeStringField("code", owner instanceof WbsElement wbs ? labels.code(wbs) : null);
		json.writeStringField("label", labels.label(element));
	}

	private static void value(JsonGenerator json, String field, Object value, PlanIndex plan, PlanLabels labels) throws IOException {
		if (value instanceof Location location) {
			json.writeObjectFieldStart(field);
			json.writeStringField("parent", location.parentId());
			json.writeStringField("parentLabel", labels.label(location.parentId() == null ? null : plan.object(location.parentId())));
			json.writeStringField("feature", location.feature());
			json.writeNumberField("index", location.index());
			json.writeEndObject();
		} else if (value instanceof EObject object) {
			json.writeObjectFieldStart(field);
			json.writeStringField("id", plan.id(object));
			json.writeStringField("label", labels.label(object));
			json.writeEndObject();
		} else if (value == null) {
			json.writeNullField(field);
		} else {
			json.writeStringField(field, labels.value(value));
		}
	}

	@FunctionalInterface
	private interface Body {
		void write(JsonGenerator json) throws IOException;
	}

	private static String write(Body body) {
		StringWriter text = new StringWriter();
		try (JsonGenerator generator = FACTORY.createGenerator(text)) {
			body.write(generator);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return text + "\n";
	}
}
