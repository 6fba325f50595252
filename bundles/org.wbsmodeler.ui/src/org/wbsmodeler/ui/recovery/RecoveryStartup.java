package org.wbsmodeler.ui.recovery;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Once the workbench is up (the studio or an IDE with the plug-in), offers the plans a crash left unsaved. The
 * workbench calls this off the UI thread; the dialog opens on it.
 */
public final class RecoveryStartup implements IStartup {

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		if (WorkspaceRecovery.store().list().isEmpty()) {
			return;
		}
		workbench.getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null && workbench.getWorkbenchWindowCount() > 0) {
				window = workbench.getWorkbenchWindows()[0];
			}
			if (window != null && !workbench.isClosing()) {
				RecoveryOffer.offer(window);
			}
		});
	}
}
