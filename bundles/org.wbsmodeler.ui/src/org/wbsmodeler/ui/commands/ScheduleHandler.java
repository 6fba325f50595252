package org.wbsmodeler.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.ui.tasks.CriticalPathReport;

/** WBS > Schedule: schedules the open model (writing nothing) and shows the critical path. */
public final class ScheduleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			CriticalPathReport report = CriticalPathReport.of(ModelHandlers.project(ModelHandlers.domain(event)));
			new ScheduleDialog(HandlerUtil.getActiveShell(event), report).open();
		} catch (ScheduleModelException e) {
			MessageDialog.openError(HandlerUtil.getActiveShell(event), "Schedule", "The model cannot be scheduled: " + e.getMessage());
		}
		return null;
	}
}
