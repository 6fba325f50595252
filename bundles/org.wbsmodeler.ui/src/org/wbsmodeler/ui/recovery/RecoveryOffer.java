package org.wbsmodeler.ui.recovery;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * At start-up: when plans were left with unsaved changes (the studio was killed or crashed), the user is asked
 * whether to recover or discard them ({@link RecoveryDialog}).
 */
public final class RecoveryOffer {

	private RecoveryOffer() {
	}

	/** Offers what the workspace's recovery store keeps, if anything; returns the dialog's answer, or -1 when nothing was kept. */
	public static int offer(IWorkbenchWindow window) {
		RecoveryStore store = WorkspaceRecovery.store();
		List<RecoveryStore.Recovery> kept = store.list();
		if (kept.isEmpty()) {
			return -1;
		}
		int answer = new RecoveryDialog(window.getShell(), kept).open();
		if (answer == RecoveryDialog.RECOVER) {
			recover(window.getActivePage(), store, kept);
		} else if (answer == RecoveryDialog.DISCARD) {
			for (RecoveryStore.Recovery recovery : kept) {
				try {
					store.delete(recovery.plan());
				} catch (IOException e) {
					MessageDialog.openError(window.getShell(), RecoveryDialog.TITLE, "Could not discard the changes of " + recovery.plan() + ": " + e.getMessage());
				}
			}
		}
		return answer;
	}

	/** Opens each plan in the model editor from its kept state (an editor the workbench restored on the file is reopened). */
	public static void recover(IWorkbenchPage page, RecoveryStore store, List<RecoveryStore.Recovery> kept) {
		for (RecoveryStore.Recovery recovery : kept) {
			closeCleanEditorOn(page, recovery);
			store.claim(recovery.plan());
			try {
				IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(recovery.plan().toUri()));
			} catch (PartInitException e) {
				store.takeClaim(recovery.plan());
				MessageDialog.openError(page.getWorkbenchWindow().getShell(), RecoveryDialog.TITLE,
						"Could not open " + recovery.plan() + ": " + e.getStatus().getMessage() + "\nIts changes are kept for the next start.");
			}
		}
	}

	private static void closeCleanEditorOn(IWorkbenchPage page, RecoveryStore.Recovery recovery) {
		for (IEditorReference reference : page.getEditorReferences()) {
			try {
				if (reference.getEditorInput() instanceof IURIEditorInput input && input.getURI() != null && "file".equals(input.getURI().getScheme())
						&& recovery.plan().toAbsolutePath().normalize().equals(java.nio.file.Path.of(input.getURI()).toAbsolutePath().normalize())) {
					IEditorPart editor = reference.getEditor(false);
					if (editor == null || !editor.isDirty()) {
						page.closeEditors(new IEditorReference[] { reference }, false);
					}
				}
			} catch (PartInitException e) {
				// an editor that cannot say what it shows is not the plan's
			}
		}
	}
}
