package org.wbsmodeler.ui.team.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.wbsmodeler.merge.conflict.ListedConflict;
import org.wbsmodeler.ui.compare.conflicts.ConflictSessions;
import org.wbsmodeler.ui.compare.conflicts.ConflictsView;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.store.Conflict;

/**
 * Conflicts with others' commits go to the Conflicts view, as those of a git merge do: listed with the plan's own,
 * base / ours / theirs, Take Base / Ours / Theirs as one undoable edit each (the model holds ours, the unsaved
 * value). The view is shown without taking the focus from the editor.
 */
final class ConflictsViewPresenter implements ConflictPresenter {

	@Override
	public void show(WbsEditor editor, String title, List<Conflict> conflicts, Map<String, ElementRow> rows) {
		List<ListedConflict> listed = new ArrayList<>(conflicts.size());
		SharedConflicts labels = new SharedConflicts(editor.project().eResource(), rows);
		for (Conflict conflict : conflicts) {
			listed.add(labels.listed(conflict, title));
		}
		ConflictSessions.add(editor, listed);
		IWorkbenchPage page = editor.getSite().getPage();
		try {
			page.showView(ConflictsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(ConflictsViewPresenter.class).error("cannot show the Conflicts view: " + e.getMessage(), e);
		}
	}
}
