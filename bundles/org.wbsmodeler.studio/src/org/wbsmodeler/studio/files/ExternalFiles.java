package org.wbsmodeler.studio.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;

/**
 * Model files from anywhere on disk as workspace files. Problems markers, the Properties of a resource and the
 * editor's reload-on-change all need an {@link IFile}, which an editor opened on a bare file store would not have.
 * A file inside an open project is used as it is; any other file is <em>linked</em> (not copied) into the visible
 * project {@value #PROJECT}, so saving writes the original file and the Project Explorer shows what is open from
 * outside.
 */
public final class ExternalFiles {

	public static final String PROJECT = "External Files";

	private ExternalFiles() {
	}

	/** The workspace file that stands for {@code file}; creates the link (and the project) when needed. */
	public static IFile toWorkspace(Path file) throws CoreException {
		Path real = file.toAbsolutePath().normalize();
		if (!Files.isRegularFile(real)) {
			throw new CoreException(Status.error(real + ": no such file"));
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		for (IFile existing : workspace.getRoot().findFilesForLocationURI(real.toUri())) {
			if (existing.isAccessible()) {
				return existing;
			}
		}
		IFile[] linked = new IFile[1];
		workspace.run(monitor -> linked[0] = link(workspace.getRoot(), real), workspace.getRoot(), IWorkspace.AVOID_UPDATE,
				new NullProgressMonitor());
		return linked[0];
	}

	private static IFile link(IWorkspaceRoot root, Path real) throws CoreException {
		IProject project = root.getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IPath location = IPath.fromPath(real);
		String name = real.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String extension = dot > 0 ? name.substring(dot) : "";
		for (int n = 2;; n++) {
			IFile candidate = project.getFile(name);
			if (!candidate.exists()) {
				candidate.createLink(location, IResource.NONE, null);
				return candidate;
			}
			if (location.equals(candidate.getLocation())) {
				return candidate;
			}
			if (candidate.isLinked() && !candidate.getLocation().toFile().exists()) {
				// a link whose file was moved or deleted: reuse the name rather than pile up "(2)", "(3)"…
				candidate.delete(IResource.NONE, null);
				continue;
			}
			name = stem + " (" + n + ")" + extension;
		}
	}
}
