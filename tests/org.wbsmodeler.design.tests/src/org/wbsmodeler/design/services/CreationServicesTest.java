package org.wbsmodeler.design.services;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WorkPackage;

public class CreationServicesTest {

	private final PlanFixture plan = new PlanFixture();
	private final CreationServices creation = new CreationServices();

	@Test
	public void aNewElementIsNamedByKindAndPlace() {
		var activity = WbsFactory.eINSTANCE.createActivity();
		plan.setup.getChildren().add(activity);
		assertEquals("New activity 1.1.1.4", creation.defaultName(activity));
		WorkPackage workPackage = WbsFactory.eINSTANCE.createWorkPackage();
		plan.run.getChildren().add(workPackage);
		assertEquals("New work package 2.1", creation.defaultName(workPackage));
		var phase = WbsFactory.eINSTANCE.createPhase();
		plan.project.getChildren().add(phase);
		assertEquals("New phase 3", creation.defaultName(phase));
	}
}
