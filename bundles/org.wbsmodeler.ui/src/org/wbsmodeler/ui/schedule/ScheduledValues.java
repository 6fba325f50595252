package org.wbsmodeler.ui.schedule;

import java.util.Map;

import org.wbsmodeler.editing.live.LiveSchedule;
import java.util.function.Function;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.ui.edit.DerivedValues;

/**
 * The live schedule's figures in Properties: an element's early and late dates, floats and critical flag (and a
 * summary's duration, which spans its children) come from {@link LiveSchedule}, not from the attributes that only
 * {@code ./wbs schedule --save} writes. They change with every command without entering the undo stack.
 */
public final class ScheduledValues implements DerivedValues {

	private static final Map<Object, Function<Totals, Object>> FIGURES = Map.of(
			Literals.WBS_ELEMENT__EARLY_START, Totals::start,
			Literals.WBS_ELEMENT__EARLY_FINISH, Totals::finish,
			Literals.WBS_ELEMENT__LATE_START, Totals::lateStart,
			Literals.WBS_ELEMENT__LATE_FINISH, Totals::lateFinish,
			Literals.WBS_ELEMENT__TOTAL_FLOAT, Totals::totalFloatDays,
			Literals.WBS_ELEMENT__FREE_FLOAT, Totals::freeFloatDays,
			Literals.WBS_ELEMENT__CRITICAL, Totals::critical);

	private final LiveSchedule schedule;

	public ScheduledValues(LiveSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public boolean derives(Object object, Object feature) {
		return object instanceof WbsElement element
				&& (FIGURES.containsKey(feature) || feature == Literals.WBS_ELEMENT__DURATION && element.isSummary());
	}

	@Override
	public Object value(Object object, Object feature) {
		Totals totals = schedule.totals((WbsElement) object);
		if (totals == null) {
			return null;
		}
		return feature == Literals.WBS_ELEMENT__DURATION ? totals.durationDays() : FIGURES.get(feature).apply(totals);
	}
}
