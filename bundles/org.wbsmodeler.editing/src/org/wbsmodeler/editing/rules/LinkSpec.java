package org.wbsmodeler.editing.rules;

import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.WbsElement;

/** One link as a person typed or drew it: the predecessor, the type and the lag in working days (negative: a lead). */
public record LinkSpec(WbsElement predecessor, DependencyType type, double lag) {

	/** Finish-to-start without lag, what a drag from one task to another makes. */
	public static LinkSpec finishToStart(WbsElement predecessor) {
		return new LinkSpec(predecessor, DependencyType.FS, 0);
	}
}
