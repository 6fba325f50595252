package org.wbsmodeler.ui.team.open;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Shared Plan…: asks for server, token and plan, checks it out and opens it. */
public final class OpenSharedPlanHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		OpenSharedPlanDialog dialog = new OpenSharedPlanDialog(window.getShell());
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			IFile file = OpenSharedPlan.checkout(dialog.address(), dialog.token(), null);
			OpenSharedPlan.open(window.getActivePage(), file);
		} catch (Exception e) {
			String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
			if (e instanceof java.net.ConnectException) {
				message = "cannot connect to " + dialog.address().server();
			}
			MessageDialog.openError(window.getShell(), OpenSharedPlanDialog.TITLE, "Plan " + dialog.address().plan() + ": " + message);
		}
		return null;
	}
}
