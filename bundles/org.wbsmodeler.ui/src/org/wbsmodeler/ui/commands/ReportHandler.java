package org.wbsmodeler.ui.commands;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.ui.tasks.DiagramTasks;
import org.wbsmodeler.ui.tasks.ModelSnapshot;

/** WBS > Report…: the stakeholder pages (summary, outline, critical path, Gantt, traceability, processes) as HTML. */
public final class ReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Project project = ModelHandlers.project(ModelHandlers.domain(event));
		var shell = HandlerUtil.getActiveShell(event);
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText("Report");
		dialog.setMessage("The folder to write the HTML report into:");
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		ModelSnapshot snapshot = ModelSnapshot.of(project);
		BackgroundWork.start("Report", shell, () -> DiagramTasks.report(snapshot.project(), Path.of(chosen)),
				index -> MessageDialog.openInformation(shell, "Report", "The report is in " + index + "."));
		return null;
	}
}
