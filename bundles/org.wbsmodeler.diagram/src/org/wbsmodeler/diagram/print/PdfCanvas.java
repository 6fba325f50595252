package org.wbsmodeler.diagram.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.render.ArrowHead;
import org.wbsmodeler.diagram.render.DiagramCanvas;
import org.wbsmodeler.diagram.render.TextAnchor;

/**
 * A {@link DiagramCanvas} that draws into a PDF page's content stream as vector paths and text (Helvetica, one of
 * PDF's standard fonts, so nothing is embedded): the same painters as SVG and PNG, on paper. The caller sets the
 * page's transformation (drawing units, y downwards) before the painter runs; text is un-mirrored here.
 */
public final class PdfCanvas implements DiagramCanvas {

    /** Bézier control distance for a quarter circle. */
    private static final double KAPPA = 0.5523;

    private final PDPageContentStream out;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();

    public PdfCanvas(PDPageContentStream out) {
        this.out = out;
    }

    @Override
    public void begin(double width, double height, Rgb background) {
        if (background != null) {
            rectangle(0, 0, width, height, 0, background, null, 0, false);
        }
    }

    @Override
    public void end() {
    }

    @Override
    public void rectangle(double x, double y, double width, double height, double cornerRadius, Rgb fill, Rgb stroke, double strokeWidth,
            boolean dashed) {
        if (fill == null && stroke == null) {
            return;
        }
        try {
            double r = Math.min(cornerRadius, Math.min(width, height) / 2);
            if (r > 0) {
                float k = (float) (r * KAPPA);
                out.moveTo(f(x + r), f(y));
                out.lineTo(f(x + width - r), f(y));
                out.curveTo(f(x + width - r + k), f(y), f(x + width), f(y + r - k), f(x + width), f(y + r));
                out.lineTo(f(x + width), f(y + height - r));
                out.curveTo(f(x + width), f(y + height - r + k), f(x + width - r + k), f(y + height), f(x + width - r), f(y + height));
                out.lineTo(f(x + r), f(y + height));
                out.curveTo(f(x + r - k), f(y + height), f(x), f(y + height - r + k), f(x), f(y + height - r));
                out.lineTo(f(x), f(y + r));
                out.curveTo(f(x), f(y + r - k), f(x + r - k), f(y), f(x + r), f(y));
                out.closePath();
            } else {
                out.addRect(f(x), f(y), f(width), f(height));
            }
            paint(fill, stroke, strokeWidth, dashed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void polyline(double[] xy, Rgb stroke, double strokeWidth, boolean dashed, boolean arrowHead) {
        if (xy.length < 4 || stroke == null) {
            return;
        }
        try {
            double[] line = arrowHead ? ArrowHead.shortened(xy, strokeWidth) : xy;
            path(line, false);
            paint(null, stroke, strokeWidth, dashed);
            if (arrowHead) {
                double[] head = ArrowHead.triangle(xy, strokeWidth);
                if (head != null) {
                    path(head, true);
                    paint(stroke, null, 0, false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void polygon(double[] xy, Rgb fill, Rgb stroke, double strokeWidth) {
        if (xy.length < 6 || fill == null && stroke == null) {
            return;
        }
        try {
            path(xy, true);
            paint(fill, stroke, strokeWidth, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextAnchor anchor, double fontSize, boolean boldText, Rgb color) {
        if (text == null || text.isEmpty() || color == null) {
            return;
        }
        PDFont font = boldText ? bold : regular;
        String shown = encodable(font, text);
        try {
            double width = font.getStringWidth(shown) / 1000 * fontSize;
            double left = switch (anchor) {
            case MIDDLE -> x - width / 2;
            case END -> x - width;
            default -> x;
            };
            out.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
            out.beginText();
            out.setFont(font, (float) fontSize);
            // the page's y runs downwards: flip the text matrix so the letters stand upright
            out.setTextMatrix(new Matrix(1, 0, 0, -1, f(left), f(baseline)));
            out.showText(shown);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String encodable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            shown.append(encodable.computeIfAbsent(c, ch -> canShow(font, ch)) ? c : substitute(c));
        }
        return shown.toString();
    }

    /** The text with what the font's encoding (WinAnsi for Helvetica) cannot show replaced: "→" by ">", the rest by "?". */
    static String showable(PDFont font, String text) {
        StringBuilder shown = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            shown.append(canShow(font, c) ? c : substitute(c));
        }
        return shown.toString();
    }

    private static boolean canShow(PDFont font, char c) {
        try {
            font.encode(String.valueOf(c));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static char substitute(char c) {
        return c == '→' ? '>' : c == '–' || c == '—' ? '-' : '?';
    }

    private void path(double[] xy, boolean close) throws IOException {
        out.moveTo(f(xy[0]), f(xy[1]));
        for (int i = 2; i + 1 < xy.length; i += 2) {
            out.lineTo(f(xy[i]), f(xy[i + 1]));
        }
        if (close) {
            out.closePath();
        }
    }

    private void paint(Rgb fill, Rgb stroke, double strokeWidth, boolean dashed) throws IOException {
        if (fill != null) {
            out.setNonStrokingColor(fill.red() / 255f, fill.green() / 255f, fill.blue() / 255f);
        }
        if (stroke != null) {
            out.setStrokingColor(stroke.red() / 255f, stroke.green() / 255f, stroke.blue() / 255f);
            out.setLineWidth((float) Math.max(strokeWidth, 0.1));
            out.setLineDashPattern(dashed ? new float[] { 4, 3 } : new float[0], 0);
        }
        if (fill != null && stroke != null) {
            out.fillAndStroke();
        } else if (fill != null) {
            out.fill();
        } else {
            out.stroke();
        }
    }

    private static float f(double value) {
        return (float) value;
    }
}
