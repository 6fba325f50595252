package org.wbsmodeler.ui.diagram.gantt;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.wbsmodeler.ui.editor.WbsEditor;

/**
 * The model editor a page belongs to: the one whose editing domain the page was given. The page asks it for the live
 * schedule (one schedule for all pages), its selection when the page comes to the front, and the Plan page.
 */
final class OwningEditor {

	private OwningEditor() {
	}

	/** The editor with this editing domain, or null (no workbench, or the editor is still being made). */
	static WbsEditor of(EditingDomain domain) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof WbsEditor editor && editor.getEditingDomain() == domain) {
						return editor;
					}
				}
			}
		}
		return null;
	}
}
