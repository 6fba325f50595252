package org.wbsmodeler.merge.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;

/**
 * The changes from one plan to another, by element id and feature: created and deleted elements (a subtree once,
 * at its top), attributes and single references set (old → new), values added to or removed from many-valued
 * features, moves (a new parent, or a place among the siblings that is not explained by the others' moves).
 * Computed values are not changes ({@link ComparedFeatures}). Entry point of the diff; plain Java, no UI.
 */
public final class PlanDiff {

	private final PlanIndex from;
	private final PlanIndex to;
	private final List<Change> changes = new ArrayList<>();

	private PlanDiff(PlanIndex from, PlanIndex to) {
		this.from = from;
		this.to = to;
	}

	/**
	 * Compares two loaded plans.
	 *
	 * @throws MergeException if either is not a plan with ids, or their roots differ (not versions of one plan)
	 */
	public static List<Change> compare(Resource from, Resource to) throws MergeException {
		ComparedFeatures features = new ComparedFeatures();
		return compare(PlanIndex.of(from, features), PlanIndex.of(to, features));
	}

	/** Compares two indexed plans (the merge reuses its indexes). */
	public static List<Change> compare(PlanIndex from, PlanIndex to) throws MergeException {
		if (!Objects.equals(from.rootId(), to.rootId())) {
			throw new MergeException("different plans: the roots have different ids (" + from.rootId() + ", " + to.rootId() + ")");
		}
		PlanDiff diff = new PlanDiff(from, to);
		diff.run();
		return diff.changes;
	}

	private void run() {
		List<String> fromIds = from.idList();
		List<EObject> fromObjects = from.objects();
		for (int i = 0; i < fromIds.size(); i++) {
			String id = fromIds.get(i);
			if (!to.contains(id)) {
				EObject before = fromObjects.get(i);
				String parent = from.parentId(before);
				if (parent != null && to.contains(parent)) {
					changes.add(new Change(ChangeKind.DELETED, id, before, before.eContainmentFeature(), location(from, before), null));
				}
			}
		}
		List<String> toIds = to.idList();
		List<EObject> toObjects = to.objects();
		for (int i = 0; i < toIds.size(); i++) {
			String id = toIds.get(i);
			EObject after = toObjects.get(i);
			EObject before = from.object(id);
			if (before == null) {
				String parent = to.parentId(after);
				if (parent != null && from.contains(parent)) {
					changes.add(new Change(ChangeKind.CREATED, id, after, after.eContainmentFeature(), null, location(to, after)));
				}
				continue;
			}
			if (after != to.root() && (before.eContainmentFeature() != after.eContainmentFeature() || !Objects.equals(from.parentId(before), to.parentId(after)))) {
				changes.add(new Change(ChangeKind.MOVED, id, after, after.eContainmentFeature(), location(from, before), location(to, after)));
			}
			compareValues(id, before, after);
			compareOrder(before, after);
		}
	}

	private void compareValues(String id, EObject before, EObject after) {
		boolean sameClass = before.eClass() == after.eClass();
		for (EStructuralFeature feature : from.features().values(after.eClass())) {
			if ((sameClass || before.eClass().getFeatureID(feature) >= 0) && !from.sameValue(before, feature, to, after)) {
				Object old = from.value(before, feature);
				Object now = to.value(after, feature);
				if (Objects.equals(old, now)) {
					continue;
				}
				if (feature.isMany()) {
					Set<Object> oldSet = new HashSet<>((List<?>) old);
					Set<Object> newSet = new HashSet<>((List<?>) now);
					for (Object value : (List<?>) now) {
						if (!oldSet.contains(value)) {
							changes.add(new Change(ChangeKind.ADDED, id, after, feature, null, target(to, feature, value)));
						}
					}
					for (Object value : (List<?>) old) {
						if (!newSet.contains(value)) {
							changes.add(new Change(ChangeKind.REMOVED, id, after, feature, target(from, feature, value), null));
						}
					}
				} else {
					changes.add(new Change(ChangeKind.SET, id, after, feature, target(from, feature, old), target(to, feature, now)));
				}
			}
		}
	}

	/** Reorders among siblings that stayed under the same parent: only those not in the longest run kept in order. */
	private void compareOrder(EObject before, EObject after) {
		for (EReference containment : to.features().containments(after.eClass())) {
			if (!containment.isMany() || before.eClass().getFeatureID(containment) < 0 || from.sameChildren(before, containment, to, after)) {
				continue;
			}
			List<String> beforeIds = from.childIds(before, containment);
			List<String> afterIds = to.childIds(after, containment);
			Set<String> moved = StableOrder.moved(beforeIds, afterIds);
			for (String child : afterIds) {
				if (moved.contains(child)) {
					EObject childBefore = from.object(child);
					EObject childAfter = to.object(child);
					changes.add(new Change(ChangeKind.MOVED, child, childAfter, containment, location(from, childBefore), location(to, childAfter)));
				}
			}
		}
	}

	/** A reference's target as an object of its plan (what labels need); an attribute's value as it is. */
	private static Object target(PlanIndex plan, EStructuralFeature feature, Object value) {
		if (feature instanceof EReference && value instanceof String id && plan.contains(id)) {
			return plan.object(id);
		}
		return value;
	}

	static Location location(PlanIndex plan, EObject object) {
		EReference containment = object.eContainmentFeature();
		int index = containment.isMany() ? ((List<?>) object.eContainer().eGet(containment)).indexOf(object) : 0;
		return new Location(plan.parentId(object), containment.getName(), index);
	}
}
