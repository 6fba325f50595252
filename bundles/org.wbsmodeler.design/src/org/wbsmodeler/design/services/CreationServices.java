package org.wbsmodeler.design.services;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.model.util.WbsCodes;

/** What the creation tools give a new element before the user renames it. */
public class CreationServices {

	/**
	 * A name that says what was created and where, e.g. {@code New activity 1.2.3}, so several new boxes can be told
	 * apart before they are renamed. Called on the new element once it is in its parent.
	 */
	public String defaultName(WbsElement created) {
		String kind = ModelLabels.kindOf(created);
		return "New " + kind + " " + WbsCodes.positionCode(created);
	}
}
