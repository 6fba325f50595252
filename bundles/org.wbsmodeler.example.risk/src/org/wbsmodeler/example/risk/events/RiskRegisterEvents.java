package org.wbsmodeler.example.risk.events;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.example.risk.Risk;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.risk.event.RiskEvent;
import org.wbsmodeler.risk.event.RiskEventSource;

/**
 * The risk register's risks as risk events of schedule risk analysis: a risk occurs with its probability and then
 * lengthens every activity under the element it hangs on by a tenth of its duration per impact point (a severe
 * risk, impact 5, adds half the duration; a negligible one, impact 1, a tenth).
 */
public final class RiskRegisterEvents implements RiskEventSource {

	/** Share of the duration added per impact point. */
	static final double DELAY_PER_IMPACT = 0.1;

	@Override
	public List<RiskEvent> events(Project project) {
		List<RiskEvent> events = new ArrayList<>();
		for (var it = project.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (!(o instanceof Risk risk) || risk.getElement() == null) {
				continue;
			}
			List<RiskEvent.Impact> impacts = new ArrayList<>();
			for (WbsElement leaf : leaves(risk.getElement())) {
				impacts.add(new RiskEvent.Impact(leaf, leaf.getDuration() * risk.getImpact() * DELAY_PER_IMPACT, 0));
			}
			String title = risk.getTitle() == null || risk.getTitle().isBlank() ? "risk on " + risk.getElement().getName() : risk.getTitle();
			events.add(new RiskEvent(title, risk.getProbability(), impacts));
		}
		return events;
	}

	private static List<WbsElement> leaves(WbsElement element) {
		if (!(element instanceof WbsContainer summary) || summary.getChildren().isEmpty()) {
			return List.of(element);
		}
		List<WbsElement> leaves = new ArrayList<>();
		for (WbsElement child : summary.getChildren()) {
			leaves.addAll(leaves(child));
		}
		return leaves;
	}
}
