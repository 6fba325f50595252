package org.wbsmodeler.schedule.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import org.junit.Test;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.schedule.cpm.ConstraintType;
import org.wbsmodeler.schedule.cpm.LinkType;

/** Every literal on either side maps, and there and back again is the same literal. */
public class EngineEnumsTest {

	@Test
	public void everyModelLinkTypeMapsToAnEngineOneAndBack() {
		for (DependencyType type : DependencyType.values()) {
			assertNotNull(type.getName(), EngineEnums.linkType(type));
			assertEquals(type, EngineEnums.dependencyType(EngineEnums.linkType(type)));
		}
	}

	@Test
	public void everyEngineLinkTypeMapsToAModelOneAndBack() {
		for (LinkType type : LinkType.values()) {
			assertEquals(type, EngineEnums.linkType(EngineEnums.dependencyType(type)));
		}
		assertEquals(DependencyType.values().length, LinkType.values().length);
	}

	@Test
	public void everyModelConstraintMapsToAnEngineOneAndBack() {
		for (org.wbsmodeler.model.ConstraintType type : org.wbsmodeler.model.ConstraintType.values()) {
			assertNotNull(type.getName(), EngineEnums.constraintType(type));
			assertEquals(type, EngineEnums.constraintType(EngineEnums.constraintType(type)));
		}
	}

	@Test
	public void everyEngineConstraintMapsToAModelOneAndBack() {
		for (ConstraintType type : ConstraintType.values()) {
			assertEquals(type, EngineEnums.constraintType(EngineEnums.constraintType(type)));
		}
		assertEquals(org.wbsmodeler.model.ConstraintType.values().length, ConstraintType.values().length);
	}

	@Test
	public void theMappingKeepsMeaningNotJustNames() {
		assertEquals(LinkType.SF, EngineEnums.linkType(DependencyType.SF));
		assertEquals(ConstraintType.MFO, EngineEnums.constraintType(org.wbsmodeler.model.ConstraintType.MFO));
	}
}
