package org.wbsmodeler.ui.diagram.page;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/** A selection provider over a list of model objects, for the editor (which republishes it to Outline and Properties). */
abstract class SelectionSupport implements ISelectionProvider {

	private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();

	protected abstract List<Object> current();

	protected abstract void select(List<?> objects);

	void fire() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return new StructuredSelection(current());
	}

	@Override
	public void setSelection(ISelection selection) {
		select(selection instanceof IStructuredSelection structured ? structured.toList() : List.of());
	}
}
