package org.wbsmodeler.schedule.model;

import java.util.EnumMap;

import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.schedule.cpm.ConstraintType;
import org.wbsmodeler.schedule.cpm.LinkType;

/**
 * The one place the engine's enums meet the model's: one table per pair, read both ways, instead of
 * {@code valueOf(getName())}, which breaks at run time on the first file using a literal one side renamed or lacks.
 * {@code EngineEnumsTest} walks every literal of both sides, so a literal added to either fails the build until it is
 * paired here.
 */
public final class EngineEnums {

	private static final Pairs<DependencyType, LinkType> LINKS = new Pairs<>(DependencyType.class, LinkType.class)
			.pair(DependencyType.FS, LinkType.FS)
			.pair(DependencyType.SS, LinkType.SS)
			.pair(DependencyType.FF, LinkType.FF)
			.pair(DependencyType.SF, LinkType.SF);

	private static final Pairs<org.wbsmodeler.model.ConstraintType, ConstraintType> CONSTRAINTS = new Pairs<>(
			org.wbsmodeler.model.ConstraintType.class, ConstraintType.class)
			.pair(org.wbsmodeler.model.ConstraintType.ASAP, ConstraintType.ASAP)
			.pair(org.wbsmodeler.model.ConstraintType.ALAP, ConstraintType.ALAP)
			.pair(org.wbsmodeler.model.ConstraintType.SNET, ConstraintType.SNET)
			.pair(org.wbsmodeler.model.ConstraintType.SNLT, ConstraintType.SNLT)
			.pair(org.wbsmodeler.model.ConstraintType.FNET, ConstraintType.FNET)
			.pair(org.wbsmodeler.model.ConstraintType.FNLT, ConstraintType.FNLT)
			.pair(org.wbsmodeler.model.ConstraintType.MSO, ConstraintType.MSO)
			.pair(org.wbsmodeler.model.ConstraintType.MFO, ConstraintType.MFO);

	private EngineEnums() {
	}

	public static LinkType linkType(DependencyType type) {
		return LINKS.engine(type);
	}

	public static DependencyType dependencyType(LinkType type) {
		return LINKS.model(type);
	}

	public static ConstraintType constraintType(org.wbsmodeler.model.ConstraintType type) {
		return CONSTRAINTS.engine(type);
	}

	public static org.wbsmodeler.model.ConstraintType constraintType(ConstraintType type) {
		return CONSTRAINTS.model(type);
	}

	/** A one-to-one table between a model enum and an engine enum. */
	private static final class Pairs<M extends Enum<M>, E extends Enum<E>> {

		private final EnumMap<M, E> toEngine;
		private final EnumMap<E, M> toModel;

		Pairs(Class<M> model, Class<E> engine) {
			toEngine = new EnumMap<>(model);
			toModel = new EnumMap<>(engine);
		}

		Pairs<M, E> pair(M model, E engine) {
			toEngine.put(model, engine);
			toModel.put(engine, model);
			return this;
		}

		E engine(M model) {
			return found(toEngine.get(model), model);
		}

		M model(E engine) {
			return found(toModel.get(engine), engine);
		}

		private static <T> T found(T mapped, Enum<?> literal) {
			if (mapped == null) {
				throw new IllegalArgumentException(literal.getDeclaringClass().getSimpleName() + "." + literal.name() + " has no counterpart");
			}
			return mapped;
		}
	}
}
