package org.wbsmodeler.ui.diagram.page;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.pages.PageContext;

/**
 * The model editor a page belongs to (the one with the page's editing domain), for what a page does across pages:
 * picking up the editor's selection when it comes to the front, and leaving its own in the Plan tree when it goes,
 * so that the tree and the diagrams show the same selection whichever the user looks at.
 */
final class EditorLink {

	private final WbsEditor editor;

	private EditorLink(WbsEditor editor) {
		this.editor = editor;
	}

	static Optional<EditorLink> of(PageContext context) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return Optional.empty();
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof WbsEditor editor && editor.getEditingDomain() == context.domain()) {
						return Optional.of(new EditorLink(editor));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** What the editor has selected (the page that was in front until now, or the Outline). */
	List<?> editorSelection() {
		return editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection structured ? structured.toList() : List.of();
	}

	/** Selects these objects in the Plan tree (which reports it only while it is the active page). */
	void showInPlan(List<Object> objects) {
		if (editor.planPage() != null && !objects.isEmpty() && !editor.planPage().viewer().getControl().isDisposed()) {
			editor.planPage().reveal(objects);
		}
	}
}
