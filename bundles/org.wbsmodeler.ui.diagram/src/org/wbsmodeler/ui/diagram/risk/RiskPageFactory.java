package org.wbsmodeler.ui.diagram.risk;

import org.wbsmodeler.ui.pages.ContributedPageFactory;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;

/** Contributes the Risk page to the model editor (plugin.xml). */
public final class RiskPageFactory extends ContributedPageFactory {
	@Override
	public ModelPage create(PlanSession context) {
		return new RiskPage(context);
	}
}
