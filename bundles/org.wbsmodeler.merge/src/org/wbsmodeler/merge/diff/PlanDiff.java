package org.wbsmodeler.merge.diff;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.wbsmodeler.merge.index.PlanIndexes;

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
		PlanIndex[] plans = PlanIndexes.of(new ComparedFeatures(), from, to);
		return compare(plans[0], plans[1]);
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
		// each element's position in the other plan, found once: no id lookups per element below
		int[] fromOf = from.positionsOf(to);
		int[] toOf = new int[from.size()];
		Arrays.fill(toOf, -1);
		for (int j = 0; j < fromOf.length; j++) {
			if (fromOf[j] >= 0) {
				toOf[fromOf[j]] = j;
			}
		}
		for (int i = 0; i < toOf.length; i++) {
			int parent = from.parentAt(i);
			if (toOf[i] < 0 && parent >= 0 && toOf[parent] >= 0) {
				EObject before = from.objectAt(i);
				changes.add(new Change(ChangeKind.DELETED, from.idAt(i), before, before.eContainmentFeature(), location(from, before), null));
			}
		}
		for (int j = 0; j < fromOf.length; j++) {
			String id = to.idAt(j);
			EObject after = to.objectAt(j);
			int i = fromOf[j];
			int parent = to.parentAt(j);
			if (i < 0) {
				if (parent >= 0 && fromOf[parent] >= 0) {
					changes.add(new Change(ChangeKind.CREATED, id, after, after.eContainmentFeature(), null, location(to, after)));
				}
				continue;
			}
			EObject before = from.objectAt(i);
			int parentBefore = from.parentAt(i);
			boolean sameParent = parent < 0 ? parentBefore < 0 : parentBefore >= 0 && fromOf[parent] == parentBefore;
			if (j != 0 && (from.containmentAt(i) != to.containmentAt(j) || !sameParent)) {
				changes.add(new Change(ChangeKind.MOVED, id, after, after.eContainmentFeature(), location(from, before), location(to, after)));
			}
			compareValues(id, i, before, after, toOf);
			compareOrder(i, j, fromOf);
		}
	}

	private void compareValues(String id, int position, EObject before, EObject after, int[] toOf) {
		boolean sameClass = before.eClass() == after.eClass();
		EStructuralFeature[] features = from.features().valueArray(after.eClass());
		int[] featureIds = from.features().valueIdArray(after.eClass());
		for (int k = 0; k < featureIds.length; k++) {
			EStructuralFeature feature = features[k];
			int idBefore = sameClass ? featureIds[k] : before.eClass().getFeatureID(feature);
			if (idBefore >= 0 && !from.sameValue(before, position, feature, idBefore, to, after, featureIds[k], toOf)) {
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
	private void compareOrder(int i, int j, int[] fromOf) {
		EObject before = from.objectAt(i);
		EObject after = to.objectAt(j);
		for (EReference containment : to.features().containments(after.eClass())) {
			if (!containment.isMany() || before.eClass().getFeatureID(containment) < 0 || sameChildren(i, j, containment, fromOf)) {
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

	/**
	 * Whether one containment holds the same children, in the same order, before and after: walked by position (the
	 * children of an element follow it, subtree after subtree), compared by their positions in the other plan.
	 */
	private boolean sameChildren(int i, int j, EReference containment, int[] fromOf) {
		int a = i + 1;
		int b = j + 1;
		int endA = from.subtreeEnd(i);
		int endB = to.subtreeEnd(j);
		while (true) {
			while (a < endA && from.containmentAt(a) != containment) {
				a = from.subtreeEnd(a);
			}
			while (b < endB && to.containmentAt(b) != containment) {
				b = to.subtreeEnd(b);
			}
			if (a >= endA || b >= endB) {
				return a >= endA && b >= endB;
			}
			if (fromOf[b] != a) {
				return false;
			}
			a = from.subtreeEnd(a);
			b = to.subtreeEnd(b);
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
