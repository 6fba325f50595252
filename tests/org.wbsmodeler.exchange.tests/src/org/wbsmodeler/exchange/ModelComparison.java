package org.wbsmodeler.exchange;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.WorkingPeriod;
import org.wbsmodeler.model.util.ModelDates;
import org.wbsmodeler.model.util.WbsCodes;
import org.wbsmodeler.model.util.WorkingPeriods;

/**
 * Structural comparison of two models, feature by feature through EMF reflection, so a feature added to the
 * metamodel later is compared without anyone remembering to. Objects are matched by their place in the containment
 * tree; references must point at objects at the same place. It reports the first difference as a path.
 *
 * <p>What counts as equal is what MSPDI can tell apart (the README's mapping rules):
 * <ul>
 * <li>doubles within 1e-9 relative (working days pass through minutes), dates to the second;</li>
 * <li>an empty string is no string; a custom code equal to the position code is no custom code;</li>
 * <li>a calendar without periods works the default periods; exception days compare as dates;</li>
 * <li>traceability lists (delivered by, WBS elements of a step) are sets: they come back in WBS order;</li>
 * <li>baseline entries without any value are not entries, and MS Project keeps baselines 0 to 10 only.</li>
 * </ul>
 */
public final class ModelComparison {

	private static final Set<EStructuralFeature> UNORDERED = Set.of(WbsPackage.Literals.CRM_COMPONENT__DELIVERED_BY,
			WbsPackage.Literals.REQUIREMENT__DELIVERED_BY, WbsPackage.Literals.PROCESS_STEP__WBS_ELEMENTS);

	private final Map<EObject, String> pathsOfExpected = new IdentityHashMap<>();
	private final Map<EObject, String> pathsOfActual = new IdentityHashMap<>();

	private ModelComparison() {
	}

	/** The first difference between the models, or null when they are equal. */
	public static String difference(Project expected, Project actual) {
		ModelComparison comparison = new ModelComparison();
		comparison.index(expected, "project", comparison.pathsOfExpected);
		comparison.index(actual, "project", comparison.pathsOfActual);
		return comparison.compare(expected, actual, "project");
	}

	private void index(EObject object, String path, Map<EObject, String> paths) {
		paths.put(object, path);
		for (EReference reference : object.eClass().getEAllContainments()) {
			List<EObject> children = children(object, reference);
			for (int i = 0; i < children.size(); i++) {
				index(children.get(i), path + "/" + reference.getName() + "[" + i + "]", paths);
			}
		}
	}

	private String compare(EObject expected, EObject actual, String path) {
		if (expected.eClass() != actual.eClass()) {
			return path + ": expected a " + expected.eClass().getName() + ", got a " + actual.eClass().getName();
		}
		for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient()) {
				continue;
			}
			String here = path + "." + feature.getName();
			String difference = feature instanceof EAttribute attribute ? compareAttribute(expected, actual, attribute, here)
					: compareReference(expected, actual, (EReference) feature, here);
			if (difference != null) {
				return difference;
			}
		}
		return null;
	}

	private String compareAttribute(EObject expected, EObject actual, EAttribute attribute, String path) {
		if (attribute.isMany()) {
			Object a = expected.eGet(attribute);
			Object b = actual.eGet(attribute);
			return a.equals(b) ? null : path + ": expected " + a + ", got " + b;
		}
		Object a = normalized(expected, attribute);
		Object b = normalized(actual, attribute);
		if (a instanceof Double x && b instanceof Double y) {
			return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.max(Math.abs(x), Math.abs(y))) ? null : path + ": expected " + x + ", got " + y;
		}
		return a == null ? (b == null ? null : path + ": expected nothing, got " + b) : a.equals(b) ? null : path + ": expected " + a + ", got " + b;
	}

	private static Object normalized(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		if (value instanceof String text && text.isEmpty()) {
			return null;
		}
		if (attribute == WbsPackage.Literals.WBS_ELEMENT__CUSTOM_CODE && value != null && value.equals(WbsCodes.positionCode((WbsElement) object))) {
			return null;
		}
		if (object instanceof CalendarException && value instanceof LocalDateTime date) {
			return ModelDates.toLocalDate(date);
		}
		if (value instanceof LocalDateTime date) {
			return date.truncatedTo(ChronoUnit.SECONDS);
		}
		return value;
	}

	private String compareReference(EObject expected, EObject actual, EReference reference, String path) {
		List<EObject> a = children(expected, reference);
		List<EObject> b = children(actual, reference);
		if (a.size() != b.size()) {
			return path + ": expected " + a.size() + " (" + describe(a, pathsOfExpected) + "), got " + b.size() + " (" + describe(b, pathsOfActual) + ")";
		}
		if (reference.isContainment()) {
			for (int i = 0; i < a.size(); i++) {
				String difference = compare(a.get(i), b.get(i), path + "[" + i + "]");
				if (difference != null) {
					return difference;
				}
			}
			return null;
		}
		List<String> targetsA = paths(a, pathsOfExpected);
		List<String> targetsB = paths(b, pathsOfActual);
		if (UNORDERED.contains(reference)) {
			targetsA.sort(null);
			targetsB.sort(null);
		}
		return targetsA.equals(targetsB) ? null : path + ": expected " + targetsA + ", got " + targetsB;
	}

	/** The values of a feature, with the normalisations applied to lists: default periods, empty baseline entries. */
	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject object, EReference reference) {
		List<EObject> list = new ArrayList<>();
		if (reference.isMany()) {
			list.addAll((List<EObject>) object.eGet(reference));
		} else if (object.eGet(reference) != null) {
			list.add((EObject) object.eGet(reference));
		}
		if (reference == WbsPackage.Literals.CALENDAR__PERIODS && list.isEmpty()) {
			for (int[] period : WorkingPeriods.defaultPeriods()) {
				WorkingPeriod p = org.wbsmodeler.model.WbsFactory.eINSTANCE.createWorkingPeriod();
				p.setStartMinute(period[0]);
				p.setEndMinute(period[1]);
				list.add(p);
			}
		}
		if (reference == WbsPackage.Literals.BASELINE__ENTRIES) {
			Baseline baseline = (Baseline) object;
			int number = ((Project) baseline.eContainer()).getBaselines().indexOf(baseline);
			list.removeIf(e -> number > 10 || isEmpty((BaselineEntry) e));
		}
		return list;
	}

	private static boolean isEmpty(BaselineEntry entry) {
		return entry.getStart() == null && entry.getFinish() == null && entry.getDuration() == 0 && entry.getWork() == 0 && entry.getCost() == 0;
	}

	private static List<String> paths(List<EObject> objects, Map<EObject, String> paths) {
		List<String> result = new ArrayList<>();
		for (EObject object : objects) {
			result.add(paths.getOrDefault(object, "outside:" + object));
		}
		return result;
	}

	private static String describe(List<EObject> objects, Map<EObject, String> paths) {
		List<String> names = new ArrayList<>();
		for (EObject object : objects.subList(0, Math.min(5, objects.size()))) {
			EStructuralFeature name = object.eClass().getEStructuralFeature("name");
			names.add(name != null ? String.valueOf(object.eGet(name)) : paths.getOrDefault(object, object.eClass().getName()));
		}
		return String.join(", ", names) + (objects.size() > 5 ? ", …" : "");
	}
}
