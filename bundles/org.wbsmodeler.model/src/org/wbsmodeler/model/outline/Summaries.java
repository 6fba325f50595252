package org.wbsmodeler.model.outline;

import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;

/**
 * The one definition of a summary; implements {@code WbsElement.isSummary()}. An empty phase or work package is a leaf:
 * it is scheduled, costed and exported as an activity until something is put under it.
 */
public final class Summaries {

	private Summaries() {
	}

	/**
	 * @param element a WBS element
	 * @return whether it is a container with at least one child
	 */
	public static boolean isSummary(WbsElement element) {
		return element instanceof WbsContainer container && !container.getChildren().isEmpty();
	}
}
