package org.wbsmodeler.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.WbsModel;

/** Validates a whole project and flattens the result into the list of problems users see. */
public final class ModelValidation {

	private ModelValidation() {
	}

	public static Diagnostic validate(Project project) {
		WbsModel.init();
		// messages name elements by code: with the project's outline index cached a code is a lookup, not a count of
		// siblings per message (quadratic on a 100,000-activity plan)
		org.wbsmodeler.model.outline.OutlineIndex.of(project);
		return Diagnostician.INSTANCE.validate(project);
	}

	/**
	 * One entry per problem, most severe first and in model order otherwise. The diagnostician passes one chain
	 * through the whole model, so every problem is a direct child of the result.
	 */
	public static List<Diagnostic> problems(Diagnostic diagnostic) {
		List<Diagnostic> result = new ArrayList<>(diagnostic.getChildren());
		result.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
		return result;
	}
}
