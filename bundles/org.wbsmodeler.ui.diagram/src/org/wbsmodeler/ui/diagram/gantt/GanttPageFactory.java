package org.wbsmodeler.ui.diagram.gantt;

import org.wbsmodeler.ui.pages.ContributedPageFactory;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;

/** Contributes the Gantt page to the model editor (plugin.xml). */
public final class GanttPageFactory extends ContributedPageFactory {

	@Override
	public ModelPage create(PlanSession context) {
		return new GanttPage(context);
	}
}
