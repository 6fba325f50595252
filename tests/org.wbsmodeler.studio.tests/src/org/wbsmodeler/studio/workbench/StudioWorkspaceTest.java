package org.wbsmodeler.studio.workbench;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.After;
import org.junit.Test;

/** A fresh studio workspace gets a "Plans" project, so that File &gt; New has a folder to offer. */
public class StudioWorkspaceTest {

	@After
	public void removeTheProjects() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}

	@Test
	public void aWorkspaceWithoutProjectsGetsPlansAndOneWithProjectsIsLeftAlone() throws CoreException {
		removeTheProjects();
		StudioWorkspace.ensurePlansProject();
		IProject plans = ResourcesPlugin.getWorkspace().getRoot().getProject(StudioWorkspace.PLANS);
		assertTrue("Plans made", plans.exists());
		assertTrue("and open", plans.isOpen());
		plans.delete(true, true, null);
		IProject other = ResourcesPlugin.getWorkspace().getRoot().getProject("Mine");
		other.create(null);
		StudioWorkspace.ensurePlansProject();
		assertFalse("a workspace with a project of its own gets none", plans.exists());
		assertEquals(1, ResourcesPlugin.getWorkspace().getRoot().getProjects().length);
	}
}
