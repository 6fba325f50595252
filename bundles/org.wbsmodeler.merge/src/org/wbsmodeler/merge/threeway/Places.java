package org.wbsmodeler.merge.threeway;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EReference;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.threeway.MergeNode.Place;
import org.wbsmodeler.model.Dependency;

/**
 * Decides each kept element's parent: three-way on (parent, containment feature); then, until nothing changes,
 * keeps the parent of every kept element (a deletion that would orphan something is a conflict) and breaks cycles
 * that two sides' moves form together by putting their elements back where ours has them.
 */
final class Places {

	private final PlanMerge merge;
	private int round;

	Places(PlanMerge merge) {
		this.merge = merge;
	}

	void settle() {
		for (MergeNode node : merge.nodes.values()) {
			if (node.kept) {
				place(node);
			}
		}
		boolean changed = true;
		int rounds = 0;
		while (changed) {
			if (++rounds > merge.nodes.size() + 2) {
				throw new IllegalStateException("merge: element places do not settle");
			}
			changed = keepParents();
			changed |= breakCycles();
		}
	}

	private void place(MergeNode node) {
		if (node.ours != null && node.theirs != null && unmoved(node)) {
			// most elements: one parent in all three plans, compared by position (no place made per side)
			node.place = merge.placeIn(merge.base, node.basePosition);
			return;
		}
		Place base = merge.placeIn(merge.base, node.basePosition);
		Place ours = node.ours != null ? merge.placeIn(merge.ours, node.oursPosition) : base;
		Place theirs = node.theirs != null ? merge.placeIn(merge.theirs, node.theirsPosition) : base;
		if (ours == null) {
			node.place = theirs;
		} else if (theirs == null || Objects.equals(ours, theirs) || Objects.equals(theirs, base)) {
			node.place = ours;
		} else if (Objects.equals(ours, base)) {
			node.place = theirs;
		} else {
			node.place = ours;
			merge.conflicts.add(new Conflict(ConflictKind.MOVE, node.id, null, "parent", base == null ? Conflict.ABSENT : base.parentId(), ours.parentId(),
					theirs.parentId(), "moved to different parents"));
		}
		if (node.source() instanceof Dependency && !Objects.equals(node.place, base)) {
			merge.linksChanged = true;
		}
	}

	/** Whether the three versions of an element have one parent (the same node) and one containment feature. */
	private boolean unmoved(MergeNode node) {
		if (node.basePosition < 0) {
			return false;
		}
		int base = merge.base.parentAt(node.basePosition);
		int ours = merge.ours.parentAt(node.oursPosition);
		int theirs = merge.theirs.parentAt(node.theirsPosition);
		if (base < 0 || ours < 0 || theirs < 0) {
			return base < 0 && ours < 0 && theirs < 0;
		}
		MergeNode parent = merge.nodes.at(merge.base, base);
		EReference containment = merge.base.containmentAt(node.basePosition);
		return merge.nodes.at(merge.ours, ours) == parent && merge.nodes.at(merge.theirs, theirs) == parent
				&& merge.ours.containmentAt(node.oursPosition) == containment && merge.theirs.containmentAt(node.theirsPosition) == containment;
	}

	/** Keeps the parent of every kept element; true if one had to be kept. */
	private boolean keepParents() {
		boolean changed = false;
		List<MergeNode> work = new ArrayList<>();
		for (MergeNode node : merge.nodes.values()) {
			if (node.kept) {
				work.add(node);
			}
		}
		while (!work.isEmpty()) {
			MergeNode node = work.remove(work.size() - 1);
			MergeNode parent = parent(node);
			if (parent != null && !parent.kept) {
				parent.kept = true;
				parent.deleteConflict = true;
				place(parent);
				boolean oursHas = parent.ours != null;
				merge.conflicts.add(new Conflict(ConflictKind.DELETE, parent.id, null, "(element)", parent.base == null ? Conflict.ABSENT : Conflict.PRESENT,
						oursHas ? Conflict.PRESENT : Conflict.ABSENT, parent.theirs != null ? Conflict.PRESENT : Conflict.ABSENT,
						"deleted by " + (oursHas ? "theirs" : "ours") + ", but " + (oursHas ? "ours" : "theirs") + " changed something under it"));
				work.add(parent);
				changed = true;
			}
		}
		return changed;
	}

	/** Puts the elements of each cycle of parents back at ours' place; true if there was one. */
	private boolean breakCycles() {
		// a walk's marks on the nodes themselves: 1 on the path being walked, 2 done (no map of 100,000 ids)
		int onPath = ++round * 2;
		int done = onPath + 1;
		boolean found = false;
		List<MergeNode> path = new ArrayList<>();
		for (MergeNode start : merge.nodes.values()) {
			if (!start.kept || start.visit >= onPath) {
				continue;
			}
			path.clear();
			MergeNode current = start;
			while (current != null && current.visit < onPath) {
				current.visit = onPath;
				path.add(current);
				current = parent(current);
			}
			if (current != null && current.visit == onPath) {
				found |= revert(path.subList(path.indexOf(current), path.size()));
			}
			for (MergeNode node : path) {
				node.visit = done;
			}
		}
		return found;
	}

	/** The node of an element's parent in the merge (null for the root). */
	private static MergeNode parent(MergeNode node) {
		return node.place == null ? null : node.place.parent();
	}

	private boolean revert(List<MergeNode> cycle) {
		boolean reverted = false;
		String detail = "moves of both sides would put it under itself";
		for (MergeNode node : cycle) {
			if (node.placeFixed) {
				continue;
			}
			node.placeFixed = true;
			Place ours = node.ours != null ? merge.placeIn(merge.ours, node.oursPosition) : null;
			Place theirs = node.theirs != null ? merge.placeIn(merge.theirs, node.theirsPosition) : null;
			Place fixed = ours != null ? ours : theirs;
			if (!Objects.equals(fixed, node.place)) {
				Place base = merge.placeIn(merge.base, node.basePosition);
				merge.conflicts.add(new Conflict(ConflictKind.MOVE_CYCLE, node.id, null, "parent", base == null ? Conflict.ABSENT : base.parentId(),
						ours == null ? Conflict.ABSENT : ours.parentId(), theirs == null ? Conflict.ABSENT : theirs.parentId(), detail));
				node.place = fixed;
				reverted = true;
			}
		}
		if (!reverted) {
			throw new IllegalStateException("merge: a cycle of parents that ours and theirs both have");
		}
		return true;
	}
}
