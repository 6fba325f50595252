package org.wbsmodeler.ui.team.open;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.client.WorkingCopy;
import org.wbsmodeler.server.plan.ModelBuilder;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.PlanException;
import org.wbsmodeler.ui.editor.WbsEditor;
import org.wbsmodeler.ui.team.editor.SharedEditors;
import org.wbsmodeler.ui.team.editor.TeamTokens;

/**
 * Checks a shared plan out into the workspace (project {@value #PROJECT}, a file named after the plan) and opens it
 * in the plan editor, which then commits on save and takes in others' commits.
 */
public final class OpenSharedPlan {

	public static final String PROJECT = "Shared Plans";

	private OpenSharedPlan() {
	}

	/** {@code http://host:port} and a plan id, from a plan's address or a server address and an id. */
	public record Address(String server, long plan) {
		public static Address parse(String server, String plan) throws PlanException {
			String text = plan.strip();
			try {
				if (text.contains("/plans/")) {
					URI uri = URI.create(text);
					return new Address(uri.getScheme() + "://" + uri.getAuthority(), Long.parseLong(text.substring(text.lastIndexOf('/') + 1)));
				}
				URI uri = URI.create(server.strip());
				if (uri.getScheme() == null || uri.getHost() == null) {
					throw new PlanException("'" + server + "' is not a server address like http://127.0.0.1:8080");
				}
				return new Address(uri.getScheme() + "://" + uri.getAuthority(), Long.parseLong(text));
			} catch (IllegalArgumentException e) {
				throw new PlanException("'" + plan + "' is neither a plan number nor a plan address like http://127.0.0.1:8080/plans/1");
			}
		}
	}

	/** Checks out (network, files): the workspace file. */
	public static IFile checkout(Address address, String token, IProgressMonitor monitor) throws IOException, PlanException, CoreException {
		PlanClient.Checkout checkout;
		// the model is built while the rows download; its file's name comes with the plan's name, and saving does not need it
		ModelBuilder model = new PlanCodec().builder(org.eclipse.emf.common.util.URI.createURI("checkout.wbs"));
		try (PlanClient client = new PlanClient(address.server(), token)) {
			checkout = client.checkout(address.plan(), model::add);
		}
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		String stem = checkout.name().replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
		IFile file = project.getFile((stem.isEmpty() ? "plan" : stem) + "-" + address.plan() + ".wbs");
		Path path = file.getLocation().toFile().toPath();
		WorkingCopy.write(path, model.finish(), address.server(), address.plan(), checkout.revision(), checkout.rows());
		project.refreshLocal(IProject.DEPTH_INFINITE, monitor);
		TeamTokens.put(address.server(), token);
		return file;
	}

	/** Opens the checked-out file in the plan editor, as a shared plan. */
	public static IEditorPart open(IWorkbenchPage page, IFile file) throws PartInitException {
		SharedEditors.hook();
		IEditorPart editor = IDE.openEditor(page, file, WbsEditor.ID, true);
		if (editor instanceof WbsEditor wbs) {
			SharedEditors.attach(wbs);
		}
		return editor;
	}
}
