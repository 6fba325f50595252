package org.wbsmodeler.merge.threeway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * Builds the merged plan from the decisions: one new object per kept element with its id, its values merged
 * feature by feature, its children in merged order, its cross references to kept elements (a reference to an
 * element the merge dropped is dropped with it).
 */
final class MergedPlanBuilder {

	/** A feature's value on a side where the element is not. */
	private static final Object NONE = new Object();
	/** An unsettable feature's value where it is not set: not the same as being set to the default (no estimate). */
	private static final Object UNSET = new Object();

	private final PlanMerge merge;
	private final List<Runnable> references = new ArrayList<>();
	private final List<EObject> orphans = new ArrayList<>();

	MergedPlanBuilder(PlanMerge merge) {
		this.merge = merge;
	}

	Resource build() {
		MergedPlanResource resource = new MergedPlanResource(URI.createURI("merged.wbs"), merge.nodes.size());
		ModelFiles.newResourceSet().getResources().add(resource);
		XMLResource xml = resource;
		EObject root = null;
		for (MergeNode node : merge.nodes.values()) {
			if (node.kept) {
				node.merged = EcoreUtil.create(node.source().eClass());
				// ids first: attaching an object without one would give it a new UUID
				xml.setID(node.merged, node.id);
				if (node.place == null) {
					root = node.merged;
				}
			}
		}
		for (MergeNode node : merge.nodes.values()) {
			if (node.kept) {
				mergeValues(node);
			}
		}
		addChildren();
		references.forEach(Runnable::run);
		for (EObject orphan : orphans) {
			EcoreUtil.remove(orphan);
			merge.nodes.get(xml.getID(orphan)).kept = false;
			xml.setID(orphan, null);
		}
		resource.attach(root);
		return resource;
	}

	/** Each compared feature three-way: a single value from the side that changed it, lists as lists. */
	private void mergeValues(MergeNode node) {
		EObject target = node.merged;
		EClass eClass = target.eClass();
		boolean allOfClass = node.base != null && node.base.eClass() == eClass && (node.ours == null || node.ours.eClass() == eClass)
				&& (node.theirs == null || node.theirs.eClass() == eClass);
		EStructuralFeature[] features = merge.base.features().valueArray(eClass);
		int[] featureIds = merge.base.features().valueIdArray(eClass);
		for (int k = 0; k < featureIds.length; k++) {
			EStructuralFeature feature = features[k];
			if (allOfClass && !feature.isMany() && feature instanceof EReference) {
				// a link's target: its node found once, the sides' targets compared with that node's versions (no ids)
				Object baseTarget = node.base.eGet(feature, false);
				int targetPosition = baseTarget == null ? -1 : merge.base.position((EObject) baseTarget, node.basePosition);
				MergeNode targetNode = targetPosition < 0 ? null : merge.nodes.at(merge.base, targetPosition);
				if ((baseTarget == null || targetNode != null) && sameTarget(targetNode, node.ours, feature, true)
						&& sameTarget(targetNode, node.theirs, feature, false)) {
					if (targetNode != null) {
						references.add(() -> setTarget(target, feature, targetNode));
					}
					continue;
				}
			} else if (allOfClass && !(feature instanceof EReference)) {
				if (copyIfUnchanged(node, target, feature, featureIds[k])) {
					continue;
				}
			} else if (!feature.isUnsettable() && (allOfClass ? unchangedInClass(node, feature, featureIds[k]) : unchanged(node, feature))) {
				// most features of most elements: the base's value, read once (and not at all when it is the default)
				if (node.base.eIsSet(feature)) {
					apply(target, feature, merge.base.value(node.base, feature));
				}
				continue;
			}
			if (feature == WbsPackage.Literals.DEPENDENCY__PREDECESSOR) {
				merge.linksChanged = true;
			}
			Object base = value(merge.base, node.base, feature);
			Object ours = node.ours != null ? value(merge.ours, node.ours, feature) : base;
			Object theirs = node.theirs != null ? value(merge.theirs, node.theirs, feature) : base;
			Object merged;
			if (feature.isMany()) {
				merged = mergeList(list(base), list(ours), list(theirs));
			} else if (Objects.equals(ours, theirs) && (!merge.equalChangesConflict || Objects.equals(ours, base)) || Objects.equals(theirs, base)
					|| theirs == NONE) {
				merged = ours;
			} else if (Objects.equals(ours, base) || ours == NONE) {
				merged = theirs;
			} else {
				merged = ours;
				merge.conflicts.add(new Conflict(ConflictKind.VALUE, node.id, null, feature.getName(), base == NONE ? Conflict.ABSENT : shown(feature, base),
						shown(feature, ours), shown(feature, theirs), "set to different values"));
			}
			// a fresh object already holds the defaults: setting them again costs time on 100,000 elements
			boolean isDefault = !feature.isMany() && !(feature instanceof EReference) && !feature.isUnsettable()
					&& Objects.equals(merged, feature.getDefaultValue());
			if (merged != NONE && merged != UNSET && !isDefault) {
				apply(target, feature, merged);
			}
		}
	}

	/**
	 * For an attribute of an element whose versions are all of its class: if neither side changed it, the base's value
	 * is copied (nothing is written for a default or an unset value) and true returned. Each version's value is read
	 * once, and for the most common case, the default in all three versions, only whether it is set: no value is
	 * boxed. An unsettable feature (a three-point estimate) is unchanged only if it is set in all or in none.
	 */
	private boolean copyIfUnchanged(MergeNode node, EObject target, EStructuralFeature feature, int featureId) {
		InternalEObject base = (InternalEObject) node.base;
		InternalEObject ours = (InternalEObject) node.ours;
		InternalEObject theirs = (InternalEObject) node.theirs;
		boolean baseSet = base.eIsSet(featureId);
		if (feature.isUnsettable() && (ours != null && ours.eIsSet(featureId) != baseSet || theirs != null && theirs.eIsSet(featureId) != baseSet)) {
			// whether it is set is part of the value: an estimate given or taken back is a change
			return false;
		}
		boolean unsetInAll = !baseSet && (feature.isUnsettable() || (ours == null || !ours.eIsSet(featureId)) && (theirs == null || !theirs.eIsSet(featureId)));
		if (unsetInAll) {
			return true; // the merged element has it unset (the default) already
		}
		Object value = base.eGet(featureId, false, true);
		if (!sameAsBase(baseSet, value, ours, feature, featureId) || !sameAsBase(baseSet, value, theirs, feature, featureId)) {
			return false;
		}
		if (baseSet) {
			set(target, feature, featureId, value);
		}
		return true;
	}

	/** Whether a side's version (null: the side has the base's) holds the base's value, as {@link PlanIndex#sameValue} says. */
	private static boolean sameAsBase(boolean baseSet, Object baseValue, InternalEObject side, EStructuralFeature feature, int featureId) {
		return side == null || !feature.isUnsettable() && !baseSet && !side.eIsSet(featureId) || Objects.equals(baseValue, side.eGet(featureId, false, true));
	}

	/** An attribute's value on the merged element (a list's values added to its empty list). */
	@SuppressWarnings("unchecked")
	private static void set(EObject target, EStructuralFeature feature, int featureId, Object value) {
		if (feature.isMany()) {
			((List<Object>) target.eGet(feature)).addAll((List<?>) value);
		} else {
			((InternalEObject) target).eSet(featureId, value);
		}
	}

	/** Whether the base has the feature and neither side changed it (compared in place, no values built). */
	private boolean unchanged(MergeNode node, EStructuralFeature feature) {
		return node.base != null && has(node.base, feature) && (node.ours == null || has(node.ours, feature) && merge.base.sameValue(node.base, feature, merge.ours, node.ours))
				&& (node.theirs == null || has(node.theirs, feature) && merge.base.sameValue(node.base, feature, merge.theirs, node.theirs));
	}

	/** {@link #unchanged} where all versions are of the merged element's class (no feature to look up). */
	private boolean unchangedInClass(MergeNode node, EStructuralFeature feature, int featureId) {
		return (node.ours == null || merge.base.sameValue(node.base, feature, featureId, merge.ours, node.ours, featureId, null))
				&& (node.theirs == null || merge.base.sameValue(node.base, feature, featureId, merge.theirs, node.theirs, featureId, null));
	}

	/** Whether a side's version (null: the side has the base's) refers to that side's version of the target (or none). */
	private static boolean sameTarget(MergeNode targetNode, EObject object, EStructuralFeature feature, boolean ours) {
		if (object == null) {
			return true;
		}
		Object target = object.eGet(feature, false);
		return targetNode == null ? target == null : target != null && target == (ours ? targetNode.ours : targetNode.theirs);
	}

	private void setTarget(EObject holder, EStructuralFeature feature, MergeNode targetNode) {
		if (targetNode.kept) {
			holder.eSet(feature, targetNode.merged);
		} else if (feature.getLowerBound() > 0) {
			orphans.add(holder);
		}
	}

	private static boolean has(EObject object, EStructuralFeature feature) {
		return object.eClass().getFeatureID(feature) >= 0;
	}

	private static Object value(PlanIndex plan, EObject object, EStructuralFeature feature) {
		if (object == null || object.eClass().getFeatureID(feature) < 0) {
			return NONE;
		}
		if (feature.isUnsettable() && !feature.isMany() && !object.eIsSet(feature)) {
			return UNSET;
		}
		return plan.value(object, feature);
	}

	/** A side's value as a conflict shows it: an unset one as the value it reads as (the default). */
	private static Object shown(EStructuralFeature feature, Object value) {
		return value == UNSET ? feature.getDefaultValue() : value;
	}

	private static List<?> list(Object value) {
		return value == NONE || value == null ? List.of() : (List<?>) value;
	}

	private static List<?> mergeList(List<?> base, List<?> ours, List<?> theirs) {
		if (base.equals(ours)) {
			return theirs;
		}
		if (base.equals(theirs) || ours.equals(theirs)) {
			return ours;
		}
		ListMerge<Object> lists = new ListMerge<>(new ArrayList<>(base), new ArrayList<>(ours), new ArrayList<>(theirs));
		return lists.order(lists.members());
	}

	@SuppressWarnings("unchecked")
	private void apply(EObject target, EStructuralFeature feature, Object value) {
		if (!(feature instanceof EReference)) {
			if (feature.isMany()) {
				((List<Object>) target.eGet(feature)).addAll((List<?>) value);
			} else {
				target.eSet(feature, value);
			}
			return;
		}
		// references once every object exists; targets the merge dropped are dropped
		references.add(() -> {
			if (feature.isMany()) {
				List<Object> targets = (List<Object>) target.eGet(feature);
				for (Object id : (List<?>) value) {
					EObject resolved = resolve((String) id);
					if (resolved != null && !targets.contains(resolved)) {
						targets.add(resolved);
					}
				}
			} else if (value != null) {
				EObject resolved = resolve((String) value);
				if (resolved != null) {
					target.eSet(feature, resolved);
				} else if (feature.getLowerBound() > 0) {
					// a link to a task the merge deleted goes with it, as it does when the task is deleted in the editor
					orphans.add(target);
				}
			}
		});
	}

	private EObject resolve(String id) {
		MergeNode node = merge.nodes.get(id);
		return node != null && node.kept ? node.merged : null;
	}

	/** Each parent's children, per containment feature, in merged order. */
	@SuppressWarnings("unchecked")
	private void addChildren() {
		List<MergeNode> parents = new ArrayList<>();
		for (MergeNode node : merge.nodes.values()) {
			if (node.kept && node.place != null) {
				// the parent's node as the places were settled with it (a lookup only where it was not needed there)
				MergeNode parent = node.place.parent();
				if (parent.children == null) {
					parent.children = new LinkedHashMap<>(2);
					parents.add(parent);
				}
				parent.children.computeIfAbsent(node.place.feature(), k -> new ArrayList<>()).add(node);
			}
		}
		for (MergeNode parent : parents) {
			parent.children.forEach((feature, members) -> {
				List<MergeNode> ordered = unchangedChildren(parent, feature, members) ? members : order(parent, feature, members);
				if (feature.isMany()) {
					List<EObject> children = new ArrayList<>(ordered.size());
					for (MergeNode child : ordered) {
						children.add(child.merged);
					}
					// distinct new objects: EMF's addAll would first copy them into a set to drop duplicates
					((InternalEList<EObject>) parent.merged.eGet(feature)).addAllUnique(children);
				} else {
					parent.merged.eSet(feature, ordered.get(0).merged);
					for (MergeNode other : ordered.subList(1, ordered.size())) {
						merge.conflicts.add(new Conflict(ConflictKind.CONTAINMENT, parent.id, null, feature.getName(), Conflict.ABSENT, ordered.get(0).id,
								other.id, "both sides added one"));
						drop(other);
					}
				}
			});
			parent.children = null;
		}
	}

	/**
	 * Whether the three versions hold the same children in the same order and the merge keeps them all: then the
	 * members, gathered in the base's document order, are already in order (most lists of a plan).
	 */
	private boolean unchangedChildren(MergeNode parent, EReference feature, List<MergeNode> members) {
		if (!feature.isMany() || parent.base == null || parent.ours == null || parent.theirs == null || parent.base.eClass() != parent.ours.eClass()
				|| parent.base.eClass() != parent.theirs.eClass()) {
			return false;
		}
		int featureId = parent.base.eClass().getFeatureID(feature);
		List<?> baseChildren = (List<?>) ((InternalEObject) parent.base).eGet(featureId, false, true);
		List<?> oursChildren = (List<?>) ((InternalEObject) parent.ours).eGet(featureId, false, true);
		List<?> theirsChildren = (List<?>) ((InternalEObject) parent.theirs).eGet(featureId, false, true);
		int n = members.size();
		if (baseChildren.size() != n || oursChildren.size() != n || theirsChildren.size() != n) {
			return false;
		}
		// the members' own versions, position by position: the same elements in the same order, without an id
		for (int i = 0; i < n; i++) {
			MergeNode member = members.get(i);
			if (member.base != baseChildren.get(i) || member.ours != oursChildren.get(i) || member.theirs != theirsChildren.get(i)) {
				return false;
			}
		}
		return true;
	}

	private List<MergeNode> order(MergeNode parent, EReference feature, List<MergeNode> memberNodes) {
		List<MergeNode> oneSide = feature.isMany() ? orderOfTheOnlySideThatChanged(parent, feature, memberNodes) : null;
		if (oneSide != null) {
			return oneSide;
		}
		Set<String> members = new LinkedHashSet<>();
		Map<String, MergeNode> byId = HashMap.newHashMap(memberNodes.size());
		for (MergeNode member : memberNodes) {
			members.add(member.id);
			byId.put(member.id, member);
		}
		List<MergeNode> result = new ArrayList<>(members.size());
		for (String id : orderIds(parent, feature, members)) {
			result.add(byId.get(id));
		}
		return result;
	}

	/**
	 * Where one side left the list as the base has it and the merge keeps exactly the other side's children, that
	 * side's list: what the list merge would give (no value shared by all three moved by the unchanged side, no
	 * insertion of its own), without its sets of ids. The usual case: one side added or removed tasks in a package.
	 */
	private List<MergeNode> orderOfTheOnlySideThatChanged(MergeNode parent, EReference feature, List<MergeNode> members) {
		if (parent.base == null || parent.ours == null || parent.theirs == null) {
			return null;
		}
		List<MergeNode> base = childNodes(merge.base, parent.basePosition, feature);
		List<MergeNode> ours = childNodes(merge.ours, parent.oursPosition, feature);
		List<MergeNode> changed = base.equals(ours) ? null : ours;
		List<MergeNode> theirs = childNodes(merge.theirs, parent.theirsPosition, feature);
		if (!base.equals(theirs)) {
			if (changed != null) {
				return null;
			}
			changed = theirs;
		}
		if (changed == null) {
			changed = ours;
		}
		if (changed.size() != members.size()) {
			return null;
		}
		for (MergeNode child : changed) {
			if (!child.kept || child.place == null || child.place.parent() != parent || child.place.feature() != feature) {
				return null;
			}
		}
		return changed;
	}

	/** The nodes of the children that one containment feature holds at a position of a plan, in order. */
	private List<MergeNode> childNodes(PlanIndex plan, int position, EReference feature) {
		List<MergeNode> result = new ArrayList<>();
		for (int child = position + 1, end = plan.subtreeEnd(position); child < end; child = plan.subtreeEnd(child)) {
			if (plan.containmentAt(child) == feature) {
				result.add(merge.nodes.at(plan, child));
			}
		}
		return result;
	}

	private List<String> orderIds(MergeNode parent, EReference feature, Set<String> members) {
		ListMerge<String> lists = new ListMerge<>(children(merge.base, parent.base, parent.basePosition, feature),
				children(merge.ours, parent.ours, parent.oursPosition, feature), children(merge.theirs, parent.theirs, parent.theirsPosition, feature));
		List<String> ordered = lists.order(members);
		if (!feature.isMany()) {
			// the one ours has wins
			String oursChild = parent.ours == null || parent.ours.eGet(feature) == null ? null : merge.ours.id((EObject) parent.ours.eGet(feature));
			if (oursChild != null && ordered.remove(oursChild)) {
				ordered.add(0, oursChild);
			}
		} else if (lists.reorderConflict()) {
			merge.conflicts.add(new Conflict(ConflictKind.ORDER, parent.id, null, feature.getName(), children(merge.base, parent.base, parent.basePosition, feature),
					children(merge.ours, parent.ours, parent.oursPosition, feature), children(merge.theirs, parent.theirs, parent.theirsPosition, feature),
					"both sides reordered the " + feature.getName()));
		}
		return ordered;
	}

	private static List<String> children(PlanIndex plan, EObject parent, int position, EReference feature) {
		if (parent == null || parent.eClass().getFeatureID(feature) < 0) {
			return List.of();
		}
		return plan.childIdsAt(position, feature);
	}

	private void drop(MergeNode node) {
		node.kept = false;
		for (MergeNode other : merge.nodes.values()) {
			if (other.kept && other.place != null && node.id.equals(other.place.parentId())) {
				drop(other);
			}
		}
	}
}
