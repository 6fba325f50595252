package org.wbsmodeler.diagram.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

import org.wbsmodeler.diagram.model.Rgb;

/**
 * {@link DiagramCanvas} on a java.awt {@link Graphics2D} (a {@code BufferedImage} for PNG export). Antialiased,
 * with fractional font metrics so text is as wide as {@link AwtTextMeasurer} measured it.
 */
public final class Graphics2DCanvas implements DiagramCanvas {

    static {
        Headless.ensure();
    }

    private final Graphics2D g;

    /** @param g the graphics to draw on; any scale transform on it is kept (diagram pixels are scaled by it) */
    public Graphics2DCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void begin(double width, double height, Rgb background) {
        if (background != null) {
            g.setColor(color(background));
            g.fill(new Rectangle2D.Double(0, 0, width, height));
        }
    }

    @Override
    public void end() {
        // the caller owns the Graphics2D and disposes it
    }

    @Override
    public void rectangle(double x, double y, double width, double height, double cornerRadius, Rgb fill, Rgb stroke,
            double strokeWidth, boolean dashed) {
        java.awt.Shape shape = cornerRadius > 0
                ? new RoundRectangle2D.Double(x, y, width, height, 2 * cornerRadius, 2 * cornerRadius)
                : new Rectangle2D.Double(x, y, width, height);
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(shape);
        }
        if (stroke != null && strokeWidth > 0) {
            g.setColor(color(stroke));
            g.setStroke(stroke(strokeWidth, dashed));
            g.draw(shape);
        }
    }

    @Override
    public void polyline(double[] xy, Rgb stroke, double strokeWidth, boolean dashed, boolean arrowHead) {
        if (xy.length < 4 || stroke == null) {
            return;
        }
        double[] line = arrowHead ? ArrowHead.shortened(xy, strokeWidth) : xy;
        Path2D.Double path = new Path2D.Double();
        path.moveTo(line[0], line[1]);
        for (int i = 2; i < line.length; i += 2) {
            path.lineTo(line[i], line[i + 1]);
        }
        g.setColor(color(stroke));
        g.setStroke(stroke(strokeWidth, dashed));
        g.draw(path);
        if (arrowHead) {
            double[] head = ArrowHead.triangle(xy, strokeWidth);
            if (head != null) {
                Path2D.Double tri = new Path2D.Double();
                tri.moveTo(head[0], head[1]);
                tri.lineTo(head[2], head[3]);
                tri.lineTo(head[4], head[5]);
                tri.closePath();
                g.fill(tri);
            }
        }
    }

    @Override
    public void polygon(double[] xy, Rgb fill, Rgb stroke, double strokeWidth) {
        if (xy.length < 6) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        if (fill != null) {
            g.setColor(color(fill));
            g.fill(path);
        }
        if (stroke != null && strokeWidth > 0) {
            g.setColor(color(stroke));
            g.setStroke(stroke(strokeWidth, false));
            g.draw(path);
        }
    }

    @Override
    public void text(String text, double x, double baseline, TextAnchor anchor, double fontSize, boolean bold,
            Rgb color) {
        if (text == null || text.isEmpty()) {
            return;
        }
        java.awt.Font font = AwtTextMeasurer.font(fontSize, bold);
        g.setFont(font);
        g.setColor(color(color == null ? Rgb.BLACK : color));
        double width = anchor == TextAnchor.START ? 0
                : font.getStringBounds(text, g.getFontRenderContext()).getWidth();
        double left = switch (anchor) {
            case START -> x;
            case MIDDLE -> x - width / 2;
            case END -> x - width;
        };
        g.drawString(text, (float) left, (float) baseline);
    }

    private static BasicStroke stroke(double width, boolean dashed) {
        if (!dashed) {
            return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
        }
        // same pattern as SvgCanvas
        float on = (float) (4 * width + 2);
        float off = (float) (3 * width + 1);
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] { on, off }, 0f);
    }

    private static Color color(Rgb rgb) {
        return new Color(rgb.red(), rgb.green(), rgb.blue());
    }
}
