package org.wbsmodeler.diagram.style;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.diagram.model.Style;
import org.wbsmodeler.model.WbsElement;

/**
 * How a plug-in's class looks on the WBS chart, the network and the Gantt chart. Contributed to the extension point
 * {@value DiagramStyles#EXTENSION_POINT} (on a flat classpath: {@code META-INF/services/org.wbsmodeler.diagram.style.DiagramStyle});
 * needs a public no-argument constructor and no state.
 *
 * <p>For a new kind of WBS element ({@link #eClass()} a subclass of {@code WbsElement}) the style gives its boxes their
 * shape (corner radius, dashed outline) and colour; for an annotation ({@link #eClass()} a subclass of
 * {@code Annotation}) it gives the element the annotations hang on a badge (a pill on the box; on the Gantt chart, text
 * right of the bar).
 */
public interface DiagramStyle {

	/** The class this style is for; its subclasses get it too. */
	EClass eClass();

	/** The style of a box of an element of {@link #eClass()}: {@code standard} changed, or {@code standard} itself. */
	default Style style(WbsElement element, Style standard) {
		return standard;
	}

	/**
	 * The badge an element gets for its annotations of {@link #eClass()} (never empty), or null for none. One badge
	 * for them all, so that an element with five risks shows one short pill.
	 */
	default String badge(WbsElement element, List<EObject> annotations) {
		return null;
	}
}
