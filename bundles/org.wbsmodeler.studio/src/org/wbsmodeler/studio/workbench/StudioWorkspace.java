package org.wbsmodeler.studio.workbench;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The workspace the studio keeps its resources, markers and window layout in: {@code -data DIR} when given, else
 * {@code ~/.wbsmodeler/workspace}. Problems markers need workspace files, so there is always one.
 */
public final class StudioWorkspace {

	private StudioWorkspace() {
	}

	/** Chooses and locks the workspace; returns a one-line problem, or null when the workspace is ours. */
	public static String claim() {
		Location instance = Platform.getInstanceLocation();
		if (instance == null) {
			return "the studio needs a workspace (it was started with -data @none)";
		}
		try {
			if (!instance.isSet()) {
				instance.set(defaultLocation().toUri().toURL(), false);
			}
			if (!instance.lock()) {
				return "the workspace " + instance.getURL().getPath() + " is in use by another WBS Modeler; close that or pass -data DIR";
			}
			return null;
		} catch (IOException | IllegalStateException e) {
			return "cannot use the workspace " + (instance.getURL() != null ? instance.getURL().getPath() : defaultLocation()) + ": "
					+ e.getMessage();
		}
	}

	/** The project a fresh workspace gets, so that File &gt; New has a folder to put a plan in. */
	public static final String PLANS = "Plans";

	/**
	 * Makes (and opens) the "Plans" project in a workspace that has no project at all: without one the New wizard
	 * opened on "No folder specified". A workspace with projects is left as it is.
	 */
	public static void ensurePlansProject() throws org.eclipse.core.runtime.CoreException {
		var root = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot();
		if (root.getProjects().length > 0) {
			return;
		}
		var plans = root.getProject(PLANS);
		plans.create(null);
		plans.open(null);
	}

	static Path defaultLocation() {
		return Path.of(System.getProperty("user.home"), ".wbsmodeler", "workspace");
	}
}
