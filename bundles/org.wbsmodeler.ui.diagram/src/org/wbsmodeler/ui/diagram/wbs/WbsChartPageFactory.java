package org.wbsmodeler.ui.diagram.wbs;

import org.wbsmodeler.ui.pages.ContributedPageFactory;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;

/** Contributes the WBS chart page to the model editor (plugin.xml). */
public final class WbsChartPageFactory extends ContributedPageFactory {
	@Override
	public ModelPage create(PlanSession context) {
		return new WbsChartPage(context);
	}
}
