package org.wbsmodeler.ui.plan;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.WbsCodes;

/**
 * The editor's one door to WBS codes. Labels ask {@link WbsCodes} on every paint (codes are derived from positions,
 * so there is nothing to keep in sync after a command, undo or redo; with the project's outline index cached this is
 * a lookup); finding an element by the code a person typed goes through the same index.
 */
public final class Codes {

	private Codes() {
	}

	public static String of(WbsElement element) {
		return WbsCodes.codeOf(element);
	}

	/** The project's outline index: look elements up by code with {@link OutlineIndex#byCode(String)}. */
	public static OutlineIndex index(Project project) {
		return OutlineIndex.of(project);
	}
}
