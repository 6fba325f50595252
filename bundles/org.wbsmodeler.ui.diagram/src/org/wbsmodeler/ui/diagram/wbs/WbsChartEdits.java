package org.wbsmodeler.ui.diagram.wbs;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.editing.rules.ReparentRule;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * What the WBS chart's gestures do, in the session's edit rules: a box dropped on another moves under it (after its
 * children; codes renumber as they follow positions), refused for the same reasons, in the same words, as a drop in
 * the Plan or with the Sirius design's reparent tool.
 */
final class WbsChartEdits {

	private final PlanSession session;

	WbsChartEdits(PlanSession session) {
		this.session = session;
	}

	/** Why the boxes cannot go under the target, or null. */
	String checkMove(List<WbsElement> dragged, Object target) {
		return ReparentRule.refusal(dragged, target instanceof EObject parent ? parent : null);
	}

	/** The drop: the move on the editor's stack, or the reason it is refused in the status line. */
	void drop(List<WbsElement> dragged, Object target) {
		session.run(() -> session.rules().structure().moveUnder(dragged, (EObject) target));
	}
}
