package org.wbsmodeler.diagram.render;

import java.util.ArrayDeque;
import java.util.Deque;

import org.wbsmodeler.diagram.model.Rgb;

/**
 * {@link DiagramCanvas} that writes SVG 1.1. The output is a standalone, well-formed XML document (no DTD, so
 * nothing fetches anything when it is parsed) whose viewBox is the diagram size, so it scales cleanly in browsers
 * and office tools. Each node and edge is a {@code <g>} with a class ({@code node}, {@code edge},
 * {@code critical}) and the diagram id in our own namespace ({@code wbs:id}); SVG 1.1 allows foreign-namespace
 * attributes, while HTML-style {@code data-} attributes would not be valid SVG 1.1.
 */
public final class SvgCanvas implements DiagramCanvas {

    /** Namespace of the {@code wbs:id} attributes. */
    public static final String WBS_NS = "http://www.wbsmodeler.org/diagram/svg";
    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final StringBuilder out;
    private final Deque<Boolean> groups = new ArrayDeque<>();
    private boolean finished;

    /** A canvas for a small drawing (the builder grows as needed). */
    public SvgCanvas() {
        this(64 * 1024);
    }

    /**
     * A canvas whose text buffer starts at {@code expectedChars}: a big diagram's document is megabytes, and a
     * builder grown by doubling copies it about a dozen times on the way.
     */
    public SvgCanvas(int expectedChars) {
        this.out = new StringBuilder(Math.max(1024, expectedChars));
    }

    @Override
    public void begin(double width, double height, Rgb background) {
        out.setLength(0);
        finished = false;
        String w = num(width);
        String h = num(height);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        out.append("<svg xmlns=\"").append(SVG_NS).append("\" xmlns:wbs=\"").append(WBS_NS)
                .append("\" version=\"1.1\" width=\"").append(w).append("\" height=\"").append(h)
                .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" font-family=\"")
                .append(escape(Fonts.SVG_FAMILY_LIST)).append("\">\n");
        if (background != null) {
            out.append("<rect x=\"0\" y=\"0\" width=\"").append(w).append("\" height=\"").append(h)
                    .append("\" fill=\"").append(background.toHex()).append("\"/>\n");
        }
    }

    @Override
    public void end() {
        while (!groups.isEmpty()) {
            endGroup();
        }
        out.append("</svg>\n");
        finished = true;
    }

    @Override
    public void beginGroup(String role, String id, boolean critical) {
        out.append("<g class=\"").append(escape(role)).append(critical ? " critical" : "").append('"');
        if (id != null) {
            out.append(" wbs:id=\"").append(escape(id)).append('"');
        }
        out.append(">\n");
        groups.push(Boolean.TRUE);
    }

    @Override
    public void endGroup() {
        if (groups.poll() != null) {
            out.append("</g>\n");
        }
    }

    @Override
    public void rectangle(double x, double y, double width, double height, double cornerRadius, Rgb fill, Rgb stroke,
            double strokeWidth, boolean dashed) {
        out.append("<rect x=\"");
        number(x).append("\" y=\"");
        number(y).append("\" width=\"");
        number(width).append("\" height=\"");
        number(height).append('"');
        if (cornerRadius > 0) {
            out.append(" rx=\"");
            number(cornerRadius).append("\" ry=\"");
            number(cornerRadius).append('"');
        }
        out.append(" fill=\"");
        colour(fill).append('"');
        appendStroke(stroke, strokeWidth, dashed);
        out.append("/>\n");
    }

    @Override
    public void polyline(double[] xy, Rgb stroke, double strokeWidth, boolean dashed, boolean arrowHead) {
        if (xy.length < 4 || stroke == null) {
            return;
        }
        double[] line = arrowHead ? ArrowHead.shortened(xy, strokeWidth) : xy;
        out.append("<polyline points=\"");
        points(line);
        out.append("\" fill=\"none\"");
        appendStroke(stroke, strokeWidth, dashed);
        out.append(" stroke-linejoin=\"round\"/>\n");
        if (arrowHead) {
            double[] head = ArrowHead.triangle(xy, strokeWidth);
            if (head != null) {
                out.append("<polygon points=\"");
                points(head);
                out.append("\" fill=\"");
                colour(stroke).append("\"/>\n");
            }
        }
    }

    @Override
    public void polygon(double[] xy, Rgb fill, Rgb stroke, double strokeWidth) {
        if (xy.length < 6) {
            return;
        }
        out.append("<polygon points=\"");
        points(xy);
        out.append("\" fill=\"");
        colour(fill).append('"');
        appendStroke(stroke, strokeWidth, false);
        out.append("/>\n");
    }

    @Override
    public void text(String text, double x, double baseline, TextAnchor anchor, double fontSize, boolean bold,
            Rgb color) {
        if (text == null || text.isEmpty()) {
            return;
        }
        out.append("<text x=\"");
        number(x).append("\" y=\"");
        number(baseline).append("\" font-size=\"");
        number(fontSize).append('"');
        if (bold) {
            out.append(" font-weight=\"bold\"");
        }
        if (anchor != TextAnchor.START) {
            out.append(" text-anchor=\"").append(anchor == TextAnchor.MIDDLE ? "middle" : "end").append('"');
        }
        out.append(" fill=\"");
        colour(color == null ? Rgb.BLACK : color).append("\">").append(escape(text)).append("</text>\n");
    }

    /** The document written so far; complete after {@link #end()}. */
    public String getSvg() {
        if (!finished) {
            throw new IllegalStateException("the drawing is not finished (call end())");
        }
        return out.toString();
    }

    private void appendStroke(Rgb stroke, double strokeWidth, boolean dashed) {
        if (stroke == null || strokeWidth <= 0) {
            out.append(" stroke=\"none\"");
            return;
        }
        out.append(" stroke=\"");
        colour(stroke).append("\" stroke-width=\"");
        number(strokeWidth).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"");
            number(4 * strokeWidth + 2).append(',');
            number(3 * strokeWidth + 1).append('"');
        }
    }

    /** Appends x,y pairs separated by spaces. */
    private void points(double[] xy) {
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                out.append(' ');
            }
            number(xy[i]).append(',');
            number(xy[i + 1]);
        }
    }

    /** Appends {@code #rrggbb}, or {@code none} for no colour, without a string per call. */
    private StringBuilder colour(Rgb colour) {
        if (colour == null) {
            return out.append("none");
        }
        int v = colour.toInt();
        out.append('#');
        for (int shift = 20; shift >= 0; shift -= 4) {
            out.append(Character.forDigit((v >> shift) & 0xf, 16));
        }
        return out;
    }

    /** Appends a coordinate as {@link #num(double)} writes it, straight into the document (no string per number). */
    private StringBuilder number(double v) {
        return appendNumber(out, v);
    }

    /** Appends a coordinate with at most two decimals, never in exponent form and never locale-dependent. */
    private static StringBuilder appendNumber(StringBuilder to, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("not a finite coordinate: " + v);
        }
        long hundredths = Math.round(v * 100);
        long abs = Math.abs(hundredths);
        long frac = abs % 100;
        if (hundredths < 0) {
            to.append('-');
        }
        to.append(abs / 100);
        if (frac != 0) {
            to.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) {
                to.append((char) ('0' + frac % 10));
            }
        }
        return to;
    }

    /**
     * Escapes text for XML content and attribute values. Characters XML 1.0 does not allow at all (most C0
     * controls, lone surrogates, U+FFFE/U+FFFF) are dropped: names typed in other tools sometimes carry them, and
     * one such character would make the whole file unreadable.
     */
    public static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&apos;";
                case '\t' -> "&#9;";
                case '\n' -> "&#10;";
                case '\r' -> "&#13;";
                default -> null;
            };
            boolean drop = false;
            if (rep == null) {
                if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                    drop = true;
                } else if (Character.isHighSurrogate(c)) {
                    drop = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                    if (!drop) {
                        if (sb != null) {
                            sb.append(c).append(s.charAt(i + 1));
                        }
                        i++;
                        continue;
                    }
                } else if (Character.isLowSurrogate(c)) {
                    drop = true;
                }
            }
            if (rep != null || drop) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16);
                    sb.append(s, 0, i);
                }
                if (rep != null) {
                    sb.append(rep);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Coordinates with at most two decimals, never in exponent form and never locale-dependent. */
    static String num(double v) {
        return appendNumber(new StringBuilder(12), v).toString();
    }
}
