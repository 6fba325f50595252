package org.wbsmodeler.schedule.model;

import static org.junit.Assert.assertEquals;

import java.util.function.Function;

import org.junit.Test;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.schedule.cpm.ConstraintType;
import org.wbsmodeler.schedule.cpm.LinkType;

/**
 * Every literal on either side maps, and there and back again is the same literal: a literal added to the model or to
 * the engine fails here until {@link EngineEnums} pairs it.
 */
public class EngineEnumsTest {

	private static <A extends Enum<A>, B extends Enum<B>> void pairedBothWays(A[] as, B[] bs, Function<A, B> there, Function<B, A> back) {
		for (A a : as) {
			assertEquals(a, back.apply(there.apply(a)));
		}
		for (B b : bs) {
			assertEquals(b, there.apply(back.apply(b)));
		}
	}

	@Test
	public void linkTypes() {
		pairedBothWays(DependencyType.values(), LinkType.values(), EngineEnums::linkType, EngineEnums::dependencyType);
	}

	@Test
	public void constraintTypes() {
		pairedBothWays(org.wbsmodeler.model.ConstraintType.values(), ConstraintType.values(), t -> EngineEnums.constraintType(t),
				t -> EngineEnums.constraintType(t));
	}

	@Test
	public void theMappingKeepsMeaningNotJustNames() {
		assertEquals(LinkType.SF, EngineEnums.linkType(DependencyType.SF));
		assertEquals(LinkType.FF, EngineEnums.linkType(DependencyType.FF));
		assertEquals(ConstraintType.MFO, EngineEnums.constraintType(org.wbsmodeler.model.ConstraintType.MFO));
		assertEquals(org.wbsmodeler.model.ConstraintType.SNLT, EngineEnums.constraintType(ConstraintType.SNLT));
	}
}
