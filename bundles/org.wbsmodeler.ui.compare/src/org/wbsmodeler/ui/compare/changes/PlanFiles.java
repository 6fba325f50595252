package org.wbsmodeler.ui.compare.changes;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;

/** Loading the plans a comparison needs, and showing it: one line in an error dialog when a plan cannot be read. */
public final class PlanFiles {

	private PlanFiles() {
	}

	/** A workspace file's plan (what is saved, not an editor's unsaved state). */
	public static Resource load(IFile file) throws ModelLoadException {
		Path path = file.getLocation() == null ? null : file.getLocation().toFile().toPath();
		if (path == null) {
			throw new ModelLoadException(Path.of(file.getName()), 0, "not on the local file system", null);
		}
		return ModelFiles.loadResource(path);
	}

	/** Opens the Plan Changes view on the comparison. */
	public static void show(IWorkbenchPage page, PlanComparison comparison) throws PartInitException {
		((ChangesView) page.showView(ChangesView.ID)).show(comparison);
	}

	/** The one-line error of a comparison that could not be made; a diff's refusal names the two plans. */
	public static void refuse(Shell shell, String title, String from, String to, Exception problem) {
		String line = problem instanceof MergeException ? from + ", " + to + ": " + problem.getMessage() : problem.getMessage();
		MessageDialog.openError(shell, title, line);
	}
}
