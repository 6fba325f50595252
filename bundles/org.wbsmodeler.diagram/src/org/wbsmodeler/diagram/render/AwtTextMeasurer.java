package org.wbsmodeler.diagram.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link TextMeasurer} backed by AWT font metrics. It needs no display (no Graphics, no Toolkit): a
 * {@link FontRenderContext} with fractional metrics gives the same advances {@link Graphics2DCanvas} draws with
 * and close to what SVG viewers lay out. Thread-safe: fonts are immutable and cached in a concurrent map.
 */
public final class AwtTextMeasurer implements TextMeasurer {

    static {
        Headless.ensure();
    }

    /** Shared instance; measuring holds no per-diagram state. */
    public static final AwtTextMeasurer INSTANCE = new AwtTextMeasurer();

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<Long, Font> FONTS = new ConcurrentHashMap<>();
    private static final Map<Long, LineMetrics> METRICS = new ConcurrentHashMap<>();
    private static final String METRIC_SAMPLE = "Hgjy";

    private AwtTextMeasurer() {
    }

    /** The AWT font for a size and weight (cached); {@link Graphics2DCanvas} draws with the same fonts. */
    static Font font(double fontSize, boolean bold) {
        long key = (Double.doubleToLongBits(fontSize) << 1) | (bold ? 1 : 0);
        return FONTS.computeIfAbsent(key,
                k -> new Font(Fonts.FAMILY, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) fontSize));
    }

    @Override
    public double width(String text, double fontSize, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return font(fontSize, bold).getStringBounds(text, FRC).getWidth();
    }

    @Override
    public double ascent(double fontSize) {
        return metrics(fontSize).getAscent();
    }

    @Override
    public double descent(double fontSize) {
        return metrics(fontSize).getDescent();
    }

    /** Ascent and descent per font size, kept: the painter asks for them for every row of every box. */
    private static LineMetrics metrics(double fontSize) {
        return METRICS.computeIfAbsent(Double.doubleToLongBits(fontSize),
                k -> font(fontSize, false).getLineMetrics(METRIC_SAMPLE, FRC));
    }
}
