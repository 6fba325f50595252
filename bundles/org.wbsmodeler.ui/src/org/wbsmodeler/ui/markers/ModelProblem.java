package org.wbsmodeler.ui.markers;

/**
 * One validation problem as a marker carries it.
 *
 * @param severity  an {@link org.eclipse.core.resources.IMarker} severity
 * @param message   the validator's message, which names the element by kind, code and name
 * @param location  the element's code (a requirement's identifier, else its name)
 * @param elementId the id (URI fragment) of the element in its file, for the editor's {@code gotoMarker}
 */
public record ModelProblem(int severity, String message, String location, String elementId) {
}
