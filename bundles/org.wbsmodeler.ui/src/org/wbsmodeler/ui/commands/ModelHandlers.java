package org.wbsmodeler.ui.commands;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.model.Project;

/**
 * What every WBS command handler takes from the workbench: the active editor's editing domain, its project (the
 * first root of the first resource), its file and the selected model objects.
 */
final class ModelHandlers {

	private ModelHandlers() {
	}

	static IEditorPart editor(ExecutionEvent event) throws ExecutionException {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor == null || Adapters.adapt(editor, IEditingDomainProvider.class) == null) {
			throw new ExecutionException("no WBS model editor is active");
		}
		return editor;
	}

	static EditingDomain domain(ExecutionEvent event) throws ExecutionException {
		return Adapters.adapt(editor(event), IEditingDomainProvider.class).getEditingDomain();
	}

	static Resource resource(EditingDomain domain) {
		return domain.getResourceSet().getResources().get(0);
	}

	static Project project(EditingDomain domain) {
		return (Project) resource(domain).getContents().get(0);
	}

	/** The model file when the editor shows one of the workspace, else null (a file opened from outside). */
	static IFile file(ExecutionEvent event) throws ExecutionException {
		return Adapters.adapt(editor(event).getEditorInput(), IFile.class);
	}

	static List<EObject> selection(ExecutionEvent event) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			return structured.toList().stream().filter(o -> o instanceof EObject).map(EObject.class::cast).toList();
		}
		return List.of();
	}
}
