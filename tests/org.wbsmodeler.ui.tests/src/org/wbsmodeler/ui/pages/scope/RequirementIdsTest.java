package org.wbsmodeler.ui.pages.scope;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;
import org.wbsmodeler.model.WbsFactory;

public class RequirementIdsTest {

	private static Requirement requirement(String id) {
		Requirement requirement = WbsFactory.eINSTANCE.createRequirement();
		requirement.setIdentifier(id);
		return requirement;
	}

	@Test
	public void nextFreeNumberOfTheKindsPrefix() {
		List<Requirement> existing = List.of(requirement("BR-01"), requirement("BR-07"), requirement("TR-02"), requirement("BR-x"), requirement(null));
		assertEquals("BR-08", RequirementIds.next(existing, RequirementKind.BUSINESS));
		assertEquals("TR-03", RequirementIds.next(existing, RequirementKind.TECHNICAL));
		assertEquals("DM-01", RequirementIds.next(existing, RequirementKind.DATA_MIGRATION));
	}
}
