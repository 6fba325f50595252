package org.wbsmodeler.ui.team.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.CommitRecord;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change of one element as people read it: the commit that made it (revision, who, when, message), what changed
 * and old → new. The log stores an element's structure as features ({@value ElementRow#KIND}, {@value ElementRow#PARENT},
 * {@value ElementRow#ORDER}); here a creation is one row ("created", with the values it was created with folded in),
 * a deletion one ("deleted"), a move one ("moved", old → new parent) and a place among the same siblings one
 * ("reordered").
 *
 * @param what   the feature's name, or {@link #CREATED}, {@link #DELETED}, {@link #MOVED}, {@link #REORDERED}
 * @param change the change behind the row (for a creation, the one of its kind); a feature's can be restored
 */
public record HistoryRow(long revision, String author, java.time.Instant time, String message, String what, String oldText, String newText,
		Change change) {

	public static final String CREATED = "created";
	public static final String DELETED = "deleted";
	public static final String MOVED = "moved";
	public static final String REORDERED = "reordered";

	/**
	 * The element's changes, newest first.
	 *
	 * @param nameOf an element's label by its id (for the parents of a move)
	 */
	public static List<HistoryRow> of(List<CommitRecord> commits, String element, UnaryOperator<String> nameOf) {
		List<HistoryRow> rows = new ArrayList<>();
		for (CommitRecord commit : commits) {
			List<Change> changes = commit.changes().stream().filter(c -> c.element().equals(element)).toList();
			Change kind = find(changes, ElementRow.KIND);
			if (kind != null && (kind.creation() || kind.deletion())) {
				// created (or deleted) with its place and values: one row, not one per stored feature
				boolean created = kind.creation();
				JsonNode name = created ? valueOf(changes, "name") : kind.old();
				String text = (created ? kind.value() : kind.old()).asText() + (created && name != null ? " " + name.asText() : "");
				rows.add(new HistoryRow(commit, created ? CREATED : DELETED, created ? "" : text, created ? text : "", kind));
				continue;
			}
			Change parent = find(changes, ElementRow.PARENT);
			if (parent != null) {
				rows.add(new HistoryRow(commit, MOVED, place(parent.old(), nameOf), place(parent.value(), nameOf), parent));
			} else if (find(changes, ElementRow.ORDER) != null) {
				Change order = find(changes, ElementRow.ORDER);
				rows.add(new HistoryRow(commit, REORDERED, "", "", order));
			}
			for (Change change : changes) {
				if (!change.feature().startsWith("@")) {
					rows.add(new HistoryRow(commit, change.feature(), text(change.old()), text(change.value()), change));
				}
			}
		}
		rows.sort((a, b) -> Long.compare(b.revision, a.revision));
		return rows;
	}

	private HistoryRow(CommitRecord commit, String what, String oldText, String newText, Change change) {
		this(commit.revision(), commit.author(), commit.time(), commit.message(), what, oldText, newText, change);
	}

	/** A feature of the model (not the element's existence or place), whose former value can be set again. */
	public boolean restorable() {
		return !change.feature().startsWith("@");
	}

	public static String text(JsonNode value) {
		return value == null || value.isNull() ? "(none)" : value.isTextual() ? value.asText() : value.toString();
	}

	private static Change find(List<Change> changes, String feature) {
		return changes.stream().filter(c -> c.feature().equals(feature)).findFirst().orElse(null);
	}

	private static JsonNode valueOf(List<Change> changes, String feature) {
		Change change = find(changes, feature);
		return change == null ? null : change.value();
	}

	private static String place(JsonNode value, UnaryOperator<String> nameOf) {
		String[] parent = ElementRow.parentAndFeature(value);
		return parent == null ? "(none)" : "under " + nameOf.apply(parent[0]);
	}
}
