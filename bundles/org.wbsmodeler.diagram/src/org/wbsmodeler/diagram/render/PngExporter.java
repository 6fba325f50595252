package org.wbsmodeler.diagram.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import org.wbsmodeler.diagram.model.Diagram;

/**
 * Writes a laid-out diagram as a PNG, drawn by {@link DiagramPainter} through {@link Graphics2DCanvas} into a
 * {@code BufferedImage} (no display needed).
 *
 * <p>Images are drawn at a scale (2 by default, so text stays crisp on high-density screens and when zoomed in a
 * document) but never larger than {@link #MAX_SIDE} pixels per side or {@link #MAX_PIXELS} in all: a 2000-activity
 * network is tens of thousands of pixels wide, and at scale 2 that would need gigabytes. The scale is lowered to
 * fit, see {@link #effectiveScale(Diagram, double)}.
 */
public final class PngExporter {

    public static final double DEFAULT_SCALE = 2.0;
    public static final int MAX_SIDE = 32_000;
    public static final long MAX_PIXELS = 120_000_000L;

    static {
        Headless.ensure();
    }

    private final TextMeasurer measurer;

    public PngExporter(TextMeasurer measurer) {
        this.measurer = measurer;
    }

    /** The scale actually used for a requested scale: lowered so the image stays within the limits. */
    public static double effectiveScale(Diagram diagram, double requested) {
        return effectiveScale(diagram.getWidth(), diagram.getHeight(), requested);
    }

    /** The scale actually used for a picture of {@code w} x {@code h} diagram pixels (the Gantt chart's too). */
    public static double effectiveScale(double w, double h, double requested) {
        if (!(requested > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + requested);
        }
        double s = requested;
        s = Math.min(s, MAX_SIDE / Math.max(w, 1));
        s = Math.min(s, MAX_SIDE / Math.max(h, 1));
        s = Math.min(s, Math.sqrt(MAX_PIXELS / Math.max(w * h, 1)));
        return s;
    }

    /** Image width and height in pixels for a requested scale. */
    public static int[] imageSize(Diagram diagram, double requested) {
        double s = effectiveScale(diagram, requested);
        return new int[] { Math.max(1, (int) Math.ceil(diagram.getWidth() * s)),
                Math.max(1, (int) Math.ceil(diagram.getHeight() * s)) };
    }

    /** Draws the diagram into a new opaque image. */
    public BufferedImage render(Diagram diagram, double scale) {
        int[] size = imageSize(diagram, scale);
        double s = effectiveScale(diagram, scale);
        BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(s, s);
            new DiagramPainter(measurer).paint(diagram, new Graphics2DCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the diagram as PNG at {@link #DEFAULT_SCALE}; does not close the stream. */
    public void write(Diagram diagram, OutputStream out) throws IOException {
        write(diagram, DEFAULT_SCALE, out);
    }

    /** Writes the diagram as PNG at the given scale (lowered if needed); does not close the stream. */
    public void write(Diagram diagram, double scale, OutputStream out) throws IOException {
        BufferedImage image = render(diagram, scale);
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available in this Java runtime");
        }
        out.flush();
    }
}
