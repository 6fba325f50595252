package org.wbsmodeler.ui.plan;

import org.wbsmodeler.model.util.WbsTree;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;

/**
 * Lazy content of the Plan tree: the tree asks for a row only when it is about to paint it, and for a row's child
 * count only when the row is shown, so opening a 100,000-activity model touches the rows of one screen.
 */
final class PlanContentProvider implements ILazyTreeContentProvider {

	private final TreeViewer viewer;
	/** The rows a view keeps, or null for all; a container's kept children are worked out once per refresh. */
	private java.util.Set<WbsElement> kept;
	private final java.util.Map<Object, java.util.List<WbsElement>> keptChildren = new java.util.IdentityHashMap<>();

	PlanContentProvider(TreeViewer viewer) {
		this.viewer = viewer;
	}

	/** Shows only these rows (a view's), or all for null. */
	void setKept(java.util.Set<WbsElement> rows) {
		kept = rows;
		keptChildren.clear();
	}

	/** Whether a row is among those shown (a view's or the filter's), collapsed or not. */
	boolean shows(WbsElement row) {
		return kept == null || kept.contains(row);
	}

	/** Forgets the kept children worked out so far (the model changed). */
	void forget() {
		keptChildren.clear();
	}

	private java.util.List<WbsElement> children(Object parent) {
		// a lazy tree asks about an item whose data a refresh has just cleared (parent null) or about a row deleted
		// since it was shown: it has no rows (a view switched after deletes and undos used to end in an NPE here)
		if (!(parent instanceof WbsContainer)) {
			return java.util.List.of();
		}
		java.util.List<WbsElement> all = WbsTree.children((EObject) parent);
		return kept == null ? all : keptChildren.computeIfAbsent(parent, p -> all.stream().filter(kept::contains).toList());
	}

	@Override
	public void updateElement(Object parent, int index) {
		if (parent == null) {
			return;
		}
		var children = children(parent);
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

	private int childCount(Object element) {
		return element instanceof WbsContainer ? children(element).size() : 0;
	}

	@Override
	public void inputChanged(Viewer v, Object oldInput, Object newInput) {
		// the tree asks for what it needs
	}
}
