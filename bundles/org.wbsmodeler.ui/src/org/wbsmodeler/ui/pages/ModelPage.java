package org.wbsmodeler.ui.pages;

import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * One page of the model editor (Plan, Scope, Processes, Resources &amp; calendars, later the diagrams and the Gantt
 * chart). The editor owns the editing domain; a page only shows the model and turns gestures into commands on
 * {@link org.wbsmodeler.ui.session.PlanSession#domain()}.
 */
public interface ModelPage {

	/** The tab's title. */
	String title();

	/** Creates the page's widgets; called once. */
	Control createControl(Composite parent);

	/**
	 * What is selected on this page, as model objects; the editor republishes it as its own selection while the page
	 * is active. May be null for a page without a selection.
	 */
	ISelectionProvider selectionProvider();

	/** Shows these model objects selected on this page (after a command, undo, or a selection elsewhere). */
	default void reveal(java.util.List<?> modelObjects) {
	}

	/** Whether this page lists the object, so that a marker or a selection elsewhere can be shown here. */
	default boolean shows(Object modelObject) {
		return false;
	}

	/** What File &gt; Print puts on paper for this page (the same painter as the screen and the exports), or null. */
	default org.wbsmodeler.diagram.print.Drawing drawing() {
		return null;
	}

	/** The control that takes the focus when the page comes to the front (its rows), or null for the first one. */
	default Control focusControl() {
		return null;
	}

	/** Opens the page's Find bar (Ctrl+F); false when the page has none. */
	default boolean find() {
		return false;
	}

	default void dispose() {
	}
}
