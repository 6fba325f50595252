package org.wbsmodeler.ui.diagram.swt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;
import org.wbsmodeler.diagram.render.Fonts;
import org.wbsmodeler.diagram.render.TextMeasurer;

/**
 * Measures text as {@link SwtCanvas} draws it: the exporters' font family in SWT. A GC can only be used on the UI
 * thread, but boxes are sized where the layout runs (a job, for big diagrams); so each character's advance is
 * measured once on the UI thread, at ten times the size for sub-pixel precision, and kept. Widths are sums of
 * advances (no kerning), which is what sizing a box needs.
 */
public final class SwtTextMeasurer implements TextMeasurer {

	/** Characters measured in one go when a font is first used (ASCII and the Latin letters; dashes and arrows are measured as they come). */
	private static final int COMMON_CHARS = 0x250;
	private static final double PRECISION = 10;

	private final Display display;
	private final Map<Long, Metrics> metrics = new ConcurrentHashMap<>();

	/** Per font: advances of the common characters, others as they come, and the vertical metrics. */
	private static final class Metrics {
		final float[] common = new float[COMMON_CHARS];
		final Map<Character, Float> others = new ConcurrentHashMap<>();
		double ascent;
		double descent;
	}

	public SwtTextMeasurer(Display display) {
		this.display = display;
	}

	/** The SWT font for a diagram font size in pixels (the caller disposes it). */
	public static Font createFont(Device device, double pixels, boolean bold) {
		float points = (float) (pixels * 72.0 / device.getDPI().y);
		FontData data = new FontData(Fonts.FAMILY, Math.max(1, Math.round(points)), bold ? SWT.BOLD : SWT.NORMAL);
		// diagram sizes such as 10.5 px are fractional points: GTK's FontData keeps a float height (the public setter
		// takes whole points only, which would make text up to a few percent too wide or narrow for its box)
		data.height = points;
		return new Font(device, data);
	}

	@Override
	public double width(String text, double fontSize, boolean bold) {
		Metrics m = metrics(fontSize, bold);
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			width += c < COMMON_CHARS ? m.common[c] : m.others.computeIfAbsent(c, ch -> measureOne(fontSize, bold, ch));
		}
		return width / PRECISION;
	}

	@Override
	public double ascent(double fontSize) {
		return metrics(fontSize, false).ascent;
	}

	@Override
	public double descent(double fontSize) {
		return metrics(fontSize, false).descent;
	}

	private Metrics metrics(double fontSize, boolean bold) {
		long key = Double.doubleToLongBits(fontSize) * 2 + (bold ? 1 : 0);
		Metrics m = metrics.get(key);
		if (m == null) {
			Metrics created = new Metrics();
			onUiThread(() -> measureAll(created, fontSize, bold));
			metrics.putIfAbsent(key, created);
			m = metrics.get(key);
		}
		return m;
	}

	private void measureAll(Metrics m, double fontSize, boolean bold) {
		Font font = createFont(display, fontSize * PRECISION, bold);
		GC gc = new GC(display);
		try {
			gc.setFont(font);
			for (char c = 0; c < COMMON_CHARS; c++) {
				m.common[c] = Character.isISOControl(c) ? 0 : gc.stringExtent(String.valueOf(c)).x;
			}
			FontMetrics fm = gc.getFontMetrics();
			m.ascent = fm.getAscent() / PRECISION;
			m.descent = fm.getDescent() / PRECISION;
		} finally {
			gc.dispose();
			font.dispose();
		}
	}

	private float measureOne(double fontSize, boolean bold, char c) {
		float[] width = new float[1];
		onUiThread(() -> {
			Font font = createFont(display, fontSize * PRECISION, bold);
			GC gc = new GC(display);
			try {
				gc.setFont(font);
				width[0] = gc.stringExtent(String.valueOf(c)).x;
			} finally {
				gc.dispose();
				font.dispose();
			}
		});
		return width[0];
	}

	private void onUiThread(Runnable runnable) {
		if (Display.getCurrent() == display) {
			runnable.run();
		} else {
			display.syncExec(runnable);
		}
	}
}
