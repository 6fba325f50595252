package org.wbsmodeler.server.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.RowApply;
import org.wbsmodeler.server.store.CommitRecord;
import org.wbsmodeler.server.store.Conflict;

/** Local edits carried over the others' commits, by the rules the server merges stale commits with. */
public final class Rebase {

	private Rebase() {
	}

	/**
	 * Applies the commits after the base to a copy of the base, then the local changes on top; a local change to a
	 * feature a commit changed too is a conflict and is left out of {@code merged}.
	 *
	 * @return the conflicts; {@code newBase} holds the base with the commits, {@code merged} that with the local
	 *         changes that do not conflict
	 */
	public static List<Conflict> rebase(Map<String, ElementRow> base, List<CommitRecord> theirs, List<Change> local,
			Map<String, ElementRow> newBase, Map<String, ElementRow> merged) {
		newBase.putAll(WorkingCopy.copy(base));
		for (CommitRecord commit : theirs) {
			RowApply.apply(newBase, commit.changes());
		}
		merged.putAll(WorkingCopy.copy(newBase));
		List<Conflict> conflicts = new ArrayList<>();
		for (Change change : local) {
			var now = ElementRow.valueOf(merged.get(change.element()), change.feature());
			if (Change.same(now, change.old())) {
				RowApply.apply(merged, change);
			} else if (!Change.same(now, change.value())) {
				conflicts.add(new Conflict(change.element(), change.feature(), change.old(), change.value(), now));
			}
		}
		return conflicts;
	}
}
