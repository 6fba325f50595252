package org.wbsmodeler.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;
import org.wbsmodeler.model.Project;

public class ReparentServicesTest {

	private final PlanFixture plan = new PlanFixture();
	private final ReparentServices services = new ReparentServices();

	@Test
	public void anActivityMayMoveToAnotherWorkPackageOrTheProject() {
		var other = plan.build.workPackage(plan.crm, "Other", null);
		assertTrue(services.canReparent(plan.a, other));
		assertTrue(services.canReparent(plan.a, plan.project));
		assertNull(services.reparentProblem(plan.setup, plan.run));
	}

	@Test
	public void nothingGoesUnderALeaf() {
		assertEquals("Cannot move 1.1.1.1 A under activity 1.1.1.2 'B': an activity cannot hold tasks",
				services.reparentProblem(plan.a, plan.b));
		assertFalse(services.canReparent(plan.setup, plan.m));
	}

	@Test
	public void aSummaryCannotGoInsideItself() {
		assertEquals("Cannot move 1 Build into itself", services.reparentProblem(plan.buildPhase, plan.buildPhase));
		assertEquals("Cannot move 1 Build into itself",
				services.reparentProblem(plan.buildPhase, plan.setup));
	}

	@Test
	public void theBreakdownOrderOfValidationIsKept() {
		assertEquals("Cannot move 2 Run under deliverable 1.1 'CRM': a breakdown goes down from phase to deliverable to work package to activity",
				services.reparentProblem(plan.run, plan.crm));
		assertTrue("a work package may go straight under a phase", services.canReparent(plan.setup, plan.run));
	}

	@Test
	public void aDropOntoTheSameParentOrAnotherProjectIsRefused() {
		assertEquals("activity 1.1.1.1 'A' is already under work package 1.1.1 'Setup'", services.reparentProblem(plan.a, plan.setup));
		Project other = plan.build.project("Other", LocalDate.of(2027, 1, 1));
		assertFalse(services.canReparent(plan.a, other));
	}
}
