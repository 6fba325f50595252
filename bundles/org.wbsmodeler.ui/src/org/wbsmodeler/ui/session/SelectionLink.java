package org.wbsmodeler.ui.session;

import java.util.List;

/**
 * The selection the pages of one editor share: a page coming to the front shows what was selected before, and a page
 * going to the back leaves its selection in the Plan, so the tree and the diagrams agree whichever is looked at.
 */
public interface SelectionLink {

	/** What the editor has selected now (on the page that was in front, or in the Outline), as model objects. */
	List<?> current();

	/** Selects these objects on the Plan page, which keeps the editor's selection while other pages are hidden. */
	void keepInPlan(List<?> objects);

	/** No editor around (a page made in a test): nothing shared. */
	SelectionLink NONE = new SelectionLink() {
		@Override
		public List<?> current() {
			return List.of();
		}

		@Override
		public void keepInPlan(List<?> objects) {
		}
	};
}
