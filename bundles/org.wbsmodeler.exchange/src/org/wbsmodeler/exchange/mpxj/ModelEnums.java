package org.wbsmodeler.exchange.mpxj;

import org.mpxj.RelationType;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.TaskType;

/**
 * The enumerations both sides know, one to one: link types (MSPDI Type 0 FF, 1 FS, 2 SF, 3 SS), constraint types
 * resource types and task types. Primavera's "start on" and "finish on" constraints, which MS Project lacks, read as the
 * nearest MS Project ones: must start on, must finish on.
 */
public final class ModelEnums {

	private ModelEnums() {
	}

	public static RelationType toMpxj(DependencyType type) {
		return switch (type) {
		case SS -> RelationType.START_START;
		case FF -> RelationType.FINISH_FINISH;
		case SF -> RelationType.START_FINISH;
		default -> RelationType.FINISH_START;
		};
	}

	public static DependencyType toModel(RelationType type) {
		if (type == null) {
			return DependencyType.FS;
		}
		return switch (type) {
		case START_START -> DependencyType.SS;
		case FINISH_FINISH -> DependencyType.FF;
		case START_FINISH -> DependencyType.SF;
		default -> DependencyType.FS;
		};
	}

	public static org.mpxj.ConstraintType toMpxj(ConstraintType type) {
		return switch (type) {
		case ALAP -> org.mpxj.ConstraintType.AS_LATE_AS_POSSIBLE;
		case SNET -> org.mpxj.ConstraintType.START_NO_EARLIER_THAN;
		case SNLT -> org.mpxj.ConstraintType.START_NO_LATER_THAN;
		case FNET -> org.mpxj.ConstraintType.FINISH_NO_EARLIER_THAN;
		case FNLT -> org.mpxj.ConstraintType.FINISH_NO_LATER_THAN;
		case MSO -> org.mpxj.ConstraintType.MUST_START_ON;
		case MFO -> org.mpxj.ConstraintType.MUST_FINISH_ON;
		default -> org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE;
		};
	}

	public static ConstraintType toModel(org.mpxj.ConstraintType type) {
		if (type == null) {
			return ConstraintType.ASAP;
		}
		return switch (type) {
		case AS_LATE_AS_POSSIBLE -> ConstraintType.ALAP;
		case START_NO_EARLIER_THAN -> ConstraintType.SNET;
		case START_NO_LATER_THAN -> ConstraintType.SNLT;
		case FINISH_NO_EARLIER_THAN -> ConstraintType.FNET;
		case FINISH_NO_LATER_THAN -> ConstraintType.FNLT;
		case MUST_START_ON, START_ON -> ConstraintType.MSO;
		case MUST_FINISH_ON, FINISH_ON -> ConstraintType.MFO;
		default -> ConstraintType.ASAP;
		};
	}

	public static org.mpxj.ResourceType toMpxj(ResourceType type) {
		return switch (type) {
		case MATERIAL -> org.mpxj.ResourceType.MATERIAL;
		case COST -> org.mpxj.ResourceType.COST;
		default -> org.mpxj.ResourceType.WORK;
		};
	}

	public static ResourceType toModel(org.mpxj.ResourceType type) {
		if (type == null) {
			return ResourceType.WORK;
		}
		return switch (type) {
		case MATERIAL -> ResourceType.MATERIAL;
		case COST -> ResourceType.COST;
		default -> ResourceType.WORK;
		};
	}

	public static org.mpxj.TaskType toMpxj(TaskType type) {
		return switch (type) {
		case FIXED_DURATION -> org.mpxj.TaskType.FIXED_DURATION;
		case FIXED_WORK -> org.mpxj.TaskType.FIXED_WORK;
		default -> org.mpxj.TaskType.FIXED_UNITS;
		};
	}

	/** No type reads as MS Project's default, fixed units; Primavera's "fixed duration and units" as fixed duration. */
	public static TaskType toModel(org.mpxj.TaskType type) {
		if (type == null) {
			return TaskType.FIXED_UNITS;
		}
		return switch (type) {
		case FIXED_DURATION, FIXED_DURATION_AND_UNITS -> TaskType.FIXED_DURATION;
		case FIXED_WORK -> TaskType.FIXED_WORK;
		default -> TaskType.FIXED_UNITS;
		};
	}
}
