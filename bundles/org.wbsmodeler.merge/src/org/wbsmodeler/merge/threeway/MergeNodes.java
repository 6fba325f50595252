package org.wbsmodeler.merge.threeway;

import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.merge.index.PlanIndex;

/**
 * The elements of a merge: one node per id, in the order base, then ours' new ones, then theirs' (each in document
 * order), and each plan's positions to their nodes. Found by position, not by id: walking a plan or following a
 * parent is an array read, where a map from 100,000 ids would hash and compare a string per step.
 */
final class MergeNodes {

	private final PlanIndex base;
	private final PlanIndex ours;
	private final PlanIndex theirs;
	private final MergeNode[] baseNodes;
	private final MergeNode[] oursNodes;
	private final MergeNode[] theirsNodes;
	private final List<MergeNode> all;

	MergeNodes(PlanIndex base, PlanIndex ours, PlanIndex theirs) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		baseNodes = new MergeNode[base.size()];
		oursNodes = new MergeNode[ours.size()];
		theirsNodes = new MergeNode[theirs.size()];
		all = new ArrayList<>(Math.max(ours.size(), theirs.size()) + base.size() / 8);
		for (int i = 0; i < baseNodes.length; i++) {
			MergeNode node = add(base.idAt(i));
			node.base = base.objectAt(i);
			node.basePosition = i;
			baseNodes[i] = node;
		}
		int[] inBase = base.positionsOf(ours);
		for (int j = 0; j < oursNodes.length; j++) {
			MergeNode node = inBase[j] >= 0 ? baseNodes[inBase[j]] : add(ours.idAt(j));
			node.ours = ours.objectAt(j);
			node.oursPosition = j;
			oursNodes[j] = node;
		}
		inBase = base.positionsOf(theirs);
		for (int j = 0; j < theirsNodes.length; j++) {
			MergeNode node;
			if (inBase[j] >= 0) {
				node = baseNodes[inBase[j]];
			} else {
				// new on this side; both sides may have made it (the same import, a branch merged with itself)
				int inOurs = ours.position(theirs.idAt(j));
				node = inOurs >= 0 ? oursNodes[inOurs] : add(theirs.idAt(j));
			}
			node.theirs = theirs.objectAt(j);
			node.theirsPosition = j;
			theirsNodes[j] = node;
		}
	}

	private MergeNode add(String id) {
		MergeNode node = new MergeNode(id);
		all.add(node);
		return node;
	}

	/** Every node, in the order described above. */
	List<MergeNode> values() {
		return all;
	}

	int size() {
		return all.size();
	}

	/** The node of the element at a position of one of the three plans. */
	MergeNode at(PlanIndex plan, int position) {
		return plan == base ? baseNodes[position] : plan == ours ? oursNodes[position] : theirsNodes[position];
	}

	/** The node of an id, or null if no plan has it. */
	MergeNode get(String id) {
		if (id == null) {
			return null;
		}
		int position = base.position(id);
		if (position >= 0) {
			return baseNodes[position];
		}
		position = ours.position(id);
		if (position >= 0) {
			return oursNodes[position];
		}
		position = theirs.position(id);
		return position >= 0 ? theirsNodes[position] : null;
	}
}
