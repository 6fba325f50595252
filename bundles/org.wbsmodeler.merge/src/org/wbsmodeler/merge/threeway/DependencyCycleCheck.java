package org.wbsmodeler.merge.threeway;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.DependencyCycles;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * Validates the merged plan's network: a dependency cycle that neither side had (each side's links are fine alone,
 * together they loop) is a conflict naming the cycle, as {@code ./wbs validate} names it.
 */
final class DependencyCycleCheck {

	private final PlanMerge merge;

	DependencyCycleCheck(PlanMerge merge) {
		this.merge = merge;
	}

	void check(Resource merged) {
		if (!(merged.getContents().get(0) instanceof Project project)) {
			return;
		}
		// every link of the merged plan is one of ours when no side created, moved or re-targeted a link and no
		// deleted element came back: a cycle would be ours already, never one the merge made
		if (!merge.linksChanged && merge.conflicts.stream().noneMatch(c -> c.kind() == ConflictKind.DELETE)) {
			return;
		}
		for (List<WbsElement> cycle : DependencyCycles.find(project)) {
			if (!hadCycle(merge.ours, merged, cycle) && !hadCycle(merge.theirs, merged, cycle)) {
				WbsElement first = cycle.get(0);
				String id = ((org.eclipse.emf.ecore.xmi.XMLResource) merged).getID(first);
				merge.conflicts.add(new Conflict(ConflictKind.DEPENDENCY_CYCLE, id, first, "predecessors", Conflict.ABSENT, Conflict.ABSENT, Conflict.ABSENT,
						"the merge makes a dependency cycle: " + ModelLabels.chain(cycle)));
			}
		}
	}

	/** Whether every link of the cycle (closed: first element repeated last) is in that side already. */
	private static boolean hadCycle(PlanIndex side, Resource merged, List<WbsElement> cycle) {
		org.eclipse.emf.ecore.xmi.XMLResource xml = (org.eclipse.emf.ecore.xmi.XMLResource) merged;
		for (int i = 0; i + 1 < cycle.size(); i++) {
			EObject successor = side.object(xml.getID(cycle.get(i + 1)));
			String predecessorId = xml.getID(cycle.get(i));
			boolean linked = false;
			if (successor instanceof WbsElement element) {
				for (Dependency link : element.getPredecessors()) {
					linked |= link.getPredecessor() != null && predecessorId.equals(side.id(link.getPredecessor()));
				}
			}
			if (!linked) {
				return false;
			}
		}
		return true;
	}
}
