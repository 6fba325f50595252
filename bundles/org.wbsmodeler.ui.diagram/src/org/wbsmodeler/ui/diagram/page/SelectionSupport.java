package org.wbsmodeler.ui.diagram.page;

import java.util.List;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.wbsmodeler.ui.edit.SelectionProviderBase;

/** A selection provider over a list of model objects, for the editor (which republishes it to Outline and Properties). */
abstract class SelectionSupport extends SelectionProviderBase {

	protected abstract List<Object> current();

	protected abstract void select(List<?> objects);

	void fire() {
		fireSelectionChanged();
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
