package org.wbsmodeler.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What makes a commit a model and not just rows: known kinds and features, values of the feature's type, every
 * element in a container that may hold it, no containment cycle, no reference to a missing element (neither from a
 * changed element nor left behind by a deletion). Each failure is one line naming the element and feature.
 */
final class CommitCheck {

	private static final PlanCodec CODEC = new PlanCodec();

	private final Connection connection;
	private final long planId;

	CommitCheck(Connection connection, long planId) {
		this.connection = connection;
		this.planId = planId;
	}

	/** The change fits the element's kind: a known feature and a value of its type (references are checked later). */
	void shape(ElementRow row, Change change) throws PlanException {
		String where = "element " + change.element() + " " + change.feature();
		JsonNode value = change.value();
		switch (change.feature()) {
		case ElementRow.KIND -> {
			if (value != null && (!value.isTextual() || eClass(value.asText()) == null)) {
				throw new PlanException(where + ": unknown kind " + value);
			}
			if (row != null && value != null && !value.asText().equals(row.kind())) {
				throw new PlanException(where + ": an element keeps its kind (delete it and create another)");
			}
		}
		case ElementRow.PARENT -> {
			if (value != null && ElementRow.parentAndFeature(value) == null) {
				throw new PlanException(where + ": must be \"containerId/feature\", not " + value);
			}
		}
		case ElementRow.ORDER -> {
			if (value != null && (!value.isNumber() || !Double.isFinite(value.asDouble()))) {
				throw new PlanException(where + ": must be a number, not " + value);
			}
		}
		default -> {
			EStructuralFeature feature = feature(row, change.feature());
			if (value != null) {
				checkValue(where, feature, value);
			}
		}
		}
	}

	private EStructuralFeature feature(ElementRow row, String name) throws PlanException {
		EClass eClass = eClass(row.kind());
		EStructuralFeature feature = eClass == null ? null : eClass.getEStructuralFeature(name);
		if (feature == null || !PlanCodec.stored(feature)) {
			throw new PlanException("element " + row.id() + ": " + row.kind() + " has no feature " + name);
		}
		return feature;
	}

	private static void checkValue(String where, EStructuralFeature feature, JsonNode value) throws PlanException {
		if (feature.isMany()) {
			if (!value.isArray()) {
				throw new PlanException(where + ": must be a list, not " + value);
			}
			for (JsonNode item : value) {
				checkSingle(where, feature, item);
			}
		} else {
			checkSingle(where, feature, value);
		}
	}

	private static void checkSingle(String where, EStructuralFeature feature, JsonNode value) throws PlanException {
		if (!value.isTextual()) {
			throw new PlanException(where + ": must be text as in a .wbs file, not " + value);
		}
		if (feature instanceof EAttribute attribute) {
			try {
				EcoreUtil.createFromString(attribute.getEAttributeType(), value.asText());
			} catch (RuntimeException e) {
				throw new PlanException(where + ": '" + value.asText() + "' is not a " + attribute.getEAttributeType().getName());
			}
		}
	}

	/**
	 * The rows after the commit hold together, and the deleted ones leave nothing behind. Only what the commit changed
	 * is checked: the place of elements it created or moved, the references of elements whose references it changed.
	 */
	void integrity(Map<String, ElementRow> rows, Set<String> deleted, List<Change> applied) throws PlanException, SQLException {
		Set<String> placed = new HashSet<>();
		Set<String> referring = new HashSet<>();
		for (Change change : applied) {
			ElementRow row = rows.get(change.element());
			if (row == null) {
				continue;
			}
			if (change.feature().equals(ElementRow.PARENT) || change.creation()) {
				placed.add(row.id());
			} else if (!change.feature().startsWith("@") && feature(row, change.feature()) instanceof EReference) {
				referring.add(row.id());
			}
		}
		Set<String> wanted = new HashSet<>();
		for (String id : placed) {
			if (rows.get(id).parent() != null) {
				wanted.add(rows.get(id).parent());
			}
		}
		for (String id : referring) {
			ElementRow row = rows.get(id);
			for (var it = row.attrs().fields(); it.hasNext();) {
				var field = it.next();
				if (feature(row, field.getKey()) instanceof EReference) {
					targets(field.getValue()).forEach(t -> wanted.add(t.asText()));
				}
			}
		}
		wanted.removeAll(rows.keySet());
		wanted.removeAll(deleted);
		Map<String, String> kinds = new HashMap<>(wanted.isEmpty() ? Map.of() : Rows.kinds(connection, planId, wanted));
		rows.values().forEach(r -> kinds.put(r.id(), r.kind()));
		deleted.forEach(kinds::remove);
		for (String id : placed) {
			container(rows.get(id), kinds);
			noCycle(rows.get(id), rows);
		}
		for (String id : referring) {
			ElementRow row = rows.get(id);
			for (var it = row.attrs().fields(); it.hasNext();) {
				var field = it.next();
				if (feature(row, field.getKey()) instanceof EReference reference) {
					for (JsonNode target : targets(field.getValue())) {
						String kind = kinds.get(target.asText());
						if (kind == null) {
							throw new PlanException("element " + row.id() + " " + reference.getName() + ": refers to a missing element " + target.asText());
						}
						if (!reference.getEReferenceType().isSuperTypeOf(eClass(kind))) {
							throw new PlanException("element " + row.id() + " " + reference.getName() + ": " + target.asText() + " is a " + kind
									+ ", not a " + reference.getEReferenceType().getName());
						}
					}
				}
			}
		}
		if (!deleted.isEmpty()) {
			leftBehind(rows, deleted);
		}
	}

	private static Iterable<JsonNode> targets(JsonNode value) {
		return value.isArray() ? value : List.of(value);
	}

	private void container(ElementRow row, Map<String, String> kinds) throws PlanException {
		if (row.parent() == null) {
			throw new PlanException("element " + row.id() + ": has no container (a plan has one root)");
		}
		String parentKind = kinds.get(row.parent());
		if (parentKind == null) {
			throw new PlanException("element " + row.id() + ": its container " + row.parent() + " does not exist");
		}
		EStructuralFeature feature = eClass(parentKind).getEStructuralFeature(row.feature());
		if (!(feature instanceof EReference reference) || !reference.isContainment() || !reference.getEReferenceType().isSuperTypeOf(eClass(row.kind()))) {
			throw new PlanException("element " + row.id() + ": a " + parentKind + " cannot hold a " + row.kind() + " in " + row.feature());
		}
	}

	private void noCycle(ElementRow row, Map<String, ElementRow> rows) throws PlanException, SQLException {
		String at = row.parent();
		Set<String> seen = new HashSet<>();
		while (at != null) {
			if (at.equals(row.id()) || !seen.add(at)) {
				throw new PlanException("element " + row.id() + ": moving it under " + row.parent() + " makes a containment cycle");
			}
			ElementRow up = rows.get(at);
			if (up == null) {
				up = Rows.some(connection, planId, List.of(at)).get(at);
			}
			at = up == null ? null : up.parent();
		}
	}

	private void leftBehind(Map<String, ElementRow> rows, Set<String> deleted) throws PlanException, SQLException {
		for (String child : Rows.childrenOf(connection, planId, deleted)) {
			ElementRow moved = rows.get(child);
			if (moved == null || deleted.contains(moved.parent())) {
				throw new PlanException("element " + child + ": its container is deleted but it is not");
			}
		}
		for (ElementRow stored : Rows.mentioning(connection, planId, deleted).values()) {
			if (deleted.contains(stored.id())) {
				continue;
			}
			ElementRow row = rows.getOrDefault(stored.id(), stored);
			for (var it = row.attrs().fields(); it.hasNext();) {
				var field = it.next();
				if (feature(row, field.getKey()) instanceof EReference) {
					for (JsonNode target : targets(field.getValue())) {
						if (deleted.contains(target.asText())) {
							throw new PlanException("element " + row.id() + " " + field.getKey() + ": refers to " + target.asText() + ", which the commit deletes");
						}
					}
				}
			}
		}
	}

	private static EClass eClass(String kind) {
		return CODEC.eClass(kind);
	}
}
