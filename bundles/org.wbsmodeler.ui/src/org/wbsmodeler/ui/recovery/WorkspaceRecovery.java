package org.wbsmodeler.ui.recovery;

import java.nio.file.Path;

import org.wbsmodeler.ui.internal.UiActivator;

/** The recovery store of the running workspace: in the UI bundle's state area of the workspace's metadata. */
public final class WorkspaceRecovery {

	private static RecoveryStore store;

	private WorkspaceRecovery() {
	}

	public static synchronized RecoveryStore store() {
		if (store == null) {
			Path state = UiActivator.getDefault().getStateLocation().toFile().toPath();
			store = new RecoveryStore(state.resolve("recovery"));
		}
		return store;
	}
}
