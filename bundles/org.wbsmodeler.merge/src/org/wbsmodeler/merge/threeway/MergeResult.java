package org.wbsmodeler.merge.threeway;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.diff.Change;
import org.wbsmodeler.merge.diff.PlanDiff;
import org.wbsmodeler.merge.index.PlanIndex;

/**
 * What a three-way merge gives: the merged plan (ours on each conflict) and the conflicts. The three inputs stay
 * available to show a conflict's values: cross references and parents are element ids, {@link #objectIn} finds them.
 */
public final class MergeResult {

	/** One of the three merged plans. */
	public enum Side {
		BASE, OURS, THEIRS
	}

	private final Resource merged;
	private final List<Conflict> conflicts;
	private final PlanIndex base;
	private final PlanIndex ours;
	private final PlanIndex theirs;

	MergeResult(Resource merged, List<Conflict> conflicts, PlanIndex base, PlanIndex ours, PlanIndex theirs) {
		this.merged = merged;
		this.conflicts = List.copyOf(conflicts);
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
	}

	/** The merged plan: a new resource (not attached to a file) whose objects carry the elements' ids. */
	public Resource merged() {
		return merged;
	}

	/** The merged plan's root. */
	public EObject root() {
		return merged.getContents().get(0);
	}

	/** The conflicts, in the order found (none: the merge is clean). */
	public List<Conflict> conflicts() {
		return conflicts;
	}

	public boolean isClean() {
		return conflicts.isEmpty();
	}

	/** What the merge brings into ours: the changes from ours to the merged plan. */
	public List<Change> changesToOurs() throws MergeException {
		return PlanDiff.compare(ours, PlanIndex.of(merged, ours.features()));
	}

	/** The element with that id in one of the inputs (or the merged plan for null), or null. */
	public EObject objectIn(Side side, String id) {
		if (side == null) {
			return merged.getEObject(id);
		}
		PlanIndex plan = switch (side) {
		case BASE -> base;
		case OURS -> ours;
		case THEIRS -> theirs;
		};
		return plan.object(id);
	}
}
