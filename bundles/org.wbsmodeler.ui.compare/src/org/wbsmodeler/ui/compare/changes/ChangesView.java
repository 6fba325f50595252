package org.wbsmodeler.ui.compare.changes;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Plan Changes: the element changes of a comparison (Compare With &gt; Each Other or Git HEAD) as a tree, each element
 * under its WBS code and name with its changes below it. A view rather than an editor, so that it stays beside the
 * plan's editor: selecting a change shows its element in the Plan.
 */
public final class ChangesView extends ViewPart {

	public static final String ID = "org.wbsmodeler.ui.compare.changes";

	private TreeViewer viewer;
	private PlanComparison comparison;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new Content());
		viewer.setLabelProvider(new LabelProvider());
		viewer.addSelectionChangedListener(event -> showInPlan(((IStructuredSelection) event.getSelection()).getFirstElement()));
		getSite().setSelectionProvider(viewer);
		setContentDescription("Select two plans in the Project Explorer: Compare With > Each Other");
	}

	/** Shows a comparison (replacing the one shown). */
	public void show(PlanComparison shown) {
		comparison = shown;
		setPartName("Plan Changes");
		setContentDescription(shown.changeCount() == 0 ? shown.fromName() + " and " + shown.toName() + " are equal: no element changed"
				: "From " + shown.fromName() + " to " + shown.toName() + ": " + shown.changeCount() + " change(s) in " + shown.elements().size()
						+ " element(s)");
		viewer.setInput(shown);
		if (shown.elements().size() <= 500) {
			viewer.expandAll();
		}
	}

	public PlanComparison comparison() {
		return comparison;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	private void showInPlan(Object selected) {
		ChangeRow row = selected instanceof ChangeRow r ? r : selected instanceof ChangedElement e && !e.changes().isEmpty() ? e.changes().get(0) : null;
		if (row == null || comparison == null) {
			return;
		}
		IFile file = comparison.fileShowing(row);
		String problem = file == null ? "Cannot show " + row.element().label() + " in the Plan: it is only in " + comparison.nameShowing(row)
				: ShowInPlan.show(getSite().getPage(), file, row.element().id(), row.element().label());
		getViewSite().getActionBars().getStatusLineManager().setErrorMessage(problem);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** Elements, then their changes. */
	private static final class Content implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof PlanComparison c ? c.elements().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ChangedElement e ? e.changes().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object child) {
			return child instanceof ChangeRow row ? row.element() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ChangedElement e && !e.changes().isEmpty();
		}
	}
}
