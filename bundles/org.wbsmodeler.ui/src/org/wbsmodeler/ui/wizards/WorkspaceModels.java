package org.wbsmodeler.ui.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.operation.IRunnableContext;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.ContainerGenerator;
import org.eclipse.ui.ide.IDE;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * Writing a new model into the workspace, as the New and Import wizards do: missing folders are made, the file is
 * written atomically by {@link ModelFiles#save(Project, Path)} (whole or not at all, never a half-written model)
 * and the workspace is refreshed so that the file, its markers and its editor see it.
 */
final class WorkspaceModels {

	private WorkspaceModels() {
	}

	/** The workspace file at a full path ({@code /project/folder/plan.wbs}). */
	static IFile file(IPath fullPath) {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(fullPath);
	}

	/**
	 * Writes the project to a new workspace file. Refuses a file that exists (a wizard never overwrites a model) and
	 * a folder outside an open project.
	 */
	static void create(IRunnableContext context, IFile file, Project project) throws IOException, InterruptedException {
		try {
			context.run(false, false, new WorkspaceModifyOperation(file.getParent()) {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException, InvocationTargetException {
					if (file.exists()) {
						throw new InvocationTargetException(new IOException(file.getFullPath() + " exists already"));
					}
					IContainer folder = file.getParent();
					if (!folder.exists()) {
						new ContainerGenerator(folder.getFullPath()).generateContainer(monitor);
					}
					try {
						ModelFiles.save(project, Path.of(file.getLocationURI()));
					} catch (IOException e) {
						throw new InvocationTargetException(e);
					}
					file.refreshLocal(IResource.DEPTH_ZERO, monitor);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof IOException io) {
				throw io;
			}
			throw new IOException(file.getFullPath() + ": cannot write (" + (cause.getMessage() == null ? cause : cause.getMessage()) + ")", cause);
		}
	}

	/** Opens the file in its editor (the WBS model editor) in the active page. */
	static void open(IWorkbench workbench, IFile file) throws PartInitException {
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			IDE.openEditor(page, file, true);
		}
	}

	/** An I/O failure in words: Java's file-system exceptions carry only the path as their message. */
	static String describe(IOException e) {
		if (e instanceof java.nio.file.FileAlreadyExistsException) {
			return "a file is in the way: " + e.getMessage();
		}
		if (e instanceof java.nio.file.NoSuchFileException) {
			return "no such folder: " + e.getMessage();
		}
		if (e instanceof java.nio.file.AccessDeniedException) {
			return "no permission: " + e.getMessage();
		}
		return oneLine(e);
	}

	/** The message of a failure as one line, for a wizard page's error area. */
	static String oneLine(Throwable e) {
		String message = e.getMessage() == null ? e.toString() : e.getMessage();
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
