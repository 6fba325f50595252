package org.wbsmodeler.exchange.mpxj;

import java.util.EnumMap;

import org.mpxj.RelationType;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.TaskType;

/**
 * The enumerations both sides know, as explicit tables: link types (MSPDI Type 0 FF, 1 FS, 2 SF, 3 SS), constraint
 * types, resource types and task types. Every literal of each side is listed, so none falls through to a default:
 * {@code ModelEnumsTest} walks every literal, and one added to the model or to MPXJ fails there until it is mapped
 * here. Primavera's "start on" and "finish on" constraints, which MS Project lacks, read as the nearest MS Project
 * ones: must start on, must finish on. A file without a type (null) reads as MS Project's default.
 */
public final class ModelEnums {

	private static final Table<DependencyType, RelationType> LINKS_OUT = Table.of(DependencyType.class, RelationType.class)
			.map(RelationType.FINISH_START, DependencyType.FS)
			.map(RelationType.START_START, DependencyType.SS)
			.map(RelationType.FINISH_FINISH, DependencyType.FF)
			.map(RelationType.START_FINISH, DependencyType.SF);

	private static final Table<RelationType, DependencyType> LINKS_IN = Table.of(RelationType.class, DependencyType.class)
			.map(DependencyType.FS, RelationType.FINISH_START)
			.map(DependencyType.SS, RelationType.START_START)
			.map(DependencyType.FF, RelationType.FINISH_FINISH)
			.map(DependencyType.SF, RelationType.START_FINISH);

	private static final Table<ConstraintType, org.mpxj.ConstraintType> CONSTRAINTS_OUT = Table.of(ConstraintType.class, org.mpxj.ConstraintType.class)
			.map(org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE, ConstraintType.ASAP)
			.map(org.mpxj.ConstraintType.AS_LATE_AS_POSSIBLE, ConstraintType.ALAP)
			.map(org.mpxj.ConstraintType.START_NO_EARLIER_THAN, ConstraintType.SNET)
			.map(org.mpxj.ConstraintType.START_NO_LATER_THAN, ConstraintType.SNLT)
			.map(org.mpxj.ConstraintType.FINISH_NO_EARLIER_THAN, ConstraintType.FNET)
			.map(org.mpxj.ConstraintType.FINISH_NO_LATER_THAN, ConstraintType.FNLT)
			.map(org.mpxj.ConstraintType.MUST_START_ON, ConstraintType.MSO)
			.map(org.mpxj.ConstraintType.MUST_FINISH_ON, ConstraintType.MFO);

	private static final Table<org.mpxj.ConstraintType, ConstraintType> CONSTRAINTS_IN = Table.of(org.mpxj.ConstraintType.class, ConstraintType.class)
			.map(ConstraintType.ASAP, org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE)
			.map(ConstraintType.ALAP, org.mpxj.ConstraintType.AS_LATE_AS_POSSIBLE)
			.map(ConstraintType.SNET, org.mpxj.ConstraintType.START_NO_EARLIER_THAN)
			.map(ConstraintType.SNLT, org.mpxj.ConstraintType.START_NO_LATER_THAN)
			.map(ConstraintType.FNET, org.mpxj.ConstraintType.FINISH_NO_EARLIER_THAN)
			.map(ConstraintType.FNLT, org.mpxj.ConstraintType.FINISH_NO_LATER_THAN)
			.map(ConstraintType.MSO, org.mpxj.ConstraintType.MUST_START_ON, org.mpxj.ConstraintType.START_ON)
			.map(ConstraintType.MFO, org.mpxj.ConstraintType.MUST_FINISH_ON, org.mpxj.ConstraintType.FINISH_ON);

	private static final Table<ResourceType, org.mpxj.ResourceType> RESOURCES_OUT = Table.of(ResourceType.class, org.mpxj.ResourceType.class)
			.map(org.mpxj.ResourceType.WORK, ResourceType.WORK)
			.map(org.mpxj.ResourceType.MATERIAL, ResourceType.MATERIAL)
			.map(org.mpxj.ResourceType.COST, ResourceType.COST);

	private static final Table<org.mpxj.ResourceType, ResourceType> RESOURCES_IN = Table.of(org.mpxj.ResourceType.class, ResourceType.class)
			.map(ResourceType.WORK, org.mpxj.ResourceType.WORK)
			.map(ResourceType.MATERIAL, org.mpxj.ResourceType.MATERIAL)
			.map(ResourceType.COST, org.mpxj.ResourceType.COST);

	private ModelEnums() {
	}

	public static RelationType toMpxj(DependencyType type) {
		return LINKS_OUT.get(type);
	}

	public static DependencyType toModel(RelationType type) {
		return type == null ? DependencyType.FS : LINKS_IN.get(type);
	}

	public static org.mpxj.ConstraintType toMpxj(ConstraintType type) {
		return CONSTRAINTS_OUT.get(type);
	}

	public static ConstraintType toModel(org.mpxj.ConstraintType type) {
		return type == null ? ConstraintType.ASAP : CONSTRAINTS_IN.get(type);
	}

	public static org.mpxj.ResourceType toMpxj(ResourceType type) {
		return RESOURCES_OUT.get(type);
	}

	public static ResourceType toModel(org.mpxj.ResourceType type) {
		return type == null ? ResourceType.WORK : RESOURCES_IN.get(type);
	}

	/** One direction of a mapping, from every literal of an enum; a literal not listed is an error, not a default. */
	private static final class Table<A extends Enum<A>, B> {

		private final EnumMap<A, B> map;

		private Table(Class<A> from) {
			map = new EnumMap<>(from);
		}

		static <A extends Enum<A>, B> Table<A, B> of(Class<A> from, Class<B> to) {
			return new Table<>(from);
		}

		@SafeVarargs
		final Table<A, B> map(B to, A... from) {
			for (A a : from) {
				map.put(a, to);
			}
			return this;
		}

		B get(A literal) {
			B mapped = map.get(literal);
			if (mapped == null) {
				throw new IllegalArgumentException(literal.getDeclaringClass().getSimpleName() + "." + literal.name() + " is not mapped");
			}
			return mapped;
		}
	}

	public static org.mpxj.TaskType toMpxj(TaskType type) {
		// exhaustive, no default: a task type added to the model does not compile until it is mapped here
		return switch (type) {
		case FIXED_UNITS -> org.mpxj.TaskType.FIXED_UNITS;
		case FIXED_DURATION -> org.mpxj.TaskType.FIXED_DURATION;
		case FIXED_WORK -> org.mpxj.TaskType.FIXED_WORK;
		};
	}

	/** No type reads as MS Project's default, fixed units; Primavera's "fixed duration and units" as fixed duration. */
	public static TaskType toModel(org.mpxj.TaskType type) {
		if (type == null) {
			return TaskType.FIXED_UNITS;
		}
		// exhaustive, no default: a task type added to MPXJ does not compile until it is mapped here
		return switch (type) {
		case FIXED_UNITS -> TaskType.FIXED_UNITS;
		case FIXED_DURATION, FIXED_DURATION_AND_UNITS -> TaskType.FIXED_DURATION;
		case FIXED_WORK -> TaskType.FIXED_WORK;
		};
	}
}
