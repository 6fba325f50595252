package org.wbsmodeler.merge.threeway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.diff.StableOrder;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.merge.index.PlanIndexes;
import org.wbsmodeler.merge.threeway.MergeNode.Place;

/**
 * Three-way merge of plans by element id and feature. Entry point of the merge; plain Java, no UI.
 * <ul>
 * <li>changes to different elements, or to different features of one element, both apply; one feature set to the
 * same value on both sides is no conflict, to different values it is ({@link ConflictKind#VALUE}, ours taken);</li>
 * <li>a move is a change of parent (a {@link ConflictKind#MOVE} when both sides moved an element to different
 * parents) and of position: sibling lists merge as lists, both sides' insertions survive ({@link ListMerge}); moves
 * that together would put an element under itself are a {@link ConflictKind#MOVE_CYCLE} and keep ours;</li>
 * <li>a deletion against a change of the element, something new under it or a new reference to it is a
 * {@link ConflictKind#DELETE}: the element stays (with the other side's subtree), insertions win over deletions;</li>
 * <li>computed values are not merged ({@link ComparedFeatures}); a dependency cycle the merge creates is a
 * {@link ConflictKind#DEPENDENCY_CYCLE} naming the cycle.</li>
 * </ul>
 * The inputs are not changed: the merged plan is a new resource.
 */
public final class PlanMerge {

	final PlanIndex base;
	final PlanIndex ours;
	final PlanIndex theirs;
	MergeNodes nodes;
	final List<Conflict> conflicts = new ArrayList<>();
	/** Whether one feature changed on both sides to the same value is a conflict too ({@link EqualChanges#CONFLICT}). */
	final boolean equalChangesConflict;
	/** Whether a side created, moved or re-targeted a dependency link: else the merge cannot make a new cycle. */
	boolean linksChanged;
	private Set<String> newlyReferencedByOurs;
	private Set<String> newlyReferencedByTheirs;
	/** Per side, parent and feature: the children that side moved among their siblings. */
	private final Map<String, Set<String>> reorders = new HashMap<>();

	/** What both sides setting one feature of one element to the same new value is. */
	public enum EqualChanges {
		/** No conflict: both want the same, the value is taken (merging files, as git does with equal lines). */
		AGREE,
		/**
		 * A {@link ConflictKind#VALUE} conflict: a server taking commits on stale bases needs this, since two clients
		 * that each read a counter at 5 and wrote 6 made two increments, and taking one as done would lose the other.
		 */
		CONFLICT
	}

	private PlanMerge(PlanIndex base, PlanIndex ours, PlanIndex theirs, EqualChanges equalChanges) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		this.equalChangesConflict = equalChanges == EqualChanges.CONFLICT;
	}

	/**
	 * Merges {@code theirs} and {@code ours}, both descended from {@code base}.
	 *
	 * @return the merged plan (a new resource, with the elements' ids) and the conflicts
	 * @throws MergeException if a plan has no ids, the plans have different roots, or the base shares no element
	 *                        with one of the others (it cannot be their common ancestor)
	 */
	public static MergeResult merge(Resource base, Resource ours, Resource theirs) throws MergeException {
		PlanIndex[] plans = PlanIndexes.of(new ComparedFeatures(), base, ours, theirs);
		return merge(plans[0], plans[1], plans[2]);
	}

	/** The same on indexed plans (which must share one {@link ComparedFeatures}). */
	public static MergeResult merge(PlanIndex base, PlanIndex ours, PlanIndex theirs) throws MergeException {
		return merge(base, ours, theirs, EqualChanges.AGREE);
	}

	/**
	 * The same, saying whether one feature set to the same value on both sides conflicts. Only single values are
	 * concerned: lists (many-valued features, sibling order) merge as lists whatever this says, and two moves to one
	 * parent are no conflict either.
	 */
	public static MergeResult merge(PlanIndex base, PlanIndex ours, PlanIndex theirs, EqualChanges equalChanges) throws MergeException {
		checkRelated(base, ours, theirs);
		PlanMerge merge = new PlanMerge(base, ours, theirs, equalChanges);
		merge.collect();
		merge.decideDeletions();
		new Places(merge).settle();
		Resource merged = new MergedPlanBuilder(merge).build();
		new DependencyCycleCheck(merge).check(merged);
		List<Conflict> conflicts = new ArrayList<>(merge.conflicts.size());
		for (Conflict c : merge.conflicts) {
			MergeNode node = merge.nodes.get(c.elementId());
			EObject element = c.element() != null ? c.element() : node != null && node.kept ? node.merged : null;
			conflicts.add(new Conflict(c.kind(), c.elementId(), element, c.feature(), c.base(), c.ours(), c.theirs(), c.detail()));
		}
		return new MergeResult(merged, conflicts, base, ours, theirs);
	}

	private static void checkRelated(PlanIndex base, PlanIndex ours, PlanIndex theirs) throws MergeException {
		for (PlanIndex side : List.of(ours, theirs)) {
			if (!sharesAnId(base, side)) {
				throw new MergeException(name(base) + " shares no element ids with " + name(side) + ": it is not their common ancestor");
			}
			if (!Objects.equals(base.rootId(), side.rootId())) {
				throw new MergeException("different plans: the root of " + name(side) + " is not the root of " + name(base) + " (ids " + side.rootId()
						+ ", " + base.rootId() + ")");
			}
		}
	}

	private static boolean sharesAnId(PlanIndex a, PlanIndex b) {
		for (String id : a.ids()) {
			if (b.contains(id)) {
				return true;
			}
		}
		return false;
	}

	static String name(PlanIndex plan) {
		return plan.resource().getURI() == null ? "plan" : plan.resource().getURI().lastSegment();
	}

	private void collect() {
		nodes = new MergeNodes(base, ours, theirs);
	}

	/** Which elements survive: all but those deleted on one side and left alone (with all under them) on the other. */
	private void decideDeletions() {
		List<MergeNode> resurrected = new ArrayList<>();
		for (MergeNode node : nodes.values()) {
			if (node.base == null || (node.ours != null && node.theirs != null)) {
				node.kept = true;
			} else if (node.ours != null || node.theirs != null) {
				boolean oursKeeps = node.ours != null;
				String reason = reasonToKeep(node, oursKeeps);
				if (reason != null) {
					node.kept = true;
					node.deleteConflict = true;
					resurrected.add(node);
				}
			}
		}
		for (MergeNode node : resurrected) {
			boolean oursKeeps = node.ours != null;
			PlanIndex side = oursKeeps ? ours : theirs;
			EObject keeper = oursKeeps ? node.ours : node.theirs;
			// the keeping side's whole subtree stays with it, so that "keep" gives the element as that side has it
			for (TreeIterator<EObject> it = keeper.eAllContents(); it.hasNext();) {
				MergeNode child = nodes.get(side.id(it.next()));
				// only what went with it: an element moved in from elsewhere that the other side deleted there stays deleted
				if (child != null && (child.base == null || org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(node.base, child.base))) {
					child.kept = true;
				}
			}
			// one conflict per deleted subtree: at its top, where the deleting side still has the parent
			MergeNode parent = nodes.get(base.parentId(node.base));
			if (parent == null || !parent.deleteConflict || (oursKeeps ? parent.theirs != null : parent.ours != null)) {
				conflicts.add(new Conflict(ConflictKind.DELETE, node.id, null, "(element)", Conflict.PRESENT, oursKeeps ? Conflict.PRESENT : Conflict.ABSENT,
						oursKeeps ? Conflict.ABSENT : Conflict.PRESENT, "deleted by " + (oursKeeps ? "theirs" : "ours") + ", " + reasonToKeep(node, oursKeeps)));
			}
		}
	}

	/**
	 * Why an element one side deleted must stay: the other side changed it, made a new reference to it, or added,
	 * changed or referenced something under it; null if nothing.
	 */
	private String reasonToKeep(MergeNode node, boolean oursKeeps) {
		PlanIndex side = oursKeeps ? ours : theirs;
		String keeper = oursKeeps ? "ours" : "theirs";
		EObject now = oursKeeps ? node.ours : node.theirs;
		String changed = changedFeature(side, now, node.base);
		if (changed != null) {
			return "changed by " + keeper + " (" + changed + ")";
		}
		Set<String> referenced = newlyReferenced(oursKeeps);
		if (referenced.contains(node.id)) {
			return "newly referenced by " + keeper;
		}
		for (TreeIterator<EObject> it = now.eAllContents(); it.hasNext();) {
			EObject inside = it.next();
			String id = side.id(inside);
			EObject before = base.object(id);
			if (before == null) {
				return keeper + " added under it";
			}
			String changedInside = changedFeature(side, inside, before);
			if (changedInside != null || referenced.contains(id)) {
				return keeper + " changed something under it (" + (changedInside != null ? changedInside : "a new reference") + ")";
			}
		}
		return null;
	}

	/** The first feature in which a side's element differs from the base's, "parent" for a move; null if none. */
	String changedFeature(PlanIndex side, EObject now, EObject before) {
		if (now.eClass() != before.eClass()) {
			return "kind";
		}
		if (!Objects.equals(side.parentId(now), base.parentId(before)) || now.eContainmentFeature() != before.eContainmentFeature()) {
			return "parent";
		}
		if (reordered(side, now, before)) {
			return "position";
		}
		for (EStructuralFeature feature : base.features().values(now.eClass())) {
			if (!Objects.equals(side.value(now, feature), base.value(before, feature))) {
				return feature.getName();
			}
		}
		return null;
	}

	/** Whether a side moved the element among the same siblings (not merely shifted by others' moves). */
	private boolean reordered(PlanIndex side, EObject now, EObject before) {
		EObject parent = now.eContainer();
		if (parent == null || !now.eContainmentFeature().isMany()) {
			return false;
		}
		String key = (side == ours ? "o:" : "t:") + side.id(parent) + "/" + now.eContainmentFeature().getName();
		Set<String> moved = reorders.get(key);
		if (moved == null) {
			moved = StableOrder.moved(base.childIds(before.eContainer(), before.eContainmentFeature()), side.childIds(parent, now.eContainmentFeature()));
			reorders.put(key, moved);
		}
		return moved.contains(side.id(now));
	}

	/** Ids a side references where the base did not (per holder and feature): deleting them is a conflict. */
	private Set<String> newlyReferenced(boolean oursSide) {
		Set<String> cached = oursSide ? newlyReferencedByOurs : newlyReferencedByTheirs;
		if (cached != null) {
			return cached;
		}
		PlanIndex side = oursSide ? ours : theirs;
		Set<String> result = new java.util.HashSet<>();
		for (String id : side.ids()) {
			EObject now = side.object(id);
			EObject before = base.object(id);
			for (EStructuralFeature feature : side.features().values(now.eClass())) {
				if (!(feature instanceof org.eclipse.emf.ecore.EReference)) {
					continue;
				}
				Object value = side.value(now, feature);
				Object old = before != null && before.eClass() == now.eClass() ? base.value(before, feature) : null;
				if (feature.isMany()) {
					List<?> oldList = old == null ? List.of() : (List<?>) old;
					for (Object target : (List<?>) value) {
						if (!oldList.contains(target)) {
							result.add((String) target);
						}
					}
				} else if (value != null && !value.equals(old)) {
					result.add((String) value);
				}
			}
		}
		if (oursSide) {
			newlyReferencedByOurs = result;
		} else {
			newlyReferencedByTheirs = result;
		}
		return result;
	}

	/** The place of a version of an element (its position in that plan), or null where it is absent or the root. */
	Place placeIn(PlanIndex plan, int position) {
		if (position < 0 || plan.parentAt(position) < 0) {
			return null;
		}
		int parent = plan.parentAt(position);
		return new Place(plan.idAt(parent), plan.containmentAt(position), nodes.at(plan, parent));
	}
}
