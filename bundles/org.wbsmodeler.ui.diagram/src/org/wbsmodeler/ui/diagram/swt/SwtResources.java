package org.wbsmodeler.ui.diagram.swt;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Device;
import org.wbsmodeler.diagram.model.Rgb;

/**
 * The colours and fonts a diagram canvas paints with, made once and kept while the viewer lives: creating an SWT font
 * for every label of every paint would cost more than the painting. Fonts are kept per zoomed pixel size (to a tenth
 * of a pixel), so zooming in and out reuses them; the cache is emptied when it grows past what a few zoom levels need.
 * The device is the screen for the pages and a printer for File &gt; Print: font sizes are its pixels (dots).
 */
public final class SwtResources {

	private static final int MAX_FONTS = 64;

	private final Device device;
	private final Map<Rgb, Color> colors = new HashMap<>();
	private final Map<Long, PaintFont> fonts = new HashMap<>();

	public SwtResources(Device device) {
		this.device = device;
	}

	public Color color(Rgb rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(c.red(), c.green(), c.blue()));
	}

	/** The font for text of this many screen pixels. */
	public Font font(double pixels, boolean bold) {
		return paintFont(pixels, bold).font();
	}

	/** The font for text of this many screen pixels, with its ascent and text widths kept. */
	public PaintFont paintFont(double pixels, boolean bold) {
		long key = Math.round(pixels * 10) * 2 + (bold ? 1 : 0);
		PaintFont font = fonts.get(key);
		if (font == null) {
			if (fonts.size() >= MAX_FONTS) {
				fonts.values().forEach(PaintFont::dispose);
				fonts.clear();
			}
			font = new PaintFont(SwtTextMeasurer.createFont(device, Math.max(1, Math.round(pixels * 10) / 10.0), bold));
			fonts.put(key, font);
		}
		return font;
	}

	public void dispose() {
		fonts.values().forEach(PaintFont::dispose);
		fonts.clear();
		colors.clear();
	}
}
