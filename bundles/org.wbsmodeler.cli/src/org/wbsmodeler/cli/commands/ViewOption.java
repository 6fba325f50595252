package org.wbsmodeler.cli.commands;

import java.util.stream.Collectors;

import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.view.ViewFilter;

/** {@code --view NAME} of render, report and export: the named view of the model, or one line saying it has none. */
final class ViewOption {

	static final String OPTION = "--view";

	private ViewOption() {
	}

	/** The view named {@code name} in the model read from {@code file}; {@code null} when no name was given. */
	static View find(String file, Project project, String name) throws CliException {
		if (name == null) {
			return null;
		}
		View view = ViewFilter.find(project, name);
		if (view == null) {
			String known = project.getViews().stream().map(v -> "'" + v.getName() + "'").collect(Collectors.joining(", "));
			throw new CliException(file + ": no view '" + name + "'" + (known.isEmpty() ? " (the model has no views)" : "; its views: " + known),
					ExitCodes.BAD_INPUT, null);
		}
		return view;
	}
}
