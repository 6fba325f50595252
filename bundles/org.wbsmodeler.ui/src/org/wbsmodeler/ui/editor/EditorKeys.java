package org.wbsmodeler.ui.editor;

import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.plan.PlanPage;

/**
 * The editor's key bindings in force: the editor's own (Ctrl+Y redo, as MS Project and Windows have it) while it is
 * active, and MS Project's table keys (Insert, Alt+Shift+arrows, Ctrl+F2) only while the Plan page is in front, so
 * that they never take a key a diagram page answers itself (Insert on the WBS chart makes a child box).
 */
final class EditorKeys {

	private final IContextService contexts;
	private IContextActivation planKeys;

	EditorKeys(IEditorSite site) {
		contexts = site.getService(IContextService.class);
		contexts.activateContext(WbsEditor.CONTEXT_ID);
	}

	void pageInFront(ModelPage page) {
		if (page instanceof PlanPage && planKeys == null) {
			planKeys = contexts.activateContext(WbsEditor.PLAN_CONTEXT_ID);
		} else if (!(page instanceof PlanPage) && planKeys != null) {
			contexts.deactivateContext(planKeys);
			planKeys = null;
		}
	}
}
