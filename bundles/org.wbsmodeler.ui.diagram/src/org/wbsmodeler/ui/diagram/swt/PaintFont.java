package org.wbsmodeler.ui.diagram.swt;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;

/**
 * A font of one zoomed size with what painting asks of it again and again: its ascent and the width of each text
 * drawn centred or right-aligned. Pango answers both by laying the text out, and asking at every paint was three
 * quarters of the time a diagram page spent on its text (the drawing itself the last quarter); box texts repeat from
 * paint to paint (dates, durations, codes), so the answers are kept. The widths are forgotten when they grow past a
 * few screens' worth.
 */
public final class PaintFont {

	private static final int MAX_WIDTHS = 8192;

	private final Font font;
	private final Map<String, Integer> widths = new HashMap<>();
	private int ascent = -1;

	PaintFont(Font font) {
		this.font = font;
	}

	public Font font() {
		return font;
	}

	/** The font's ascent in pixels; the GC must have this font set. */
	public int ascent(GC gc) {
		if (ascent < 0) {
			ascent = gc.getFontMetrics().getAscent();
		}
		return ascent;
	}

	/** The text's width in pixels; the GC must have this font set. */
	public int width(GC gc, String text) {
		Integer width = widths.get(text);
		if (width == null) {
			if (widths.size() >= MAX_WIDTHS) {
				widths.clear();
			}
			width = gc.stringExtent(text).x;
			widths.put(text, width);
		}
		return width;
	}

	void dispose() {
		font.dispose();
		widths.clear();
	}
}
