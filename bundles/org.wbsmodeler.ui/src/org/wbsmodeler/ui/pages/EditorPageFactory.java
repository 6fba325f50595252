package org.wbsmodeler.ui.pages;

import org.wbsmodeler.ui.session.PlanSession;

/**
 * Makes one page of the model editor; contributed through the extension point {@code org.wbsmodeler.ui.editorPages}
 * so that bundles that build on the editor (the diagrams) add pages without the editor knowing them. Extend
 * {@link ContributedPageFactory} to get the {@code id} and {@code order} of the contribution.
 */
public interface EditorPageFactory {

	/** The contribution's id (the first contribution of an id wins). */
	String id();

	/** Where the page goes among the tabs: Plan is 0, Scope 100, Processes 200, Resources &amp; calendars 300. */
	int order();

	/** The page, for one editor; its widgets are created later by {@link ModelPage#createControl}. */
	ModelPage create(PlanSession context);
}
