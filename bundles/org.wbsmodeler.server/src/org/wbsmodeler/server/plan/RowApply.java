package org.wbsmodeler.server.plan;

import java.util.List;
import java.util.Map;

/**
 * Applies changes to a plan held as rows (the client's copy, a replay of the log, the rows a commit touches on the
 * server). It checks nothing: the server checks a commit before applying it.
 */
public final class RowApply {

	private RowApply() {
	}

	public static void apply(Map<String, ElementRow> rows, List<Change> changes) {
		for (Change change : changes) {
			apply(rows, change);
		}
	}

	public static void apply(Map<String, ElementRow> rows, Change change) {
		if (change.creation()) {
			rows.put(change.element(), new ElementRow(change.element(), change.value().asText(), null, null, 0, null));
		} else if (change.deletion()) {
			rows.remove(change.element());
		} else {
			ElementRow row = rows.get(change.element());
			if (row != null) {
				row.set(change.feature(), change.value());
			}
		}
	}
}
