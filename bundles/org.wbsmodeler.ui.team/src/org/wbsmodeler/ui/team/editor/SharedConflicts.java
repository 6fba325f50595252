package org.wbsmodeler.ui.team.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.merge.text.PlanLabels;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.Conflict;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A shared plan's conflict (element, feature, base / mine / theirs as stored on the server) as the Conflicts view
 * lists a merge's: the element's code and label, the sides as text and as the plain data a pick sets. A feature is a
 * value conflict; the element's place ({@value ElementRow#PARENT}) a move to the side's parent; its existence
 * ({@value ElementRow#KIND}) a deletion against an edit.
 */
final class SharedConflicts {

	private final Resource model;
	private final Map<String, ElementRow> rows;
	private final PlanLabels labels = new PlanLabels();

	SharedConflicts(Resource model, Map<String, ElementRow> rows) {
		this.model = model;
		this.rows = rows;
	}

	ListedConflict listed(Conflict conflict, String why) {
		EObject element = model.getEObject(conflict.element());
		EObject owner = element;
		while (owner != null && !(owner instanceof WbsElement)) {
			owner = owner.eContainer();
		}
		String code = owner instanceof WbsElement wbs ? labels.code(wbs) : null;
		String label = element != null ? labels.label(element) : name(conflict.element());
		JsonNode[] sides = { conflict.base(), conflict.mine(), conflict.theirs() };
		List<String> texts = new ArrayList<>(3);
		List<Object> values = new ArrayList<>(3);
		ConflictKind kind;
		String feature = conflict.feature();
		switch (feature) {
		case ElementRow.KIND -> {
			kind = ConflictKind.DELETE;
			feature = "element";
			for (JsonNode side : sides) {
				values.add(side == null ? org.wbsmodeler.merge.conflict.Conflict.ABSENT : org.wbsmodeler.merge.conflict.Conflict.PRESENT);
				texts.add(side == null ? "deleted" : "kept");
			}
		}
		case ElementRow.PARENT -> {
			kind = ConflictKind.MOVE;
			feature = "parent";
			for (JsonNode side : sides) {
				String[] place = ElementRow.parentAndFeature(side);
				values.add(place == null ? null : place[0]);
				texts.add(place == null ? "(none)" : "under " + name(place[0]));
			}
		}
		default -> {
			kind = ConflictKind.VALUE;
			for (JsonNode side : sides) {
				values.add(plain(side));
				texts.add(text(side));
			}
		}
		}
		String detail = conflict.detail() != null ? conflict.detail() : why;
		return new ListedConflict(kind, conflict.element(), code, label, feature, texts, values, detail);
	}

	/** Attributes are stored as EMF writes them and references by id: the plain data a pick takes. */
	private static Object plain(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isArray()) {
			List<Object> items = new ArrayList<>();
			value.forEach(item -> items.add(item.asText()));
			return items;
		}
		return value.asText();
	}

	private String text(JsonNode value) {
		if (value == null || value.isNull()) {
			return "(none)";
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach(item -> items.add(name(item.asText())));
			return String.join(", ", items);
		}
		return rows.containsKey(value.asText()) ? name(value.asText()) : value.asText();
	}

	/** An element's label by id: from the model when it is there, else its stored name, else the id. */
	private String name(String id) {
		EObject object = model.getEObject(id);
		if (object != null) {
			return labels.label(object);
		}
		ElementRow row = rows.get(id);
		JsonNode name = row == null ? null : row.attrs().get("name");
		return name == null ? id : name.asText();
	}
}
