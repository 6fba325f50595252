package org.wbsmodeler.studio.files;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens model files in an editor named by id (the WBS model editor unless told otherwise). A missing editor is an
 * error, not a fall-back to the system's program for the file: that would hand a plan to whatever the desktop
 * associates with ".wbs".
 */
public final class ModelEditors {

	private ModelEditors() {
	}

	public static IEditorPart open(IWorkbenchPage page, IFile file, String editorId) throws PartInitException {
		if (!isInstalled(editorId)) {
			throw new PartInitException("no editor " + editorId + " is installed to open " + file.getName());
		}
		return IDE.openEditor(page, file, editorId, true);
	}

	public static boolean isInstalled(String editorId) {
		return PlatformUI.getWorkbench().getEditorRegistry().findEditor(editorId) != null;
	}
}
