package org.wbsmodeler.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.wbsmodeler.ui.edit.DomainActionBarContributor;
import org.wbsmodeler.ui.edit.ItemContentProvider;
import org.wbsmodeler.ui.edit.ItemLabelProvider;

/**
 * The Outline: the whole model (breakdown, calendars, resources, scope) as the item providers show it, with the
 * editor's Undo/Delete/… while it has the focus. Its selection is synchronised with the editor's by the editor.
 */
final class WbsOutlinePage extends ContentOutlinePage {

	private final AdapterFactory adapterFactory;
	private final DomainActionBarContributor contributor;
	private Resource input;
	private ItemContentProvider contentProvider;

	WbsOutlinePage(AdapterFactory adapterFactory, Resource input, DomainActionBarContributor contributor) {
		this.adapterFactory = adapterFactory;
		this.input = input;
		this.contributor = contributor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		contentProvider = new ItemContentProvider(adapterFactory);
		viewer.setContentProvider(contentProvider);
		viewer.setLabelProvider(new ItemLabelProvider(adapterFactory));
		viewer.setUseHashlookup(true);
		setInput(input);
	}

	/** Shows another resource (after a reload). */
	void setInput(Resource resource) {
		input = resource;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(resource);
			// the project and its top level: deeper levels open on demand (the Outline is not virtual)
			viewer.expandToLevel(2);
		}
	}

	/** Labels show WBS codes, which a move changes for rows it did not touch: relabel what is shown. */
	void refreshLabels() {
		if (contentProvider != null) {
			contentProvider.refreshLabels();
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		if (contributor != null) {
			contributor.shareGlobalActions(this, actionBars);
		}
	}

	TreeViewer viewer() {
		return getTreeViewer();
	}
}
