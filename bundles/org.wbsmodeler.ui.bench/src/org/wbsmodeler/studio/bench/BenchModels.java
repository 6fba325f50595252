package org.wbsmodeler.studio.bench;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.wbsmodeler.exchange.bench.RandomProjects;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * The benchmark's models, in a project of their own in the workspace: plans of exactly N activities with phases,
 * deliverables, work packages, milestones, links of all types, resources and baselines ({@link RandomProjects}),
 * written as ordinary {@code .wbs} files so that the editor opens them as a user's.
 */
public final class BenchModels {

	public static final String PROJECT = "WBS Modeler benchmark";

	private BenchModels() {
	}

	/** The benchmark project, created and opened if needed. */
	public static IProject project() throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		return project;
	}

	/** Writes a model of {@code activities} activities into the project; the model is not kept in memory. */
	public static IFile write(IProject project, int activities, long seed) throws CoreException, IOException {
		IFile file = project.getFile("bench-" + activities + ".wbs");
		ModelFiles.save(RandomProjects.withActivities(activities, seed), file.getLocation().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, null);
		return file;
	}

	/** Removes the project and its files: a benchmark leaves nothing behind. */
	public static void delete(IProject project) throws CoreException {
		project.delete(true, true, null);
	}
}
