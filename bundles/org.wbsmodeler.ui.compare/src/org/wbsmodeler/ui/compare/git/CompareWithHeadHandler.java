package org.wbsmodeler.ui.compare.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;
import org.wbsmodeler.ui.compare.changes.PlanComparison;
import org.wbsmodeler.ui.compare.changes.PlanFiles;

/** Compare With &gt; Git HEAD: the changes from the plan's last commit to the file as saved. */
public final class CompareWithHeadHandler extends AbstractHandler {

	private static final String TITLE = "Compare With Git HEAD";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = Adapters.adapt(HandlerUtil.getCurrentStructuredSelection(event).getFirstElement(), IFile.class);
		if (file == null || file.getLocation() == null) {
			throw new ExecutionException("Select one plan in a git work tree");
		}
		String headName = "HEAD:" + file.getName();
		try {
			PlanComparison comparison = PlanComparison.of(head(file.getLocation().toFile().toPath()), headName, null, PlanFiles.load(file), file.getName(),
					file);
			PlanFiles.show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), comparison);
		} catch (IOException e) { // git's or the loader's one line (a ModelLoadException is one)
			MessageDialog.openError(HandlerUtil.getActiveShell(event), TITLE, e.getMessage());
		} catch (MergeException | PartInitException e) {
			PlanFiles.refuse(HandlerUtil.getActiveShell(event), TITLE, headName, file.getName(), e);
		}
		return null;
	}

	/** The committed version, loaded from a temporary copy (the loader's one-line errors then name HEAD, not the copy). */
	static Resource head(Path file) throws IOException, ModelLoadException {
		byte[] content = GitWorkTree.headVersion(file);
		Path copy = Files.createTempFile("head-", ".wbs");
		try {
			Files.write(copy, content);
			return ModelFiles.loadResource(copy);
		} catch (ModelLoadException e) {
			throw new IOException(e.getMessage().replace(copy.toString(), "HEAD:" + file.getFileName()), e);
		} finally {
			Files.deleteIfExists(copy);
		}
	}
}
