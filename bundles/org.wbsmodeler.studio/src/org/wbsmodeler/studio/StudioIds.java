package org.wbsmodeler.studio;

/**
 * The ids the studio refers to. The model editor lives in {@code org.wbsmodeler.ui}; the studio names it only by id,
 * so it builds and starts without it (and says so when a model is opened).
 */
public final class StudioIds {

	public static final String APPLICATION = "org.wbsmodeler.studio.application";
	public static final String PERSPECTIVE = "org.wbsmodeler.studio.perspective";
	public static final String MODEL_EDITOR = "org.wbsmodeler.ui.editor";
	public static final String OPEN_MODEL_FILE = "org.wbsmodeler.studio.openModelFile";
	/** The activity of IDE contributions the studio turns off (see plugin.xml). */
	public static final String IDE_ONLY_ACTIVITY = "org.wbsmodeler.studio.ideOnly";
	public static final String WINDOW_TITLE = "WBS Modeler";

	private StudioIds() {
	}
}
