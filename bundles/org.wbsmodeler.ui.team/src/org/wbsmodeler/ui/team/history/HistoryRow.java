package org.wbsmodeler.ui.team.history;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.CommitRecord;

import com.fasterxml.jackson.databind.JsonNode;

/** One change of one element: the commit that made it (revision, who, when, message) and feature, old → new. */
public record HistoryRow(long revision, String author, java.time.Instant time, String message, Change change) {

	/** The element's changes, newest first. */
	public static List<HistoryRow> of(List<CommitRecord> commits, String element) {
		List<HistoryRow> rows = new ArrayList<>();
		for (CommitRecord commit : commits) {
			for (Change change : commit.changes()) {
				if (change.element().equals(element)) {
					rows.add(new HistoryRow(commit.revision(), commit.author(), commit.time(), commit.message(), change));
				}
			}
		}
		rows.sort((a, b) -> Long.compare(b.revision, a.revision));
		return rows;
	}

	/** A feature of the model (not the element's kind or place), whose former value can be set again. */
	public boolean restorable() {
		String feature = change.feature();
		return !feature.equals(ElementRow.KIND) && !feature.equals(ElementRow.PARENT) && !feature.equals(ElementRow.ORDER) && !change.creation()
				&& !change.deletion();
	}

	public static String text(JsonNode value) {
		return value == null || value.isNull() ? "(none)" : value.isTextual() ? value.asText() : value.toString();
	}
}
