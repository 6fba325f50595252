package org.wbsmodeler.design.services;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Project;

public class DependencyServicesTest {

	private final PlanFixture plan = new PlanFixture();
	private final DependencyServices services = new DependencyServices();

	@Test
	public void aNewLinkBetweenUnlinkedTasksIsAllowed() {
		Activity c = plan.build.activity(plan.setup, "C", 1, 8);
		assertTrue(services.canLink(plan.a, c));
		assertTrue("a second path A → M does not close a cycle", services.canLink(plan.a, plan.m));
	}

	@Test
	public void aLinkThatClosesACycleIsRefusedAndTheCycleNamed() {
		assertEquals("A link from 1.1.1.3 M to 1.1.1.1 A would close the dependency cycle 1.1.1.3 M → 1.1.1.1 A → 1.1.1.2 B → 1.1.1.3 M",
				services.linkProblem(plan.m, plan.a));
		assertFalse(services.canLink(plan.b, plan.a));
	}

	@Test
	public void selfLinksDuplicatesAndOtherObjectsAreRefused() {
		assertEquals("1.1.1.1 A cannot depend on itself", services.linkProblem(plan.a, plan.a));
		assertEquals("1.1.1.2 B already depends on 1.1.1.1 A", services.linkProblem(plan.a, plan.b));
		assertEquals("A dependency joins two WBS elements, not dependency and activity 1.1.1.2 'B'",
				services.linkProblem(plan.b.getPredecessors().get(0), plan.b));
		Project other = plan.build.project("Other", LocalDate.of(2027, 1, 1));
		Activity elsewhere = plan.build.activity(other, "X", 1, 8);
		assertEquals("1.1.1.1 A and 1 X are in different projects", services.linkProblem(plan.a, elsewhere));
	}

	@Test
	public void aLongChainIsSearchedWithoutRecursion() {
		Activity first = plan.build.activity(plan.run, "start", 1, 8);
		Activity previous = first;
		for (int i = 0; i < 20_000; i++) {
			Activity next = plan.build.activity(plan.run, "t" + i, 1, 8);
			plan.build.link(previous, next);
			previous = next;
		}
		String problem = services.linkProblem(previous, first);
		assertTrue(problem, problem.startsWith("A link from 2.20001 t19999 to 2.1 start would close the dependency cycle 2.20001 t19999 → 2.1 start → 2.2 t0 → "));
		assertTrue(problem, problem.endsWith("2.20000 t19998 → 2.20001 t19999"));
		assertTrue("the other way round is only redundant", services.canLink(first, previous));
	}
}
