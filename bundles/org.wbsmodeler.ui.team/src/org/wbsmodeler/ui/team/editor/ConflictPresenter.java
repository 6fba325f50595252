package org.wbsmodeler.ui.team.editor;

import java.util.List;
import java.util.Map;

import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.Conflict;

/**
 * Where conflicts between the user's edits and others' commits are shown. The default lists them in one dialog;
 * the Conflicts view of the diff/merge faces replaces it with {@link SharedEditors#setConflictPresenter}.
 */
public interface ConflictPresenter {

	/**
	 * @param title what ran into them (a save, others' commits arriving)
	 * @param rows the plan's rows, to name the elements
	 */
	void show(String title, List<Conflict> conflicts, Map<String, ElementRow> rows);
}
