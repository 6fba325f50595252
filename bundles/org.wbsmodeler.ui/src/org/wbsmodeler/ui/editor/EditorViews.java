package org.wbsmodeler.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.wbsmodeler.ui.edit.DomainActionBarContributor;
import org.wbsmodeler.ui.edit.DerivedValues;
import org.wbsmodeler.ui.edit.ItemPropertySource;

/**
 * The Outline and Properties pages of one editor, and the selection between them and the editor's pages: what is
 * selected on the active page shows in the Outline and Properties; what is picked in the Outline is revealed on the
 * page. A guard stops the two from echoing each other's selection.
 */
final class EditorViews {

	private static final int OUTLINE_REVEAL_LIMIT = 2000;

	private final AdapterFactory adapterFactory;
	private final EditorSelection selection;
	private final Supplier<DomainActionBarContributor> contributor;
	private final Consumer<List<?>> revealOnPage;
	private final List<PropertySheetPage> propertyPages = new ArrayList<>();
	private WbsOutlinePage outline;
	private boolean syncing;
	private DerivedValues derived = DerivedValues.NONE;

	EditorViews(AdapterFactory adapterFactory, EditorSelection selection, Supplier<DomainActionBarContributor> contributor,
			Consumer<List<?>> revealOnPage) {
		this.adapterFactory = adapterFactory;
		this.selection = selection;
		this.contributor = contributor;
		this.revealOnPage = revealOnPage;
	}

	IContentOutlinePage outline(Resource resource) {
		if (outline == null) {
			outline = new WbsOutlinePage(adapterFactory, resource, contributor.get());
			outline.addSelectionChangedListener(event -> outlineSelectionChanged(event.getSelection()));
		}
		return outline;
	}

	IPropertySheetPage properties() {
		DomainActionBarContributor actions = contributor.get();
		PropertySheetPage page = new PropertySheetPage() {
			@Override
			public void setActionBars(IActionBars actionBars) {
				super.setActionBars(actionBars);
				if (actions != null) {
					actions.shareGlobalActions(this, actionBars);
				}
			}
		};
		page.setPropertySourceProvider(object -> ItemPropertySource.of(adapterFactory, object, derived));
		propertyPages.add(page);
		return page;
	}

	/** The active page's selection becomes the editor's, and the Outline follows. */
	void pageSelectionChanged(ISelection newSelection) {
		selection.setSelection(newSelection);
		if (outline != null && !syncing && outline.viewer() != null && cheapToReveal(newSelection)) {
			syncing = true;
			try {
				outline.viewer().setSelection(newSelection, true);
			} finally {
				syncing = false;
			}
		}
	}

	/**
	 * The Outline is a plain (not virtual) tree: revealing an object creates an item for every sibling on its path.
	 * That is nothing for a hand-made plan and seconds for a row among 100,000 generated ones, so rows in very long
	 * lists are not revealed there (the Plan page, which is virtual, shows them).
	 */
	private static boolean cheapToReveal(ISelection newSelection) {
		if (!(newSelection instanceof IStructuredSelection structured)) {
			return false;
		}
		for (Object object : structured) {
			for (EObject current = object instanceof EObject e ? e : null; current != null; current = current.eContainer()) {
				if (current.eContainmentFeature() != null && current.eContainmentFeature().isMany()
						&& ((List<?>) current.eContainer().eGet(current.eContainmentFeature())).size() > OUTLINE_REVEAL_LIMIT) {
					return false;
				}
			}
		}
		return true;
	}

	private void outlineSelectionChanged(ISelection newSelection) {
		if (syncing) {
			return;
		}
		syncing = true;
		try {
			if (newSelection instanceof IStructuredSelection structured) {
				revealOnPage.accept(structured.toList());
			}
			selection.setSelection(newSelection);
		} finally {
			syncing = false;
		}
	}

	/** Shows an object in the Outline (e.g. one a marker names that no page shows). */
	void selectInOutline(Object object) {
		if (outline != null && outline.viewer() != null) {
			outline.viewer().setSelection(new StructuredSelection(object), true);
		}
	}

	/** After a command: Properties show the new values, the Outline the new codes. */
	void modelChanged() {
		propertyPages.removeIf(page -> page.getControl() == null || page.getControl().isDisposed());
		propertyPages.forEach(PropertySheetPage::refresh);
		if (outline != null) {
			outline.refreshLabels();
		}
	}

	/** Values Properties show computed (the live schedule's) instead of stored. */
	void setDerivedValues(DerivedValues values) {
		derived = values;
	}

	void setInput(Resource resource) {
		if (outline != null) {
			outline.setInput(resource);
		}
	}
}
