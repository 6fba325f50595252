package org.wbsmodeler.ui.diagram.process;

import org.wbsmodeler.ui.pages.ContributedPageFactory;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;

/** Contributes the process map page to the model editor (plugin.xml). */
public final class ProcessMapPageFactory extends ContributedPageFactory {
	@Override
	public ModelPage create(PlanSession context) {
		return new ProcessMapPage(context);
	}
}
