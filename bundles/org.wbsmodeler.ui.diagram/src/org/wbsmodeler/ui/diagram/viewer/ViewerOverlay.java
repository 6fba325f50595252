package org.wbsmodeler.ui.diagram.viewer;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.model.Point;
import org.wbsmodeler.diagram.model.Rgb;

/** What the viewer draws over the diagram: selection, the marquee, and the feedback of a drag in progress. */
final class ViewerOverlay {

	private static final Rgb SELECTION = Rgb.hex("#2b6cb0");
	private static final Rgb ACCEPT = Rgb.hex("#2f855a");
	private static final Rgb REFUSE = Rgb.hex("#c53030");
	private static final Rgb NOTE = Rgb.hex("#fff5f5");

	private final DiagramViewer viewer;
	private Rectangle marquee;
	private List<Object> dragged = List.of();
	private int pointerX;
	private int pointerY;
	private Object target;
	private boolean refused;
	/** The box under a drag that started in another viewer (a step over the WBS chart beside the process map). */
	private Object incoming;
	private String incomingRefusal;
	private int incomingX;
	private int incomingY;

	ViewerOverlay(DiagramViewer viewer) {
		this.viewer = viewer;
	}

	void setMarquee(Rectangle screenRectangle) {
		marquee = screenRectangle;
		viewer.control().redraw();
	}

	void setDrag(List<Object> objects, int x, int y, Object dropTarget, boolean isRefused) {
		dragged = objects;
		pointerX = x;
		pointerY = y;
		target = dropTarget;
		refused = isRefused;
		viewer.control().redraw();
	}

	void setIncoming(Object dropTarget, String refusal, int x, int y) {
		if (dropTarget != incoming || !java.util.Objects.equals(refusal, incomingRefusal) || refusal != null && (x != incomingX || y != incomingY)) {
			incoming = dropTarget;
			incomingRefusal = refusal;
			incomingX = x;
			incomingY = y;
			viewer.control().redraw();
		}
	}

	void clearDrag() {
		dragged = List.of();
		target = null;
		viewer.control().redraw();
	}

	void paint(GC gc) {
		Viewport v = viewer.viewport();
		gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(2.5f));
		gc.setForeground(viewer.resources().color(SELECTION));
		for (Object object : viewer.selection()) {
			DiagramNode node = viewer.node(object);
			if (node != null) {
				outline(gc, node, 3);
			}
			DiagramEdge edge = viewer.edge(object);
			if (edge != null) {
				gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(4f));
				gc.setAlpha(110);
				gc.drawPolyline(points(edge.getRoute(), v));
				gc.setAlpha(255);
				gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(2.5f));
			}
		}
		if (!dragged.isEmpty()) {
			paintDrag(gc, v);
		}
		DiagramNode incomingNode = incoming == null ? null : viewer.node(incoming);
		if (incomingNode != null) {
			gc.setForeground(viewer.resources().color(incomingRefusal != null ? REFUSE : ACCEPT));
			gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(3f));
			outline(gc, incomingNode, 4);
			if (incomingRefusal != null) {
				note(gc, incomingRefusal, incomingX + 16, incomingY + 18);
			}
		}
		if (marquee != null) {
			gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(1f, SWT.CAP_FLAT, SWT.JOIN_MITER, SWT.LINE_DASH, null, 0, 10));
			gc.setForeground(viewer.resources().color(SELECTION));
			gc.drawRectangle(marquee);
			gc.setAlpha(30);
			gc.setBackground(viewer.resources().color(SELECTION));
			gc.fillRectangle(marquee);
			gc.setAlpha(255);
		}
	}

	private void paintDrag(GC gc, Viewport v) {
		DragGesture gesture = viewer.dragGesture();
		gc.setForeground(viewer.resources().color(target == null ? SELECTION : refused ? REFUSE : ACCEPT));
		gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(2f, SWT.CAP_ROUND, SWT.JOIN_ROUND, SWT.LINE_DASH, null, 0, 10));
		for (Object object : dragged) {
			DiagramNode node = viewer.node(object);
			if (node == null) {
				continue;
			}
			if (gesture != null && gesture.drawsLine()) {
				gc.drawLine((int) v.toScreenX(node.getCenterX()), (int) v.toScreenY(node.getCenterY()), pointerX, pointerY);
			} else {
				gc.drawRectangle(pointerX - 10, pointerY - 8, (int) (node.getWidth() * v.zoom()), (int) (node.getHeight() * v.zoom()));
			}
		}
		DiagramNode targetNode = target == null ? null : viewer.node(target);
		if (targetNode != null) {
			gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(3f));
			outline(gc, targetNode, 4);
		}
	}

	/** A one-line note in a light box (why a drop would be refused), kept inside the canvas. */
	private void note(GC gc, String text, int x, int y) {
		org.eclipse.swt.graphics.Point size = gc.textExtent(text);
		Rectangle area = viewer.control().getClientArea();
		int left = Math.max(2, Math.min(x, area.width - size.x - 12));
		int top = Math.max(2, Math.min(y, area.height - size.y - 8));
		gc.setLineAttributes(new org.eclipse.swt.graphics.LineAttributes(1f));
		// a fixed light colour: the theme's tooltip colours may be dark, which red text does not read on
		gc.setBackground(viewer.resources().color(NOTE));
		gc.fillRoundRectangle(left, top, size.x + 10, size.y + 6, 6, 6);
		gc.setForeground(viewer.resources().color(REFUSE));
		gc.drawRoundRectangle(left, top, size.x + 10, size.y + 6, 6, 6);
		gc.drawString(text, left + 5, top + 3, true);
	}

	private void outline(GC gc, DiagramNode node, int gap) {
		Viewport v = viewer.viewport();
		int x = (int) Math.round(v.toScreenX(node.getX())) - gap;
		int y = (int) Math.round(v.toScreenY(node.getY())) - gap;
		gc.drawRoundRectangle(x, y, (int) Math.round(node.getWidth() * v.zoom()) + 2 * gap, (int) Math.round(node.getHeight() * v.zoom()) + 2 * gap, 8, 8);
	}

	private static int[] points(List<Point> route, Viewport v) {
		int[] xy = new int[route.size() * 2];
		for (int i = 0; i < route.size(); i++) {
			xy[2 * i] = (int) Math.round(v.toScreenX(route.get(i).x()));
			xy[2 * i + 1] = (int) Math.round(v.toScreenY(route.get(i).y()));
		}
		return xy;
	}
}
