package org.wbsmodeler.merge.threeway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * Builds the merged plan from the decisions: one new object per kept element with its id, its values merged
 * feature by feature, its children in merged order, its cross references to kept elements (a reference to an
 * element the merge dropped is dropped with it).
 */
final class MergedPlanBuilder {

	/** A feature's value on a side where the element is not. */
	private static final Object NONE = new Object();

	private final PlanMerge merge;
	private final List<Runnable> references = new ArrayList<>();
	private final List<EObject> orphans = new ArrayList<>();

	MergedPlanBuilder(PlanMerge merge) {
		this.merge = merge;
	}

	Resource build() {
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("merged.wbs"));
		XMLResource xml = (XMLResource) resource;
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
		resource.getContents().add(root);
		return resource;
	}

	/** Each compared feature three-way: a single value from the side that changed it, lists as lists. */
	private void mergeValues(MergeNode node) {
		EObject target = node.merged;
		for (EStructuralFeature feature : merge.base.features().values(target.eClass())) {
			Object base = value(merge.base, node.base, feature);
			Object ours = node.ours != null ? value(merge.ours, node.ours, feature) : base;
			Object theirs = node.theirs != null ? value(merge.theirs, node.theirs, feature) : base;
			Object merged;
			if (feature.isMany()) {
				merged = mergeList(list(base), list(ours), list(theirs));
			} else if (Objects.equals(ours, theirs) || Objects.equals(theirs, base) || theirs == NONE) {
				merged = ours;
			} else if (Objects.equals(ours, base) || ours == NONE) {
				merged = theirs;
			} else {
				merged = ours;
				merge.conflicts.add(new Conflict(ConflictKind.VALUE, node.id, null, feature.getName(), base == NONE ? Conflict.ABSENT : base, ours, theirs,
						"set to different values"));
			}
			if (merged != NONE) {
				apply(target, feature, merged);
			}
		}
	}

	private static Object value(PlanIndex plan, EObject object, EStructuralFeature feature) {
		if (object == null || object.eClass().getFeatureID(feature) < 0) {
			return NONE;
		}
		return plan.value(object, feature);
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
		Map<String, Map<EReference, Set<String>>> groups = new LinkedHashMap<>();
		for (MergeNode node : merge.nodes.values()) {
			if (node.kept && node.place != null) {
				groups.computeIfAbsent(node.place.parentId(), k -> new LinkedHashMap<>()).computeIfAbsent(node.place.feature(), k -> new LinkedHashSet<>())
						.add(node.id);
			}
		}
		groups.forEach((parentId, features) -> {
			MergeNode parent = merge.nodes.get(parentId);
			features.forEach((feature, members) -> {
				List<String> ordered = order(parent, feature, members);
				if (feature.isMany()) {
					List<EObject> children = new ArrayList<>(ordered.size());
					for (String id : ordered) {
						children.add(merge.nodes.get(id).merged);
					}
					((List<EObject>) parent.merged.eGet(feature)).addAll(children);
				} else {
					parent.merged.eSet(feature, merge.nodes.get(ordered.get(0)).merged);
					for (String other : ordered.subList(1, ordered.size())) {
						merge.conflicts.add(new Conflict(ConflictKind.CONTAINMENT, parentId, null, feature.getName(), Conflict.ABSENT, ordered.get(0), other,
								"both sides added one"));
						drop(merge.nodes.get(other));
					}
				}
			});
		});
	}

	private List<String> order(MergeNode parent, EReference feature, Set<String> members) {
		ListMerge<String> lists = new ListMerge<>(children(merge.base, parent.base, feature), children(merge.ours, parent.ours, feature),
				children(merge.theirs, parent.theirs, feature));
		List<String> ordered = lists.order(members);
		if (!feature.isMany()) {
			// the one ours has wins
			String oursChild = parent.ours == null || parent.ours.eGet(feature) == null ? null : merge.ours.id((EObject) parent.ours.eGet(feature));
			if (oursChild != null && ordered.remove(oursChild)) {
				ordered.add(0, oursChild);
			}
		} else if (lists.reorderConflict()) {
			merge.conflicts.add(new Conflict(ConflictKind.ORDER, parent.id, null, feature.getName(), children(merge.base, parent.base, feature),
					children(merge.ours, parent.ours, feature), children(merge.theirs, parent.theirs, feature), "both sides reordered the " + feature.getName()));
		}
		return ordered;
	}

	private static List<String> children(PlanIndex plan, EObject parent, EReference feature) {
		if (parent == null || parent.eClass().getFeatureID(feature) < 0) {
			return List.of();
		}
		return plan.childIds(parent, feature);
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
