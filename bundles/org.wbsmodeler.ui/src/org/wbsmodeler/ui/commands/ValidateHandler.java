package org.wbsmodeler.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.wbsmodeler.ui.markers.ModelProblem;
import org.wbsmodeler.ui.markers.ProblemMarkers;

/** WBS > Validate: validates the open model now, updates its Problems markers and says how many there are. */
public final class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		EditingDomain domain = ModelHandlers.domain(event);
		IFile file = ModelHandlers.file(event);
		List<ModelProblem> problems;
		try {
			problems = file != null ? ProblemMarkers.update(file, ModelHandlers.resource(domain))
					: ProblemMarkers.validate(ModelHandlers.project(domain), ModelHandlers.resource(domain)::getURIFragment);
		} catch (CoreException e) {
			throw new ExecutionException("cannot write the problem markers", e);
		}
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Validate", summary(problems, file != null));
		return null;
	}

	/** "2 errors, 3 warnings (see the Problems view)" or "No problems". */
	static String summary(List<ModelProblem> problems, boolean markers) {
		if (problems.isEmpty()) {
			return "No problems: the model is valid.";
		}
		long errors = problems.stream().filter(p -> p.severity() == IMarker.SEVERITY_ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == IMarker.SEVERITY_WARNING).count();
		StringBuilder text = new StringBuilder(errors + " error(s), " + warnings + " warning(s)");
		if (markers) {
			return text.append(" — see the Problems view.").toString();
		}
		text.append(":\n");
		problems.stream().limit(20).forEach(p -> text.append("\n").append(p.message()));
		return text.toString();
	}
}
