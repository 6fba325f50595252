package org.wbsmodeler.server.store;

import java.util.List;

/** A commit's outcome: the new revision, or the conflicts that kept it out (then nothing was written). */
public record CommitResult(long revision, List<Conflict> conflicts) {

	public boolean accepted() {
		return conflicts.isEmpty();
	}
}
