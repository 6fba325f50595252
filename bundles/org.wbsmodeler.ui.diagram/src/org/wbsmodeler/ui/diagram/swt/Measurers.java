package org.wbsmodeler.ui.diagram.swt;

import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.swt.widgets.Display;

/** One {@link SwtTextMeasurer} per display, shared by every diagram page, so characters are measured once per session. */
public final class Measurers {

	private static final Map<Display, SwtTextMeasurer> BY_DISPLAY = new WeakHashMap<>();

	private Measurers() {
	}

	public static synchronized SwtTextMeasurer of(Display display) {
		return BY_DISPLAY.computeIfAbsent(display, SwtTextMeasurer::new);
	}
}
