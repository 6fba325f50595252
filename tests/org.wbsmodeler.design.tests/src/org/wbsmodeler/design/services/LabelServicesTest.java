package org.wbsmodeler.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;

import org.junit.Test;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;

public class LabelServicesTest {

	private final PlanFixture plan = new PlanFixture();
	private final LabelServices labels = new LabelServices();

	@Test
	public void boxesShowCodeAndName() {
		assertEquals("1.1.1.2 B", labels.wbsLabel(plan.b));
		assertEquals("1 Build", labels.wbsLabel(plan.buildPhase));
		plan.b.setCustomCode("CRM-7");
		assertEquals("CRM-7 B", labels.wbsLabel(plan.b));
		plan.a.setName("");
		assertEquals("1.1.1.1 (unnamed)", labels.wbsLabel(plan.a));
	}

	@Test
	public void aPlainFinishToStartLinkHasNoLabelOthersShowTypeAndLag() {
		Dependency link = plan.b.getPredecessors().get(0);
		assertEquals("", labels.dependencyLabel(link));
		link.setLag(2);
		assertEquals("FS +2 d", labels.dependencyLabel(link));
		link.setType(DependencyType.SS);
		link.setLag(-1.5);
		assertEquals("SS \u22121.5 d", labels.dependencyLabel(link));
		link.setLag(0);
		assertEquals("SS", labels.dependencyLabel(link));
	}

	@Test
	public void theTooltipGivesDatesFloatAndCriticality() {
		assertEquals("activity 1.1.1.1 'A'\nDuration: 2 d\nEarly start: (not scheduled)\nEarly finish: (not scheduled)\nTotal float: 0 d",
				labels.elementTooltip(plan.a));
		plan.a.setEarlyStart(LocalDateTime.of(2027, 2, 1, 8, 0));
		plan.a.setEarlyFinish(LocalDateTime.of(2027, 2, 2, 17, 0));
		plan.a.setTotalFloat(0.5);
		plan.a.setCritical(true);
		String tooltip = labels.elementTooltip(plan.a);
		assertTrue(tooltip, tooltip.contains("Early start: 2027-02-01\nEarly finish: 2027-02-02\nTotal float: 0.5 d\nOn the critical path"));
	}

	@Test
	public void theProjectTitleHasAPlaceholder() {
		assertEquals("Plan", labels.projectLabel(plan.project));
		plan.project.setName(" ");
		assertEquals("(unnamed project)", labels.projectLabel(plan.project));
	}
}
