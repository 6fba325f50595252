package org.wbsmodeler.example.risk;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.risk.analysis.RiskAnalysis;
import org.wbsmodeler.risk.analysis.RiskOptions;
import org.wbsmodeler.risk.analysis.RiskResult;
import org.wbsmodeler.risk.event.RiskEvent;
import org.wbsmodeler.risk.event.RiskEvents;

/** The register's risks reach schedule risk analysis through the extension point, as events. */
public class RiskEventsTest {

	@Test
	public void everyRiskIsAnEventWithItsProbabilityAndADelayByItsImpact() throws Exception {
		Project project = ModelFiles.load(Wbs.example("pschse-crm-risks.wbs"));
		List<Risk> risks = RiskExampleTest.risks(project);
		List<RiskEvent> events = RiskEvents.of(project);
		assertEquals(risks.size(), events.size());
		for (Risk risk : risks) {
			RiskEvent event = events.stream().filter(e -> e.name().equals(risk.getTitle())).findFirst().orElseThrow();
			assertEquals(risk.getProbability(), event.probability(), 0);
			for (RiskEvent.Impact impact : event.impacts()) {
				WbsElement leaf = impact.element();
				assertTrue(!(leaf instanceof WbsContainer summary) || summary.getChildren().isEmpty());
				assertEquals(leaf.getDuration() * risk.getImpact() * 0.1, impact.delayDays(), 1e-9);
			}
		}
	}

	@Test
	public void theRisksWidenTheFinish() throws Exception {
		Project project = ModelFiles.load(Wbs.example("pschse-crm-risks.wbs"));
		RiskResult result = RiskAnalysis.run(project, RiskOptions.defaults().withIterations(2000));
		assertTrue(result.finish().percentile(0.9).isAfter(result.finish().deterministic()));
		assertTrue(result.drivers().stream().anyMatch(d -> d.element() == null && d.correlation() > 0));
	}
}
