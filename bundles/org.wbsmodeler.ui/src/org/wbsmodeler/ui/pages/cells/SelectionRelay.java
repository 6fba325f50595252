package org.wbsmodeler.ui.pages.cells;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.swt.SWT;
import org.wbsmodeler.ui.edit.SelectionProviderBase;

/**
 * A page's one selection provider over its several viewers: the selection of the viewer the user worked in last,
 * as model objects only (group rows such as a requirement kind are left out).
 */
public final class SelectionRelay extends SelectionProviderBase {

	private StructuredViewer current;

	/** Relays this viewer's selection from the moment it gets the focus or its selection changes. */
	public void track(StructuredViewer viewer) {
		viewer.getControl().addListener(SWT.FocusIn, event -> activate(viewer));
		viewer.addSelectionChangedListener(event -> {
			current = viewer;
			fireSelectionChanged();
		});
	}

	private void activate(StructuredViewer viewer) {
		if (current != viewer) {
			current = viewer;
			fireSelectionChanged();
		}
	}

	@Override
	public ISelection getSelection() {
		if (current == null || current.getControl().isDisposed()) {
			return StructuredSelection.EMPTY;
		}
		List<?> objects = ((IStructuredSelection) current.getSelection()).toList().stream().filter(EObject.class::isInstance).toList();
		return new StructuredSelection(objects);
	}

	@Override
	public void setSelection(ISelection selection) {
		if (current != null) {
			current.setSelection(selection, true);
		}
	}
}
