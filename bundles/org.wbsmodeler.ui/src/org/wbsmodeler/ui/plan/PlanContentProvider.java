package org.wbsmodeler.ui.plan;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.wbsmodeler.model.WbsContainer;

/**
 * Lazy content of the Plan tree: the tree asks for a row only when it is about to paint it, and for a row's child
 * count only when the row is shown, so opening a 100,000-activity model touches the rows of one screen.
 */
final class PlanContentProvider implements ILazyTreeContentProvider {

	private final TreeViewer viewer;

	PlanContentProvider(TreeViewer viewer) {
		this.viewer = viewer;
	}

	@Override
	public void updateElement(Object parent, int index) {
		var children = PlanCommands.children((EObject) parent);
		if (index < children.size()) {
			Object child = children.get(index);
			viewer.replace(parent, index, child);
			viewer.setChildCount(child, childCount(child));
		}
	}

	@Override
	public void updateChildCount(Object element, int currentChildCount) {
		int count = childCount(element);
		if (count != currentChildCount) {
			viewer.setChildCount(element, count);
		}
	}

	@Override
	public Object getParent(Object element) {
		return element instanceof EObject object ? object.eContainer() : null;
	}

	private static int childCount(Object element) {
		return element instanceof WbsContainer container ? container.getChildren().size() : 0;
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		// the tree asks for what it needs
	}
}
