package org.wbsmodeler.ui.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.validation.ModelValidation;
import org.wbsmodeler.ui.pages.cells.ModelTexts;

/**
 * The model validator's results as Problems markers on the model's file: type {@link #TYPE} (a problem marker,
 * not persistent), the message naming the element's code, {@code location} the code and {@link #ELEMENT_ID} the
 * element's id, by which the editor's {@code gotoMarker} finds and selects it. Each update replaces all markers of
 * the type on the file.
 */
public final class ProblemMarkers {

	public static final String TYPE = "org.wbsmodeler.ui.problem";

	/** Marker attribute: the id (URI fragment) of the element a problem is about. */
	public static final String ELEMENT_ID = "elementId";

	private ProblemMarkers() {
	}

	/** Validates the project of a resource on this thread and replaces the file's markers; returns the problems. */
	public static List<ModelProblem> update(IFile file, Resource resource) throws CoreException {
		Project project = (Project) resource.getContents().get(0);
		List<ModelProblem> problems = validate(project, resource::getURIFragment);
		replace(file, problems);
		return problems;
	}

	/**
	 * Validates a project (the live one or a snapshot) and describes each problem.
	 *
	 * @param idOf the id of an object of this project in its file
	 */
	public static List<ModelProblem> validate(Project project, Function<EObject, String> idOf) {
		List<ModelProblem> result = new ArrayList<>();
		for (Diagnostic diagnostic : ModelValidation.problems(ModelValidation.validate(project))) {
			EObject target = target(diagnostic);
			result.add(new ModelProblem(severity(diagnostic.getSeverity()), diagnostic.getMessage(), target == null ? "" : location(target),
					target == null ? null : idOf.apply(target)));
		}
		return result;
	}

	/** Replaces the markers of {@link #TYPE} on the file, in one workspace operation (one Problems view refresh). */
	public static void replace(IFile file, List<ModelProblem> problems) throws CoreException {
		if (!file.exists()) {
			return;
		}
		IWorkspaceRunnable write = monitor -> {
			file.deleteMarkers(TYPE, true, IResource.DEPTH_ZERO);
			for (ModelProblem problem : problems) {
				// made with its attributes in one step: a reader on another thread never sees a marker without them
				java.util.Map<String, Object> attributes = new java.util.HashMap<>();
				attributes.put(IMarker.MESSAGE, problem.message());
				attributes.put(IMarker.SEVERITY, problem.severity());
				attributes.put(IMarker.LOCATION, problem.location());
				if (problem.elementId() != null) {
					attributes.put(ELEMENT_ID, problem.elementId());
				}
				file.createMarker(TYPE, attributes);
			}
		};
		file.getWorkspace().run(write, file, IResource.NONE, null);
	}

	/** The current markers of the type on a file. */
	public static IMarker[] of(IFile file) throws CoreException {
		return file.exists() ? file.findMarkers(TYPE, true, IResource.DEPTH_ZERO) : new IMarker[0];
	}

	/**
	 * The object a problem is about: the first one the diagnostic names; a link or an assignment stands for the WBS
	 * element that holds it, which is what the editor can select.
	 */
	static EObject target(Diagnostic diagnostic) {
		for (Object data : diagnostic.getData()) {
			if (data instanceof EObject object) {
				boolean part = object instanceof Dependency || object instanceof Assignment;
				return part && object.eContainer() != null ? object.eContainer() : object;
			}
		}
		return null;
	}

	private static String location(EObject object) {
		return ModelTexts.code(object);
	}

	private static int severity(int diagnosticSeverity) {
		return diagnosticSeverity >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
				: diagnosticSeverity >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}
}
