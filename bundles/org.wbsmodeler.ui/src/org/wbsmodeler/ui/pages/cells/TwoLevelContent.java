package org.wbsmodeler.ui.pages.cells;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * A tree of two levels, parents and their children (processes and steps, objectives and KPIs), asked of the model
 * at every refresh: the model's lists change under it.
 */
public final class TwoLevelContent<P> implements ITreeContentProvider {

	private final Supplier<List<? extends P>> parents;
	private final Class<P> parentType;
	private final Function<P, List<?>> children;

	public TwoLevelContent(Supplier<List<? extends P>> parents, Class<P> parentType, Function<P, List<?>> children) {
		this.parents = parents;
		this.parentType = parentType;
		this.children = children;
	}

	@Override
	public Object[] getElements(Object input) {
		return parents.get().toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		return parentType.isInstance(parent) ? children.apply(parentType.cast(parent)).toArray() : new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		return !parentType.isInstance(element) && element instanceof EObject child ? child.eContainer() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		return getChildren(element).length > 0;
	}
}
