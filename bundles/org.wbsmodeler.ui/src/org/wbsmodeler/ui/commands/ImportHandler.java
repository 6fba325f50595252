package org.wbsmodeler.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.wbsmodeler.ui.tasks.ExchangeTasks;

/**
 * WBS > Import…: reads an MS Project, Primavera, Planner, GanttProject … file into a new {@code .wbs} next to it
 * and opens that. The source file is never changed; a file that cannot be read writes nothing.
 */
public final class ImportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		var shell = HandlerUtil.getActiveShell(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		FileDialog dialog = new FileDialog(shell, SWT.OPEN);
		dialog.setText("Import a plan from another tool");
		dialog.setFilterNames(new String[] { "Plans (*.xml, *.mpp, *.mpx, *.xer, *.planner, *.gan)", "All files" });
		dialog.setFilterExtensions(new String[] { "*.xml;*.mpp;*.mpx;*.xer;*.planner;*.gan", "*" });
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		List<String> warnings = new ArrayList<>();
		BackgroundWork.start("Import", shell, () -> ExchangeTasks.importNextTo(Path.of(chosen), warnings), target -> {
			try {
				open(page, target);
			} catch (CoreException e) {
				MessageDialog.openError(shell, "Import", target + " was written but cannot be opened: " + e.getMessage());
				return;
			}
			if (!warnings.isEmpty()) {
				new TextDialog(shell, "Import", "Imported into " + target + " with these warnings:\n\n" + String.join("\n", warnings)).open();
			}
		});
		return null;
	}

	/** Opens the new model: as a workspace file when it lies in the workspace (so markers work), else from disk. */
	static void open(IWorkbenchPage page, Path target) throws CoreException {
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(org.eclipse.core.runtime.IPath.fromOSString(target.toString()));
		if (file != null && file.getProject().isOpen()) {
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
			IDE.openEditor(page, file);
		} else {
			IDE.openEditorOnFileStore(page, EFS.getLocalFileSystem().getStore(target.toUri()));
		}
	}
}
