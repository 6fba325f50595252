package org.wbsmodeler.exchange.mpxj;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.function.Function;

import org.junit.Test;
import org.mpxj.RelationType;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.ResourceType;

/**
 * Every literal of the model and of MPXJ is in {@link ModelEnums}' tables (a literal added on either side fails here
 * until it is mapped, instead of falling through to a default), and the model's literals survive the round trip.
 */
public class ModelEnumsTest {

	private static <A, B> void everyLiteralMaps(A[] literals, Function<A, B> mapping) {
		for (A literal : literals) {
			assertNotNull(literal + " is mapped", mapping.apply(literal));
		}
	}

	private static <A> void modelRoundTrips(A[] literals, Function<A, A> thereAndBack) {
		for (A literal : literals) {
			assertEquals(literal, thereAndBack.apply(literal));
		}
	}

	@Test
	public void linkTypes() {
		everyLiteralMaps(DependencyType.values(), ModelEnums::toMpxj);
		everyLiteralMaps(RelationType.values(), ModelEnums::toModel);
		modelRoundTrips(DependencyType.values(), t -> ModelEnums.toModel(ModelEnums.toMpxj(t)));
		assertEquals(RelationType.START_FINISH, ModelEnums.toMpxj(DependencyType.SF));
		assertEquals(DependencyType.FS, ModelEnums.toModel((RelationType) null));
	}

	@Test
	public void constraintTypes() {
		everyLiteralMaps(ConstraintType.values(), ModelEnums::toMpxj);
		everyLiteralMaps(org.mpxj.ConstraintType.values(), ModelEnums::toModel);
		modelRoundTrips(ConstraintType.values(), t -> ModelEnums.toModel(ModelEnums.toMpxj(t)));
		// Primavera's own constraints read as the nearest MS Project ones
		assertEquals(ConstraintType.MSO, ModelEnums.toModel(org.mpxj.ConstraintType.START_ON));
		assertEquals(ConstraintType.MFO, ModelEnums.toModel(org.mpxj.ConstraintType.FINISH_ON));
		assertEquals(org.mpxj.ConstraintType.FINISH_NO_LATER_THAN, ModelEnums.toMpxj(ConstraintType.FNLT));
		assertEquals(ConstraintType.ASAP, ModelEnums.toModel((org.mpxj.ConstraintType) null));
	}

	@Test
	public void resourceTypes() {
		everyLiteralMaps(ResourceType.values(), ModelEnums::toMpxj);
		everyLiteralMaps(org.mpxj.ResourceType.values(), ModelEnums::toModel);
		modelRoundTrips(ResourceType.values(), t -> ModelEnums.toModel(ModelEnums.toMpxj(t)));
		assertEquals(org.mpxj.ResourceType.MATERIAL, ModelEnums.toMpxj(ResourceType.MATERIAL));
		assertEquals(ResourceType.WORK, ModelEnums.toModel((org.mpxj.ResourceType) null));
	}
}
