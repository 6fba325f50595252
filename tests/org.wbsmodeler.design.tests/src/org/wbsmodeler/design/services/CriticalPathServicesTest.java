package org.wbsmodeler.design.services;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.wbsmodeler.model.Dependency;

public class CriticalPathServicesTest {

	private final PlanFixture plan = new PlanFixture();
	private final CriticalPathServices critical = new CriticalPathServices();

	@Test
	public void onlyCriticalLeafTasksAreCriticalTasks() {
		assertFalse(critical.isCriticalTask(plan.a));
		plan.a.setCritical(true);
		plan.setup.setCritical(true);
		plan.m.setCritical(true);
		assertTrue(critical.isCriticalTask(plan.a));
		assertFalse("a summary is drawn by its own style", critical.isCriticalTask(plan.setup));
		assertFalse("a milestone is drawn as a diamond", critical.isCriticalTask(plan.m));
		assertTrue(critical.isCriticalMilestone(plan.m));
		assertFalse(critical.isCriticalMilestone(plan.a));
	}

	@Test
	public void aLinkIsCriticalWhenBothEndsAre() {
		Dependency ab = plan.b.getPredecessors().get(0);
		plan.a.setCritical(true);
		assertFalse(critical.isCriticalLink(ab));
		plan.b.setCritical(true);
		assertTrue(critical.isCriticalLink(ab));
		ab.setPredecessor(null);
		assertFalse("a dangling link is never critical", critical.isCriticalLink(ab));
	}
}
