package org.wbsmodeler.diagram.render;

/**
 * Measures text the way the canvas will draw it. Node sizes are computed from it before layout, so a box is as
 * wide as its text; every canvas must therefore be paired with a measurer for the same font (AWT for SVG and PNG,
 * an SWT GC based one in the UI).
 */
public interface TextMeasurer {

    /** Advance width of {@code text} in pixels. */
    double width(String text, double fontSize, boolean bold);

    /** Distance from the baseline to the top of the tallest glyphs. */
    double ascent(double fontSize);

    /** Distance from the baseline to the bottom of descenders. */
    double descent(double fontSize);
}
