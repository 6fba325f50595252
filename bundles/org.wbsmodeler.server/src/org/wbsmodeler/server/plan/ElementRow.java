package org.wbsmodeler.server.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One element of a plan as the server stores it: id, kind (its EClass), container and containing feature, order
 * among its siblings, and its set attributes and cross references (feature name to value; references by id).
 * <p>
 * The structure is addressed like any feature, so that a change is always (element, feature, old, new):
 * {@value #KIND} (present from creation to deletion), {@value #PARENT} ({@code parentId/feature}) and {@value #ORDER}.
 */
public final class ElementRow {

	public static final String KIND = "@kind";
	public static final String PARENT = "@parent";
	public static final String ORDER = "@order";

	private final String id;
	private String kind;
	private String parent;
	private String feature;
	/** Null until the element has a place (the root never has one). */
	private Double ord;
	private final ObjectNode attrs;

	public ElementRow(String id, String kind, String parent, String feature, double ord, ObjectNode attrs) {
		this.id = id;
		this.kind = kind;
		this.parent = parent;
		this.feature = feature;
		this.ord = parent == null ? null : ord;
		this.attrs = attrs == null ? JsonNodeFactory.instance.objectNode() : attrs;
	}

	public String id() {
		return id;
	}

	public String kind() {
		return kind;
	}

	/** The container's id, or null for the plan's root. */
	public String parent() {
		return parent;
	}

	/** The containing feature's name, or null for the root. */
	public String feature() {
		return feature;
	}

	public double ord() {
		return ord == null ? 0 : ord;
	}

	public ObjectNode attrs() {
		return attrs;
	}

	/** The value of a feature as a change carries it; null when unset. */
	public JsonNode value(String name) {
		return switch (name) {
		case KIND -> TextNode.valueOf(kind);
		case PARENT -> parent == null ? null : TextNode.valueOf(parent + "/" + feature);
		case ORDER -> ord == null ? null : DoubleNode.valueOf(ord);
		default -> attrs.get(name);
		};
	}

	/** The value of a feature of a row that may be absent (an element that does not exist has no values). */
	public static JsonNode valueOf(ElementRow row, String name) {
		return row == null ? null : row.value(name);
	}

	/** Sets a feature; the kind is fixed once created (a change of kind is a deletion and a creation). */
	public void set(String name, JsonNode value) {
		switch (name) {
		case KIND -> kind = value.asText();
		case PARENT -> {
			if (value == null || value.isNull()) {
				parent = null;
				feature = null;
			} else {
				String text = value.asText();
				int slash = text.lastIndexOf('/');
				parent = text.substring(0, slash);
				feature = text.substring(slash + 1);
			}
		}
		case ORDER -> ord = value == null || value.isNull() ? null : value.asDouble();
		default -> {
			if (value == null || value.isNull()) {
				attrs.remove(name);
			} else {
				attrs.set(name, value);
			}
		}
		}
	}

	/** Same kind, place, order and attributes (null: not equal). */
	public boolean equalsRow(ElementRow other) {
		return other != null && id.equals(other.id) && kind.equals(other.kind) && java.util.Objects.equals(parent, other.parent)
				&& java.util.Objects.equals(feature, other.feature) && java.util.Objects.equals(ord, other.ord) && attrs.equals(other.attrs);
	}

	public ElementRow copy() {
		ElementRow copy = new ElementRow(id, kind, parent, feature, 0, attrs.deepCopy());
		copy.ord = ord;
		return copy;
	}

	/** Splits {@code parentId/feature}; null for null. */
	public static String[] parentAndFeature(JsonNode value) {
		if (value == null || value.isNull() || !value.isTextual()) {
			return null;
		}
		String text = value.asText();
		int slash = text.lastIndexOf('/');
		return slash <= 0 || slash == text.length() - 1 ? null : new String[] { text.substring(0, slash), text.substring(slash + 1) };
	}
}
