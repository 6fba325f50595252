package org.wbsmodeler.studio.workbench;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.activities.IWorkbenchActivitySupport;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.wbsmodeler.studio.StudioArguments;
import org.wbsmodeler.studio.StudioIds;

/**
 * The studio's workbench: the WBS Modeling perspective, resources as the page input (so that the Project Explorer
 * and the Problems view have a workspace to show), and after start-up whatever the command line asked for.
 */
public class StudioWorkbenchAdvisor extends WorkbenchAdvisor {

	private final StartupTasks startup;

	public StudioWorkbenchAdvisor(StudioArguments arguments) {
		this.startup = new StartupTasks(arguments);
	}

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// the adapters that let the Project Explorer, Properties and Problems show workspace resources
		IDE.registerAdapters();
		IdeImages.declare(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return StudioIds.PERSPECTIVE;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new StudioWindowAdvisor(configurer);
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void preStartup() {
		// the IDE's Open File, project import and text navigation: enabled by default for the IDE, not wanted here
		IWorkbenchActivitySupport activities = getWorkbenchConfigurer().getWorkbench().getActivitySupport();
		Set<String> enabled = new HashSet<>(activities.getActivityManager().getEnabledActivityIds());
		if (enabled.remove(StudioIds.IDE_ONLY_ACTIVITY)) {
			activities.setEnabledActivityIds(enabled);
		}
	}

	@Override
	public void postStartup() {
		try {
			StudioWorkspace.ensurePlansProject();
		} catch (CoreException e) {
			System.err.println("wbs studio: could not create the Plans project: " + e.getStatus().getMessage());
		}
		// after the event loop has started, so that the tasks can wait for paints
		getWorkbenchConfigurer().getWorkbench().getDisplay().asyncExec(startup::run);
	}

	@Override
	public void postShutdown() {
		try {
			// markers and linked files survive the session only when the workspace is saved
			ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			System.err.println("wbs studio: could not save the workspace: " + e.getStatus().getMessage());
		}
	}

	/** 0, or 1 when the smoke check or the benchmark asked on the command line failed. */
	public int exitCode() {
		return startup.exitCode();
	}
}
