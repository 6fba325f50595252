package org.wbsmodeler.ui.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.wbsmodeler.ui.edit.SelectionProviderBase;

/**
 * The editor's single selection provider: it republishes the selection of whichever viewer is current (the active
 * page's, or the Outline's while the user works there), as model objects. Properties and the action contributor
 * listen only to this.
 */
final class EditorSelection extends SelectionProviderBase {

	private ISelection selection = StructuredSelection.EMPTY;

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection newSelection) {
		selection = newSelection == null ? StructuredSelection.EMPTY : newSelection;
		fireSelectionChanged();
	}
}
