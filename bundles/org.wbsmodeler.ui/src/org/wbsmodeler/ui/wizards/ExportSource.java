package org.wbsmodeler.ui.wizards;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/**
 * Where Export takes a model from: the model editor open on the file (what the user sees, unsaved edits included,
 * copied so the export never touches the live model), else the file as saved.
 */
final class ExportSource {

	private final IWorkbench workbench;

	ExportSource(IWorkbench workbench) {
		this.workbench = workbench;
	}

	Project project(IFile file) throws ModelLoadException {
		IEditorPart editor = openEditor(file);
		IEditingDomainProvider domain = editor == null ? null : Adapters.adapt(editor, IEditingDomainProvider.class);
		if (domain != null && !domain.getEditingDomain().getResourceSet().getResources().isEmpty()
				&& !domain.getEditingDomain().getResourceSet().getResources().get(0).getContents().isEmpty()
				&& domain.getEditingDomain().getResourceSet().getResources().get(0).getContents().get(0) instanceof Project live) {
			return ModelSnapshot.of(live).project();
		}
		return ModelFiles.load(Path.of(file.getLocationURI()));
	}

	/** The workspace file an editor's selection or input stands for, to preselect it. */
	static IFile fileOf(Object element) {
		IFile file = Adapters.adapt(element, IFile.class);
		return file != null && "wbs".equals(file.getFileExtension()) ? file : null;
	}

	/** The active editor's model file, when the active editor shows one. */
	IFile activeModelFile() {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		return editor == null ? null : fileOf(editor.getEditorInput());
	}

	private IEditorPart openEditor(IFile file) {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return null;
		}
		for (IEditorReference reference : window.getActivePage().getEditorReferences()) {
			try {
				if (file.equals(Adapters.adapt(reference.getEditorInput(), IFile.class))) {
					return reference.getEditor(false);
				}
			} catch (PartInitException e) {
				// an editor that cannot say its input is not ours
			}
		}
		return null;
	}
}
