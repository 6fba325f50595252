package org.wbsmodeler.ui.diagram.viewer;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.ScrollBar;

/**
 * Zoom and scroll of one diagram viewer: one transform from diagram units to screen pixels ({@code screen = diagram *
 * zoom - origin}), kept in step with the canvas's scroll bars. Hit tests convert the pointer back with
 * {@link #toDiagramX}/{@link #toDiagramY}, so they work in diagram coordinates at every zoom.
 */
public final class Viewport {

	public static final double MIN_ZOOM = 0.05;
	public static final double MAX_ZOOM = 8;

	private final Canvas canvas;
	private double zoom = 1;
	private double originX;
	private double originY;
	private double contentWidth;
	private double contentHeight;
	/** A fit asked for before the canvas had a size: done at the first resize. */
	private boolean fitPending;

	Viewport(Canvas canvas) {
		this.canvas = canvas;
		canvas.getHorizontalBar().addListener(org.eclipse.swt.SWT.Selection, e -> {
			originX = canvas.getHorizontalBar().getSelection();
			canvas.redraw();
		});
		canvas.getVerticalBar().addListener(org.eclipse.swt.SWT.Selection, e -> {
			originY = canvas.getVerticalBar().getSelection();
			canvas.redraw();
		});
		canvas.addListener(org.eclipse.swt.SWT.Resize, e -> {
			if (fitPending) {
				zoomToFit();
			} else {
				update();
			}
		});
	}

	public double zoom() {
		return zoom;
	}

	public double originX() {
		return originX;
	}

	public double originY() {
		return originY;
	}

	public double toDiagramX(double screenX) {
		return (screenX + originX) / zoom;
	}

	public double toDiagramY(double screenY) {
		return (screenY + originY) / zoom;
	}

	public double toScreenX(double x) {
		return x * zoom - originX;
	}

	public double toScreenY(double y) {
		return y * zoom - originY;
	}

	/** The size of the diagram in diagram units (from the layout). */
	void setContent(double width, double height) {
		contentWidth = width;
		contentHeight = height;
		update();
	}

	/** Zooms keeping the diagram point under a screen point where it is (the pointer, for Ctrl+wheel). */
	public void zoomAt(double newZoom, double screenX, double screenY) {
		double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double dx = toDiagramX(screenX);
		double dy = toDiagramY(screenY);
		zoom = z;
		originX = dx * z - screenX;
		originY = dy * z - screenY;
		update();
	}

	/** The zoom that shows the whole diagram (never above 100%: small diagrams are not blown up). */
	public void zoomToFit() {
		Rectangle area = canvas.getClientArea();
		if (contentWidth <= 0 || contentHeight <= 0 || area.width <= 0 || area.height <= 0) {
			fitPending = contentWidth > 0;
			return;
		}
		fitPending = false;
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(area.width / contentWidth, area.height / contentHeight)));
		originX = 0;
		originY = 0;
		update();
	}

	/** Scrolls by screen pixels (panning). */
	public void scrollBy(double dx, double dy) {
		originX += dx;
		originY += dy;
		update();
	}

	/** Scrolls so that the diagram point is at the screen point. */
	public void place(double x, double y, double screenX, double screenY) {
		originX = x * zoom - screenX;
		originY = y * zoom - screenY;
		update();
	}

	/** Scrolls the least so that a diagram rectangle is on screen. */
	public void reveal(double x, double y, double width, double height) {
		Rectangle area = canvas.getClientArea();
		double left = x * zoom, top = y * zoom, right = (x + width) * zoom, bottom = (y + height) * zoom;
		if (left < originX || right > originX + area.width) {
			originX = right - left > area.width || left < originX ? left - 20 : right - area.width + 20;
		}
		if (top < originY || bottom > originY + area.height) {
			originY = bottom - top > area.height || top < originY ? top - 20 : bottom - area.height + 20;
		}
		update();
	}

	/** Keeps the origin inside the content and the scroll bars in step; repaints. */
	private void update() {
		Rectangle area = canvas.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			// a page not shown yet: scroll bars of no size make GTK complain; they are set on the first resize
			return;
		}
		double width = contentWidth * zoom;
		double height = contentHeight * zoom;
		originX = clamp(originX, width - area.width);
		originY = clamp(originY, height - area.height);
		bar(canvas.getHorizontalBar(), width, area.width, originX);
		bar(canvas.getVerticalBar(), height, area.height, originY);
		canvas.redraw();
	}

	private static double clamp(double origin, double max) {
		return Math.max(0, Math.min(origin, Math.max(0, max)));
	}

	private static void bar(ScrollBar bar, double content, int visible, double origin) {
		int max = (int) Math.ceil(content);
		bar.setValues((int) Math.round(origin), 0, Math.max(max, 1), Math.max(1, Math.min(visible, Math.max(max, 1))), Math.max(1, visible / 10),
				Math.max(1, visible));
	}
}
