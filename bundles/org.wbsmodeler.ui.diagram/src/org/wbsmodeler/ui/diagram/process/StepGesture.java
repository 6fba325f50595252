package org.wbsmodeler.ui.diagram.process;

import java.util.List;

import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.viewer.DragGesture;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * On the process map, a step dragged onto another step of its process takes that step's place (reorder); dragged
 * onto a WBS box it is linked to that element (the element changes the step).
 */
final class StepGesture implements DragGesture {

	private final PlanSession context;

	StepGesture(PlanSession context) {
		this.context = context;
	}

	@Override
	public boolean canStart(Object source) {
		return source instanceof ProcessStep;
	}

	@Override
	public boolean drawsLine() {
		return false;
	}

	@Override
	public String check(List<Object> dragged, Object target) {
		if (dragged.size() != 1 || !(dragged.get(0) instanceof ProcessStep step)) {
			return "Drag one step at a time";
		}
		if (target instanceof ProcessStep other) {
			return other.eContainer() == step.eContainer() ? null : "A step moves within its own process only";
		}
		if (target instanceof WbsElement element) {
			return step.getWbsElements().contains(element) ? step.getName() + " is already linked to " + element.getName() : null;
		}
		return "Drop on a step of the same process, or on a WBS element";
	}

	@Override
	public void drop(List<Object> dragged, Object target) {
		String refusal = check(dragged, target);
		if (refusal != null) {
			context.status().accept(refusal);
			return;
		}
		ProcessStep step = (ProcessStep) dragged.get(0);
		if (target instanceof ProcessStep other) {
			List<ProcessStep> steps = ((Process) step.eContainer()).getSteps();
			context.run(() -> context.rules().processes().moveStep(step, steps.indexOf(other) - steps.indexOf(step)));
		} else {
			List<WbsElement> linked = new java.util.ArrayList<>(step.getWbsElements());
			linked.add((WbsElement) target);
			context.run(context.rules().processes().setWbsElements(step, linked), null);
		}
	}
}
