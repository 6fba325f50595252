package org.wbsmodeler.diagram.render;

import org.wbsmodeler.diagram.model.Rgb;

/**
 * The few drawing operations a diagram needs. {@link DiagramPainter} draws every diagram through this interface
 * only, so the SVG file, the PNG image and (later) the SWT editor show exactly the same picture: a new output
 * format is a new canvas, never a second painter.
 *
 * <p>Coordinates are diagram pixels, y downwards. Colours may be {@code null} meaning "do not paint that part".
 */
public interface DiagramCanvas {

    /** Starts a drawing of the given size; paints the background unless it is {@code null}. */
    void begin(double width, double height, Rgb background);

    /** Finishes the drawing (flushes output). */
    void end();

    /**
     * Opens a logical group (one node, one edge). Canvases that keep structure (SVG) use it so tools and tests can
     * find a diagram element; pixel canvases ignore it.
     *
     * @param role "node", "edge", "title", ...
     * @param id the diagram element id, or {@code null}
     * @param critical whether the element is on the critical path
     */
    default void beginGroup(String role, String id, boolean critical) {
    }

    /** Closes the group opened last. */
    default void endGroup() {
    }

    /**
     * Whether anything drawn inside this box (diagram pixels) can show. A canvas that paints part of the drawing (the
     * editor's visible area) answers no for what lies outside, so the painter skips a box whole instead of laying out
     * its every line of text to have each dropped; files show everything.
     */
    default boolean shows(double x, double y, double width, double height) {
        return true;
    }

    /** A rectangle, with rounded corners when {@code cornerRadius > 0}. */
    void rectangle(double x, double y, double width, double height, double cornerRadius, Rgb fill, Rgb stroke,
            double strokeWidth, boolean dashed);

    /**
     * An open polyline through {@code xy} (x0, y0, x1, y1, ...), optionally ending in a filled arrow head whose tip
     * is the last point. Implementations draw the head with {@link ArrowHead} so all outputs agree.
     */
    void polyline(double[] xy, Rgb stroke, double strokeWidth, boolean dashed, boolean arrowHead);

    /** One line of text; {@code baseline} is the y of the text baseline. */
    void text(String text, double x, double baseline, TextAnchor anchor, double fontSize, boolean bold, Rgb color);

    /**
     * A closed polygon through {@code xy} (x0, y0, x1, y1, ...): the Gantt chart's milestone diamonds and summary
     * brackets. The default draws only the outline (in the fill colour when there is no stroke), for canvases written
     * before polygons existed; the SVG, PNG and SWT canvases fill it.
     */
    default void polygon(double[] xy, Rgb fill, Rgb stroke, double strokeWidth) {
        if (xy.length < 6) {
            return;
        }
        double[] closed = java.util.Arrays.copyOf(xy, xy.length + 2);
        closed[xy.length] = xy[0];
        closed[xy.length + 1] = xy[1];
        Rgb line = stroke != null ? stroke : fill;
        polyline(closed, line, stroke != null ? strokeWidth : 1, false, false);
    }
}
