package org.wbsmodeler.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The UI bundle's activator: the shared instance gives access to the bundle's log and image registry. */
public class UiActivator extends AbstractUIPlugin {

	public static final String PLUGIN_ID = "org.wbsmodeler.ui";

	private static UiActivator instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	public static UiActivator getDefault() {
		return instance;
	}

	/** Logs a problem the user did not cause (a bug, an I/O failure behind the scenes) to the platform log. */
	public static void log(String message, Throwable cause) {
		ILog.of(UiActivator.class).log(new Status(IStatus.ERROR, PLUGIN_ID, message, cause));
	}
}
