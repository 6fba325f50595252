package org.wbsmodeler.ui.plan;

import java.util.HashMap;
import java.util.Map;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.WbsCodes;

/**
 * The editor's one door to WBS codes. Labels ask {@link WbsCodes} on every paint (codes are derived from positions,
 * so there is nothing to keep in sync after a command, undo or redo); finding an element by the code a person typed
 * builds an index in one outline walk, with the same rules (custom code, else position).
 */
public final class Codes {

	private Codes() {
	}

	public static String of(WbsElement element) {
		return WbsCodes.codeOf(element);
	}

	/** Every element by its code, in one walk (position codes are built from the parent's, not recomputed per row). */
	public static Map<String, WbsElement> index(Project project) {
		Map<String, WbsElement> index = new HashMap<>();
		collect(project, "", index);
		return index;
	}

	private static void collect(WbsContainer container, String prefix, Map<String, WbsElement> index) {
		int position = 0;
		for (WbsElement child : container.getChildren()) {
			String positionCode = prefix + ++position;
			String custom = child.getCustomCode();
			index.putIfAbsent(custom != null && !custom.isBlank() ? custom : positionCode, child);
			if (child instanceof WbsContainer sub) {
				collect(sub, positionCode + ".", index);
			}
		}
	}
}
