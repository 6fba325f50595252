package org.wbsmodeler.studio.files;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.studio.StudioIds;

/** File &gt; Open File…: model files from disk, each as a workspace file (see {@link ExternalFiles}) in the model editor. */
public class OpenModelFileHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (window == null) {
			return null;
		}
		Shell shell = window.getShell();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Open File");
		dialog.setFilterExtensions(new String[] { "*.wbs", "*.*" });
		dialog.setFilterNames(new String[] { "WBS models (*.wbs)", "All files" });
		if (dialog.open() == null) {
			return null;
		}
		for (String name : dialog.getFileNames()) {
			Path file = Path.of(dialog.getFilterPath(), name);
			try {
				ModelEditors.open(window.getActivePage(), ExternalFiles.toWorkspace(file), StudioIds.MODEL_EDITOR);
			} catch (CoreException e) {
				MessageDialog.openError(shell, "Open File", file + ": " + e.getStatus().getMessage());
			}
		}
		return null;
	}
}
