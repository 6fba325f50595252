package org.wbsmodeler.ui.diagram.network;

import org.wbsmodeler.ui.pages.ContributedPageFactory;
import org.wbsmodeler.ui.pages.ModelPage;
import org.wbsmodeler.ui.session.PlanSession;

/** Contributes the network page to the model editor (plugin.xml). */
public final class NetworkPageFactory extends ContributedPageFactory {
	@Override
	public ModelPage create(PlanSession context) {
		return new NetworkPage(context);
	}
}
