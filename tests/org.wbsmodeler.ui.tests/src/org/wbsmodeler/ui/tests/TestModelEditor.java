package org.wbsmodeler.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.wbsmodeler.ui.pages.scope.ScopePage;

/**
 * The smallest editor the WBS commands work with, as the real editor will be for them: it provides an editing
 * domain over the model of its file, and one page (Scope) whose selection is the editor's selection.
 */
public class TestModelEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.wbsmodeler.ui.tests.modelEditor";

	private ModelFixture model;
	private ScopePage page;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		try {
			model = new ModelFixture(Path.of(((IFileEditorInput) input).getFile().getLocationURI()));
		} catch (Exception e) {
			throw new PartInitException("cannot load " + input.getName(), e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		page = new ScopePage(model.context);
		page.createControl(parent);
		getSite().setSelectionProvider(page.selectionProvider());
	}

	public ModelFixture model() {
		return model;
	}

	public ScopePage page() {
		return page;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return model.domain;
	}

	@Override
	public void dispose() {
		if (page != null) {
			page.dispose();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		page.viewer(ScopePage.REQUIREMENTS).getControl().setFocus();
	}
}
