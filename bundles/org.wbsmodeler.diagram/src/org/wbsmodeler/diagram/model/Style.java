package org.wbsmodeler.diagram.model;

/**
 * How a node or an edge is drawn. Immutable: builders share a handful of styles between many nodes, so a change to
 * one node must never leak into the others ({@code with...} methods return copies).
 *
 * <p>{@code critical} is semantic, not only visual: tests and exporters (SVG class {@code critical}) ask for it
 * instead of comparing colours.
 */
public final class Style {

    /** Default node style: white box, dark grey border. */
    public static final Style NODE = new Style(Rgb.WHITE, Rgb.hex("#4a5568"), Rgb.hex("#1a202c"), 1.2, false, false,
            false, 6);
    /** Default edge style: dark grey line (fill is unused for edges). */
    public static final Style EDGE = new Style(null, Rgb.hex("#4a5568"), Rgb.hex("#2d3748"), 1.2, false, false, false,
            0);
    /** The red used for everything on the critical path. */
    public static final Rgb CRITICAL_RED = Rgb.hex("#d62728");

    private final Rgb fill;
    private final Rgb stroke;
    private final Rgb textColor;
    private final double strokeWidth;
    private final boolean bold;
    private final boolean critical;
    private final boolean dashed;
    private final double cornerRadius;

    public Style(Rgb fill, Rgb stroke, Rgb textColor, double strokeWidth, boolean bold, boolean critical,
            boolean dashed, double cornerRadius) {
        this.fill = fill;
        this.stroke = stroke;
        this.textColor = textColor == null ? Rgb.BLACK : textColor;
        this.strokeWidth = strokeWidth;
        this.bold = bold;
        this.critical = critical;
        this.dashed = dashed;
        this.cornerRadius = cornerRadius;
    }

    /** Fill colour, or {@code null} for no fill. */
    public Rgb fill() {
        return fill;
    }

    /** Border / line colour, or {@code null} for none. */
    public Rgb stroke() {
        return stroke;
    }

    public Rgb textColor() {
        return textColor;
    }

    public double strokeWidth() {
        return strokeWidth;
    }

    /** Whether the outline is drawn heavier (used for summary elements and the critical path). */
    public boolean bold() {
        return bold;
    }

    public boolean critical() {
        return critical;
    }

    public boolean dashed() {
        return dashed;
    }

    public double cornerRadius() {
        return cornerRadius;
    }

    public Style withFill(Rgb newFill) {
        return new Style(newFill, stroke, textColor, strokeWidth, bold, critical, dashed, cornerRadius);
    }

    public Style withStroke(Rgb newStroke) {
        return new Style(fill, newStroke, textColor, strokeWidth, bold, critical, dashed, cornerRadius);
    }

    public Style withTextColor(Rgb newTextColor) {
        return new Style(fill, stroke, newTextColor, strokeWidth, bold, critical, dashed, cornerRadius);
    }

    public Style withStrokeWidth(double newWidth) {
        return new Style(fill, stroke, textColor, newWidth, bold, critical, dashed, cornerRadius);
    }

    public Style withBold(boolean newBold) {
        return new Style(fill, stroke, textColor, strokeWidth, newBold, critical, dashed, cornerRadius);
    }

    public Style withDashed(boolean newDashed) {
        return new Style(fill, stroke, textColor, strokeWidth, bold, critical, newDashed, cornerRadius);
    }

    public Style withCornerRadius(double newRadius) {
        return new Style(fill, stroke, textColor, strokeWidth, bold, critical, dashed, newRadius);
    }

    /** The critical variant: red, heavier line; keeps the fill so the element type stays recognisable. */
    public Style asCritical() {
        return new Style(fill, CRITICAL_RED, textColor, Math.max(strokeWidth, 1.2) + 1.0, true, true, dashed,
                cornerRadius);
    }

    /** The width actually drawn: bold outlines are one unit heavier. */
    public double effectiveStrokeWidth() {
        return bold ? strokeWidth + 0.8 : strokeWidth;
    }

    @Override
    public String toString() {
        return "Style[fill=" + (fill == null ? "none" : fill.toHex()) + ", stroke="
                + (stroke == null ? "none" : stroke.toHex()) + ", width=" + strokeWidth + (bold ? ", bold" : "")
                + (critical ? ", critical" : "") + (dashed ? ", dashed" : "") + "]";
    }
}
