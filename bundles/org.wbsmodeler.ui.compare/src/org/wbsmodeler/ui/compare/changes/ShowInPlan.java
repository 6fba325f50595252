package org.wbsmodeler.ui.compare.changes;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * Shows an element in the Plan of a plan's model editor, opening the file in the editor if it is not open (without
 * taking the focus from the view the user is working in). The editor's session does the selecting.
 */
public final class ShowInPlan {

	/** The model editor's id. */
	public static final String EDITOR_ID = "org.wbsmodeler.ui.editor";

	private ShowInPlan() {
	}

	/**
	 * Selects the element with that id (or the WBS element it is in) in the Plan.
	 *
	 * @return null when it is shown, else one line saying why not
	 */
	public static String show(IWorkbenchPage page, IFile file, String id, String label) {
		IEditorPart part;
		try {
			part = IDE.openEditor(page, file, EDITOR_ID, false);
		} catch (PartInitException e) {
			return file.getName() + ": " + e.getMessage();
		}
		PlanSession session = part == null ? null : part.getAdapter(PlanSession.class);
		if (session == null) {
			return "Cannot show " + label + " in the Plan: " + file.getName() + " could not be read";
		}
		EObject object = session.project().eResource().getEObject(id);
		if (object == null) {
			return "Cannot show " + label + " in the Plan: it is no longer in " + file.getName();
		}
		EObject owner = PlanComparison.owner(object);
		if (!(owner instanceof WbsElement)) {
			return "Cannot show " + label + " in the Plan: it is not a row of the Plan";
		}
		session.selection().keepInPlan(List.of(owner));
		return null;
	}
}
