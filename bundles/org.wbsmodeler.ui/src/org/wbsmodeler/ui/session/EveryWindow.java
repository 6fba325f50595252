package org.wbsmodeler.ui.session;

import java.util.function.Consumer;

import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Runs something for every workbench window, those open now and those that open later: how a plug-in that follows
 * plan editors as they open (the Conflicts view, shared plans) hooks each window's part service once.
 */
public final class EveryWindow {

	private EveryWindow() {
	}

	public static void watch(IWorkbench workbench, Consumer<IWorkbenchWindow> hook) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			hook.accept(window);
		}
		workbench.addWindowListener(new IWindowListener() {
			@Override
			public void windowOpened(IWorkbenchWindow window) {
				hook.accept(window);
			}

			@Override
			public void windowActivated(IWorkbenchWindow window) {
			}

			@Override
			public void windowDeactivated(IWorkbenchWindow window) {
			}

			@Override
			public void windowClosed(IWorkbenchWindow window) {
			}
		});
	}
}
