package org.wbsmodeler.cli;

import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;

/** Loads the model a command works on; an unreadable file becomes a one-line {@link CliException} with exit 2. */
public final class ModelInput {

	private ModelInput() {
	}

	public static Project load(Console console, String file) throws CliException {
		Path path = console.resolve(file);
		try {
			Project project = ModelFiles.load(path);
			// content of plug-ins that are not installed: kept and saved back, named once per package
			for (Resource.Diagnostic warning : project.eResource().getWarnings()) {
				console.err().println(file + ": warning: " + warning.getMessage());
			}
			return project;
		} catch (ModelLoadException e) {
			// ModelFiles names the absolute path; users typed a relative one
			String message = e.getMessage().startsWith(path.toString()) ? file + e.getMessage().substring(path.toString().length()) : e.getMessage();
			throw new CliException(message, ExitCodes.BAD_INPUT, e);
		}
	}
}
