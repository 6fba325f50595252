package org.wbsmodeler.ui.editor;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.wbsmodeler.ui.plan.PlanPage;
import org.wbsmodeler.ui.session.SelectionLink;

/** The pages' shared selection: what the editor has selected, kept in the Plan while another page is hidden. */
final class PlanSelectionLink implements SelectionLink {

	private final ISelectionProvider editorSelection;
	private final Supplier<PlanPage> plan;

	PlanSelectionLink(ISelectionProvider editorSelection, Supplier<PlanPage> plan) {
		this.editorSelection = editorSelection;
		this.plan = plan;
	}

	@Override
	public List<?> current() {
		return editorSelection.getSelection() instanceof IStructuredSelection structured ? structured.toList() : List.of();
	}

	@Override
	public void keepInPlan(List<?> objects) {
		PlanPage page = plan.get();
		if (page != null && !objects.isEmpty() && !page.viewer().getControl().isDisposed()) {
			page.reveal(objects);
		}
	}
}
