package org.wbsmodeler.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.ui.edit.DateFormats;
import org.wbsmodeler.ui.tasks.BaselineCommands;

/** WBS > Save baseline…: asks a name and saves the current schedule, work and costs under it (undoable). */
public final class SaveBaselineHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		EditingDomain domain = ModelHandlers.domain(event);
		Project project = ModelHandlers.project(domain);
		var shell = HandlerUtil.getActiveShell(event);
		InputDialog ask = new InputDialog(shell, "Save baseline", "Name of the baseline (a baseline of the same name is replaced):",
				"Baseline " + (project.getBaselines().size() + 1), text -> text.isBlank() ? "A baseline needs a name" : null);
		if (ask.open() != Window.OK) {
			return null;
		}
		try {
			domain.getCommandStack().execute(BaselineCommands.save(domain, project, ask.getValue().trim(), DateFormats.now()));
		} catch (ScheduleModelException e) {
			MessageDialog.openError(shell, "Save baseline", "The model cannot be scheduled: " + e.getMessage());
		}
		return null;
	}
}
