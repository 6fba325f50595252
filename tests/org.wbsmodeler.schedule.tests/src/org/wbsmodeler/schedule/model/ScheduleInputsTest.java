package org.wbsmodeler.schedule.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;
import org.wbsmodeler.schedule.model.ScheduleInputs.Effect;

/**
 * {@link ScheduleInputs} against what {@link ModelNetwork} really reads: every single-valued attribute and reference
 * of a plain, a manual and a started leaf, of the project and of a resource is changed in turn, and each change that
 * moves the built network must be in the table; a duration change applied with {@link ModelNetwork#durationChanged}
 * (through {@link ModelNetwork#changed}) must give the network a rebuild gives.
 */
public class ScheduleInputsTest {

	private final ModelBuilder build = new ModelBuilder();
	private final Project project = build.project("P", LocalDate.of(2027, 2, 1));
	private final Calendar sixDays = build.calendar(project, "Six days");
	private final Deliverable deliverable = build.deliverable(build.phase(project, "Phase", null), "D", null);
	private final Activity plain = build.activity(deliverable, "A", 2, 16);
	private final Activity manual = build.activity(deliverable, "B", 1, 8);
	private final Activity started = build.activity(deliverable, "C", 3, 24);
	private final Resource worker = build.resource(project, "R", ResourceType.WORK, 50);

	{
		build.link(plain, manual);
		build.link(manual, started);
		manual.setTaskMode(TaskMode.MANUAL);
		manual.setManualStart(LocalDateTime.of(2027, 2, 3, 8, 0));
		started.setActualStart(LocalDateTime.of(2027, 2, 4, 8, 0));
		started.setPercentComplete(40);
		build.assign(started, worker, 1, 24);
		worker.setCalendar(sixDays); // so that the started task works on its resource's calendar
	}

	@Test
	public void everyChangeThatMovesTheNetworkIsInTheTable() throws Exception {
		List<String> missing = new ArrayList<>();
		int moved = 0;
		for (EObject object : List.of(plain, manual, started, project, worker)) {
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (feature.isMany() || !feature.isChangeable() || feature.isDerived() || feature.isTransient()
						|| feature instanceof EReference r && r.isContainment()) {
					continue;
				}
				Object old = object.eGet(feature);
				String before = fingerprint();
				for (Object value : otherValues(feature, old)) {
					object.eSet(feature, value);
					boolean changed = !fingerprint().equals(before);
					object.eSet(feature, old);
					if (changed) {
						moved++;
						if (ScheduleInputs.of(object, feature) == Effect.NONE) {
							missing.add(object.eClass().getName() + "." + feature.getName());
						}
						break;
					}
				}
				assertEquals("restored " + feature.getName(), before, fingerprint());
			}
		}
		assertTrue("the changes reach the network at all (" + moved + ")", moved >= 10);
		assertEquals("read by ModelNetwork but not in ScheduleInputs", List.of(), missing);
	}

	@Test
	public void aDurationChangeAppliedInPlaceEqualsARebuild() throws Exception {
		for (WbsElement leaf : List.of(plain, manual, started)) {
			assertEquals(Effect.DURATION, ScheduleInputs.of(leaf, Literals.WBS_ELEMENT__DURATION));
			ModelNetwork model = ModelNetwork.of(project);
			String before = fingerprint(model.network());
			leaf.setDuration(leaf.getDuration() + 2.5);
			assertEquals(Effect.DURATION, model.changed(leaf, Literals.WBS_ELEMENT__DURATION));
			String applied = fingerprint(model.network());
			assertNotEquals(leaf.getName(), before, applied);
			assertEquals(leaf.getName(), fingerprint(ModelNetwork.of(project).network()), applied);
		}
	}

	@Test
	public void linksCalendarsAndAssignedResourcesReshapeNamesRatesAndWorkDoNot() {
		assertEquals(Effect.SHAPE, ScheduleInputs.of(manual.getPredecessors().get(0), Literals.DEPENDENCY__LAG));
		assertEquals(Effect.SHAPE, ScheduleInputs.of(sixDays.getPeriods().get(0), Literals.WORKING_PERIOD__END_MINUTE));
		assertEquals(Effect.SHAPE, ScheduleInputs.of(started.getAssignments().get(0), Literals.ASSIGNMENT__RESOURCE));
		assertEquals("units and work move no date: durations stay fixed", Effect.NONE, ScheduleInputs.of(started.getAssignments().get(0), Literals.ASSIGNMENT__UNITS));
		assertEquals(Effect.NONE, ScheduleInputs.of(started.getAssignments().get(0), Literals.ASSIGNMENT__WORK));
		assertEquals(Effect.NONE, ScheduleInputs.of(plain, Literals.WBS_ELEMENT__NAME));
		assertEquals(Effect.NONE, ScheduleInputs.of(worker, Literals.RESOURCE__STANDARD_RATE));
		assertEquals(Effect.SHAPE, ScheduleInputs.of(worker, Literals.RESOURCE__TYPE));
	}

	/** Values to try instead of {@code old}: the next number, the other flag, other literals, other objects. */
	private List<Object> otherValues(EStructuralFeature feature, Object old) {
		List<Object> values = new ArrayList<>();
		Class<?> type = feature.getEType().getInstanceClass();
		if (feature.getEType() instanceof EEnum e) {
			for (EEnumLiteral literal : e.getELiterals()) {
				if (literal.getInstance() != old) {
					values.add(literal.getInstance());
				}
			}
		} else if (type == double.class || type == Double.class) {
			values.add(old == null ? 1.0 : (Double) old + 1.5);
		} else if (type == int.class || type == Integer.class) {
			values.add(old == null ? 1 : (Integer) old + 1);
		} else if (type == boolean.class || type == Boolean.class) {
			values.add(old == null || !(Boolean) old);
		} else if (type == LocalDateTime.class) {
			values.add(old == null ? LocalDateTime.of(2027, 2, 2, 8, 0) : ((LocalDateTime) old).plusDays(1));
		} else if (type == LocalDate.class) {
			values.add(old == null ? LocalDate.of(2027, 2, 2) : ((LocalDate) old).plusDays(1));
		} else if (feature instanceof EReference reference) {
			project.eAllContents().forEachRemaining(o -> {
				if (reference.getEReferenceType().isInstance(o) && o != old) {
					values.add(o);
				}
			});
			if (old != null && !feature.isRequired()) {
				values.add(null);
			}
		}
		return values;
	}

	private String fingerprint() {
		try {
			return fingerprint(ModelNetwork.of(project).network());
		} catch (ScheduleModelException e) {
			return "refused: " + e.getMessage();
		}
	}

	/** Everything the engine schedules from, labels aside. */
	private static String fingerprint(ScheduleNetwork n) {
		StringBuilder s = new StringBuilder("start " + n.projectStart() + " calendars " + n.calendarCount());
		for (int c = 0; c < n.calendarCount(); c++) {
			s.append(' ').append(n.calendar(c).minutesPerDay()).append('/').append(n.calendar(c).add(0, 10_000));
		}
		for (int a = 0; a < n.activityCount(); a++) {
			s.append("\n").append(a).append(": ").append(n.duration(a)).append(' ').append(n.calendarIndex(a)).append(' ')
					.append(n.taskCalendarIndex(a)).append(' ').append(n.constraintType(a)).append(' ').append(n.constraintDate(a))
					.append(' ').append(n.isMilestone(a)).append(' ').append(n.mode(a)).append(' ').append(n.fixedStart(a))
					.append(' ').append(n.fixedFinish(a)).append(' ').append(n.remainingDuration(a));
		}
		for (int l = 0; l < n.linkCount(); l++) {
			s.append("\n").append(n.linkFrom(l)).append("->").append(n.linkTo(l)).append(' ').append(n.linkType(l)).append(' ')
					.append(n.linkLag(l)).append(' ').append(n.isLinkElapsed(l));
		}
		return s.toString();
	}
}
