package org.wbsmodeler.ui.team.editor;

import java.util.List;
import java.util.Map;

import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.Conflict;
import org.wbsmodeler.ui.editor.WbsEditor;

/**
 * Where conflicts between the user's edits and others' commits are shown: the Conflicts view by default
 * ({@link ConflictsViewPresenter}); another with {@link SharedEditors#setConflictPresenter}. Called on the UI thread;
 * the model holds the user's value on each conflict.
 */
public interface ConflictPresenter {

	/**
	 * @param editor the editor of the plan the conflicts are in
	 * @param title  what ran into them (a save, others' commits arriving)
	 * @param rows   the plan's rows, to name the elements
	 */
	void show(WbsEditor editor, String title, List<Conflict> conflicts, Map<String, ElementRow> rows);
}
