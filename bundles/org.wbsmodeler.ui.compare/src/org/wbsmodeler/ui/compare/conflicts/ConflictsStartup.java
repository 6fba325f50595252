package org.wbsmodeler.ui.compare.conflicts;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.wbsmodeler.merge.MergeException;

/**
 * A plan merged with conflicts opens with the Conflicts view: once the workbench is up, each window's plan editors
 * (those open already and those opened later) are checked for a conflict list beside their file.
 */
public final class ConflictsStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			if (workbench.isClosing()) {
				return;
			}
			org.wbsmodeler.ui.session.EveryWindow.watch(workbench, ConflictsStartup::watch);
		});
	}

	private static void watch(IWorkbenchWindow window) {
		window.getPartService().addPartListener(new IPartListener2() {
			@Override
			public void partOpened(IWorkbenchPartReference ref) {
				if (ref.getPart(false) instanceof IEditorPart editor) {
					showIfConflicted(ref.getPage(), editor);
				}
			}
		});
		IWorkbenchPage page = window.getActivePage();
		if (page != null) {
			for (var ref : page.getEditorReferences()) {
				if (ref.getEditor(false) != null) {
					showIfConflicted(page, ref.getEditor(false));
				}
			}
		}
	}

	/** Shows the Conflicts view (without taking the focus) if the editor's plan has a conflict list, or a bad one. */
	static void showIfConflicted(IWorkbenchPage page, IEditorPart editor) {
		boolean show;
		try {
			show = ConflictSessions.of(editor) != null;
		} catch (MergeException e) {
			show = true; // the view says what is wrong with the list
		}
		if (show) {
			page.getWorkbenchWindow().getShell().getDisplay().asyncExec(() -> {
				try {
					if (page.getWorkbenchWindow().getActivePage() == page) {
						page.showView(ConflictsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
					}
				} catch (PartInitException e) {
					ILog.of(ConflictsStartup.class).error("cannot show the Conflicts view: " + e.getMessage(), e);
				}
			});
		}
	}
}
