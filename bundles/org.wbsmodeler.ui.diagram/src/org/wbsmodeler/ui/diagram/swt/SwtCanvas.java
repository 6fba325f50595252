package org.wbsmodeler.ui.diagram.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.wbsmodeler.diagram.model.Rgb;
import org.wbsmodeler.diagram.render.ArrowHead;
import org.wbsmodeler.diagram.render.DiagramCanvas;
import org.wbsmodeler.diagram.render.TextAnchor;

/**
 * {@link DiagramCanvas} on an SWT GC, for the editor's diagram pages: the same painter that writes SVG and PNG draws
 * here. Diagram coordinates become screen pixels by the viewer's zoom and scroll ({@code x * zoom - originX}); text
 * is drawn with a font of the zoomed size, so it stays crisp at every zoom.
 * <p>
 * Only the visible area is drawn: every primitive whose bounds miss it is skipped before it reaches the GC, so a
 * repaint costs what is on screen, not what is in the diagram; and text too small to read (a big diagram zoomed to
 * fit) is left out.
 */
public final class SwtCanvas implements DiagramCanvas {

	/** Text smaller than this many screen pixels is not drawn: nobody reads it, and fonts that small cost the most. */
	static final double SMALLEST_TEXT = 4;

	private final GC gc;
	private final SwtResources resources;
	private final double zoom;
	private final double originX;
	private final double originY;
	private final double visibleLeft;
	private final double visibleTop;
	private final double visibleRight;
	private final double visibleBottom;
	private int drawn;

	/**
	 * @param visible the area to paint, in screen pixels of the GC (usually the paint event's clip)
	 */
	public SwtCanvas(GC gc, SwtResources resources, double zoom, double originX, double originY, org.eclipse.swt.graphics.Rectangle visible) {
		this.gc = gc;
		this.resources = resources;
		this.zoom = zoom;
		this.originX = originX;
		this.originY = originY;
		this.visibleLeft = (visible.x + originX) / zoom;
		this.visibleTop = (visible.y + originY) / zoom;
		this.visibleRight = (visible.x + visible.width + originX) / zoom;
		this.visibleBottom = (visible.y + visible.height + originY) / zoom;
	}

	/** How many primitives reached the GC in this paint (the others were outside the visible area). */
	public int drawnCount() {
		return drawn;
	}

	private int sx(double x) {
		return (int) Math.round(x * zoom - originX);
	}

	private int sy(double y) {
		return (int) Math.round(y * zoom - originY);
	}

	private boolean visible(double left, double top, double right, double bottom) {
		return right >= visibleLeft && left <= visibleRight && bottom >= visibleTop && top <= visibleBottom;
	}

	@Override
	public boolean shows(double x, double y, double width, double height) {
		return visible(x, y, x + width, y + height);
	}

	@Override
	public void begin(double width, double height, Rgb background) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		if (background != null) {
			gc.setBackground(resources.color(background));
			gc.fillRectangle(sx(0), sy(0), (int) Math.ceil(width * zoom), (int) Math.ceil(height * zoom));
		}
	}

	@Override
	public void end() {
		// the viewer owns the GC
	}

	@Override
	public void rectangle(double x, double y, double width, double height, double cornerRadius, Rgb fill, Rgb stroke, double strokeWidth,
			boolean dashed) {
		if (!visible(x - strokeWidth, y - strokeWidth, x + width + strokeWidth, y + height + strokeWidth)) {
			return;
		}
		drawn++;
		int left = sx(x);
		int top = sy(y);
		int w = sx(x + width) - left;
		int h = sy(y + height) - top;
		int arc = (int) Math.round(2 * cornerRadius * zoom);
		if (fill != null) {
			gc.setBackground(resources.color(fill));
			gc.fillRoundRectangle(left, top, w, h, arc, arc);
		}
		if (stroke != null && strokeWidth > 0) {
			gc.setForeground(resources.color(stroke));
			gc.setLineAttributes(line(strokeWidth, dashed));
			gc.drawRoundRectangle(left, top, w, h, arc, arc);
		}
	}

	@Override
	public void polyline(double[] xy, Rgb stroke, double strokeWidth, boolean dashed, boolean arrowHead) {
		if (xy.length < 4 || stroke == null || !visible(xy, strokeWidth + ArrowHead.LENGTH)) {
			return;
		}
		drawn++;
		double[] line = arrowHead ? ArrowHead.shortened(xy, strokeWidth) : xy;
		int[] points = new int[line.length];
		for (int i = 0; i < line.length; i += 2) {
			points[i] = sx(line[i]);
			points[i + 1] = sy(line[i + 1]);
		}
		gc.setForeground(resources.color(stroke));
		gc.setLineAttributes(line(strokeWidth, dashed));
		gc.drawPolyline(points);
		if (arrowHead) {
			double[] head = ArrowHead.triangle(xy, strokeWidth);
			if (head != null) {
				gc.setBackground(resources.color(stroke));
				gc.fillPolygon(new int[] { sx(head[0]), sy(head[1]), sx(head[2]), sy(head[3]), sx(head[4]), sy(head[5]) });
			}
		}
	}

	private boolean visible(double[] xy, double margin) {
		double left = Double.MAX_VALUE, top = Double.MAX_VALUE, right = -Double.MAX_VALUE, bottom = -Double.MAX_VALUE;
		for (int i = 0; i < xy.length; i += 2) {
			left = Math.min(left, xy[i]);
			right = Math.max(right, xy[i]);
			top = Math.min(top, xy[i + 1]);
			bottom = Math.max(bottom, xy[i + 1]);
		}
		return visible(left - margin, top - margin, right + margin, bottom + margin);
	}

	@Override
	public void polygon(double[] xy, Rgb fill, Rgb stroke, double strokeWidth) {
		if (xy.length < 6 || !visible(xy, strokeWidth)) {
			return;
		}
		drawn++;
		int[] points = new int[xy.length];
		for (int i = 0; i < xy.length; i += 2) {
			points[i] = sx(xy[i]);
			points[i + 1] = sy(xy[i + 1]);
		}
		if (fill != null) {
			gc.setBackground(resources.color(fill));
			gc.fillPolygon(points);
		}
		if (stroke != null && strokeWidth > 0) {
			gc.setForeground(resources.color(stroke));
			gc.setLineAttributes(line(strokeWidth, false));
			gc.drawPolygon(points);
		}
	}

	@Override
	public void text(String text, double x, double baseline, TextAnchor anchor, double fontSize, boolean bold, Rgb color) {
		if (text == null || text.isEmpty() || fontSize * zoom < SMALLEST_TEXT) {
			return;
		}
		// a generous bound (no glyph is wider than its size) decides without measuring
		double reach = text.length() * fontSize;
		double left = anchor == TextAnchor.START ? x : x - reach;
		double right = anchor == TextAnchor.END ? x : x + reach;
		if (!visible(left, baseline - fontSize * 1.2, right, baseline + fontSize * 0.5)) {
			return;
		}
		drawn++;
		PaintFont font = resources.paintFont(fontSize * zoom, bold);
		gc.setFont(font.font());
		gc.setForeground(resources.color(color == null ? Rgb.BLACK : color));
		int width = anchor == TextAnchor.START ? 0 : font.width(gc, text);
		int screenX = sx(x) - switch (anchor) {
		case START -> 0;
		case MIDDLE -> width / 2;
		case END -> width;
		};
		int top = sy(baseline) - font.ascent(gc);
		gc.drawString(text, screenX, top, true);
	}

	private LineAttributes line(double strokeWidth, boolean dashed) {
		float width = (float) Math.max(1, strokeWidth * zoom);
		if (!dashed) {
			return new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_ROUND);
		}
		// the exporters' pattern (SvgCanvas, Graphics2DCanvas), in screen pixels
		float on = (float) ((4 * strokeWidth + 2) * zoom);
		float off = (float) ((3 * strokeWidth + 1) * zoom);
		return new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_ROUND, SWT.LINE_CUSTOM, new float[] { on, off }, 0, 10);
	}
}
