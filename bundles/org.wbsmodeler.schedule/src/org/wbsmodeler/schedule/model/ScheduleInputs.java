package org.wbsmodeler.schedule.model;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;

/**
 * The one table of what in the model feeds the schedule, and how: what {@link ModelNetwork} reads when it builds the
 * engine's network, sorted by what a change of it asks of a live schedule.
 * <ul>
 * <li>{@link Effect#DURATION}: a leaf's duration, which {@link ModelNetwork#durationChanged} brings into the built
 * network (with what it decides for a manual or started task), to be rescheduled incrementally;</li>
 * <li>{@link Effect#SHAPE}: anything else ModelNetwork reads (the breakdown, links, constraints, calendars, MS
 * Project's own rules, the resources a task works with): the network is built again;</li>
 * <li>{@link Effect#NONE}: names, costs, notes, CRM scope… which no date depends on.</li>
 * </ul>
 * A listener (the editor's live schedule) asks {@link #of(Notification)} per notification instead of keeping a list
 * of its own; {@code ScheduleInputsTest} changes every attribute of a leaf and fails when one that moves the network
 * is missing here.
 */
public final class ScheduleInputs {

	/** What a change asks of a built network. */
	public enum Effect {
		/** No date depends on it. */
		NONE,
		/** A leaf's duration: {@link ModelNetwork#durationChanged}, then an incremental reschedule. */
		DURATION,
		/** The network must be built again ({@link ModelNetwork#of}). */
		SHAPE
	}

	private static final Set<EStructuralFeature> DURATION = Set.of(Literals.WBS_ELEMENT__DURATION);

	private static final Set<EStructuralFeature> SHAPE = Set.of(
			// the breakdown and its links: which leaves are activities, what joins them
			Literals.WBS_CONTAINER__CHILDREN, Literals.WBS_ELEMENT__PREDECESSORS,
			// constraints and calendars
			Literals.WBS_ELEMENT__CONSTRAINT_TYPE, Literals.WBS_ELEMENT__CONSTRAINT_DATE, Literals.WBS_ELEMENT__CALENDAR,
			Literals.PROJECT__START, Literals.PROJECT__DEFAULT_CALENDAR, Literals.PROJECT__CALENDARS,
			// MS Project's own rules: task mode, elapsed durations, progress
			Literals.WBS_ELEMENT__TASK_MODE, Literals.WBS_ELEMENT__MANUAL_START, Literals.WBS_ELEMENT__MANUAL_FINISH,
			Literals.WBS_ELEMENT__DURATION_ELAPSED, Literals.WBS_ELEMENT__ACTUAL_START, Literals.WBS_ELEMENT__ACTUAL_FINISH,
			Literals.WBS_ELEMENT__PERCENT_COMPLETE,
			// the work resources whose calendar a task works on
			Literals.WBS_ELEMENT__ASSIGNMENTS, Literals.ASSIGNMENT__RESOURCE, Literals.RESOURCE__CALENDAR, Literals.RESOURCE__TYPE);

	/**
	 * Objects any change of which reshapes: links and calendars (their periods and exceptions too). An assignment's
	 * units and work are not among them: durations stay fixed (no effort-driven scheduling), so the work a task type
	 * moves with a new duration costs an incremental reschedule, not a rebuild; its resource is (above).
	 */
	private static final List<EClass> SHAPE_NOTIFIERS = List.of(Literals.DEPENDENCY, Literals.CALENDAR, Literals.WORKING_PERIOD,
			Literals.CALENDAR_EXCEPTION);

	private ScheduleInputs() {
	}

	/** What a model notification asks of a built network (a touch asks nothing). */
	public static Effect of(Notification notification) {
		return notification.isTouch() ? Effect.NONE : of(notification.getNotifier(), notification.getFeature());
	}

	/** What a change of {@code feature} on {@code notifier} asks of a built network. */
	public static Effect of(Object notifier, Object feature) {
		if (DURATION.contains(feature) && notifier instanceof WbsElement) {
			return Effect.DURATION;
		}
		if (SHAPE.contains(feature)) {
			return Effect.SHAPE;
		}
		if (notifier instanceof EObject object) {
			EClass type = object.eClass();
			for (EClass shaping : SHAPE_NOTIFIERS) {
				if (shaping.isSuperTypeOf(type)) {
					return Effect.SHAPE;
				}
			}
		}
		return Effect.NONE;
	}

	/** The features whose change is a leaf's duration only. */
	public static Set<EStructuralFeature> durationFeatures() {
		return DURATION;
	}

	/** The features whose change reshapes the network. */
	public static Set<EStructuralFeature> shapeFeatures() {
		return SHAPE;
	}

	/** The classes any change of whose instances reshapes the network. */
	public static List<EClass> shapeNotifiers() {
		return SHAPE_NOTIFIERS;
	}
}
