package org.wbsmodeler.ui.diagram.viewer;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse and the few viewing keys of a diagram viewer, as one small state machine: a press on a box selects it
 * (Ctrl toggles) and, once the pointer moves, drags it ({@link DragGesture}); a press on the background draws a
 * marquee; the middle button, or the left with Space held, pans; Ctrl+wheel zooms around the pointer; Esc cancels a
 * drag. A drag may end on a box of a viewer beside this one ({@link DiagramViewer#addDropPartner}). Nothing here
 * changes the model: a drop is handed to the page.
 */
final class PointerGestures {

	/** Pixels the pointer must move before a press becomes a drag (a click that wobbles stays a click). */
	private static final int DRAG_THRESHOLD = 4;
	private static final double ZOOM_STEP = 1.15;

	private enum State {
		IDLE, PRESSED_ON_OBJECT, DRAGGING, MARQUEE, PANNING
	}

	private final DiagramViewer viewer;
	private final Canvas canvas;
	private State state = State.IDLE;
	private int downX;
	private int downY;
	private int lastX;
	private int lastY;
	private Object pressed;
	private boolean spaceHeld;

	PointerGestures(DiagramViewer viewer) {
		this.viewer = viewer;
		this.canvas = viewer.control();
	}

	void install() {
		canvas.addListener(SWT.MouseDown, this::down);
		canvas.addListener(SWT.MouseMove, this::move);
		canvas.addListener(SWT.MouseUp, this::up);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::keyDown);
		canvas.addListener(SWT.KeyUp, e -> {
			if (e.character == ' ') {
				spaceHeld = false;
			}
		});
		canvas.addListener(SWT.FocusOut, e -> spaceHeld = false);
	}

	private void down(Event e) {
		canvas.setFocus();
		downX = lastX = e.x;
		downY = lastY = e.y;
		if (e.button == 2 || e.button == 1 && spaceHeld) {
			state = State.PANNING;
			canvas.setCursor(canvas.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
			return;
		}
		if (e.button != 1) {
			// the right button selects what is under it, for the context menu
			Object object = viewer.objectAt(e.x, e.y);
			if (object != null && !viewer.isSelected(object)) {
				viewer.setSelection(List.of(object), false);
			}
			return;
		}
		pressed = viewer.objectAt(e.x, e.y);
		boolean ctrl = (e.stateMask & SWT.MOD1) != 0;
		if (pressed == null || viewer.node(pressed) != null && viewer.node(pressed).isContainer() && !ctrl && !isDraggable(pressed)) {
			state = State.MARQUEE;
			if (!ctrl) {
				viewer.setSelection(List.of(), false);
			}
			return;
		}
		if (ctrl) {
			viewer.toggle(pressed);
		} else if (!viewer.isSelected(pressed)) {
			viewer.setSelection(List.of(pressed), false);
		}
		state = State.PRESSED_ON_OBJECT;
	}

	private boolean isDraggable(Object object) {
		DragGesture gesture = viewer.dragGesture();
		return gesture != null && gesture.canStart(object);
	}

	private void move(Event e) {
		PointerGestures incoming = state == State.IDLE ? viewer.incomingDrag() : null;
		if (incoming != null) {
			// a drag from the viewer beside this one: without the window system's pointer grab the moves come here
			Point at = incoming.canvas.toControl(canvas.toDisplay(e.x, e.y));
			incoming.moveTo(at.x, at.y);
			return;
		}
		moveTo(e.x, e.y);
	}

	/** Whether a press on a box may be turning into a drag (partners forward the pointer to it). */
	boolean isDragging() {
		return state == State.DRAGGING || state == State.PRESSED_ON_OBJECT;
	}

	private void moveTo(int x, int y) {
		switch (state) {
		case PANNING -> viewer.viewport().scrollBy(lastX - x, lastY - y);
		case PRESSED_ON_OBJECT -> {
			if (Math.abs(x - downX) + Math.abs(y - downY) >= DRAG_THRESHOLD && isDraggable(pressed) && viewer.node(pressed) != null) {
				state = State.DRAGGING;
				dragTo(x, y);
			}
		}
		case DRAGGING -> {
			viewer.tooltip().hide();
			dragTo(x, y);
		}
		case MARQUEE -> viewer.overlay().setMarquee(marquee(x, y));
		case IDLE -> {
			// hovering: the viewer's LiveTooltip works out its text when it shows
		}
		}
		lastX = x;
		lastY = y;
	}

	/** Where a drop at a point of this canvas lands: on a box of this viewer or of a drop partner beside it. */
	private record DropPoint(DiagramViewer viewer, Object target) {
	}

	private DropPoint dropPoint(int x, int y) {
		if (canvas.getClientArea().contains(x, y)) {
			return new DropPoint(viewer, boxAt(viewer, x, y));
		}
		Point onScreen = canvas.toDisplay(x, y);
		for (DiagramViewer partner : viewer.dropPartners()) {
			Canvas other = partner.control();
			if (!other.isDisposed() && other.isVisible()) {
				Point at = other.toControl(onScreen);
				if (other.getClientArea().contains(at)) {
					return new DropPoint(partner, boxAt(partner, at.x, at.y));
				}
			}
		}
		return new DropPoint(null, null);
	}

	private static Object boxAt(DiagramViewer in, int x, int y) {
		Object object = in.objectAt(x, y);
		return object != null && in.node(object) != null ? object : null;
	}

	private void dragTo(int x, int y) {
		List<Object> dragged = dragged();
		DropPoint at = dropPoint(x, y);
		Object target = dragged.contains(at.target()) ? null : at.target();
		String refusal = target == null ? null : viewer.dragGesture().check(dragged, target);
		viewer.overlay().setDrag(dragged, x, y, at.viewer() == viewer ? target : null, refusal != null);
		Point onScreen = canvas.toDisplay(x, y);
		for (DiagramViewer partner : viewer.dropPartners()) {
			// over the partner the reason for a refusal is shown at the pointer, before the user lets go
			Point there = partner.control().toControl(onScreen);
			partner.overlay().setIncoming(at.viewer() == partner ? target : null, refusal, there.x, there.y);
		}
	}

	private List<Object> dragged() {
		return viewer.selection().stream().filter(o -> viewer.node(o) != null && isDraggable(o)).toList();
	}

	private void clearDrag() {
		viewer.overlay().clearDrag();
		for (DiagramViewer partner : viewer.dropPartners()) {
			partner.overlay().setIncoming(null, null, 0, 0);
		}
	}

	private void up(Event e) {
		PointerGestures incoming = state == State.IDLE ? viewer.incomingDrag() : null;
		if (incoming != null) {
			Point at = incoming.canvas.toControl(canvas.toDisplay(e.x, e.y));
			incoming.release(at.x, at.y, e.stateMask);
			return;
		}
		release(e.x, e.y, e.stateMask);
	}

	private void release(int x, int y, int stateMask) {
		State was = state;
		state = State.IDLE;
		canvas.setCursor(null);
		if (was == State.DRAGGING) {
			List<Object> dragged = dragged();
			Object target = dropPoint(x, y).target();
			clearDrag();
			if (target != null && !dragged.contains(target)) {
				viewer.dragGesture().drop(dragged, target);
			}
		} else if (was == State.MARQUEE) {
			Rectangle area = marquee(x, y);
			viewer.overlay().setMarquee(null);
			if (area.width > 2 || area.height > 2) {
				Viewport v = viewer.viewport();
				List<Object> inside = viewer.objectsIn(v.toDiagramX(area.x), v.toDiagramY(area.y), v.toDiagramX(area.x + area.width),
						v.toDiagramY(area.y + area.height));
				if ((stateMask & SWT.MOD1) != 0) {
					java.util.List<Object> union = new java.util.ArrayList<>(viewer.selection());
					inside.stream().filter(o -> !union.contains(o)).forEach(union::add);
					inside = union;
				}
				viewer.setSelection(inside, false);
			}
		} else if (was == State.PRESSED_ON_OBJECT && (stateMask & SWT.MOD1) == 0 && viewer.selection().size() > 1) {
			// a plain click on one of several selected boxes selects just that one
			viewer.setSelection(List.of(pressed), false);
		}
		pressed = null;
	}

	private Rectangle marquee(int x, int y) {
		return new Rectangle(Math.min(x, downX), Math.min(y, downY), Math.abs(x - downX), Math.abs(y - downY));
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			e.doit = false;
			double factor = e.count > 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
			viewer.viewport().zoomAt(viewer.viewport().zoom() * factor, e.x, e.y);
		}
	}

	private void keyDown(Event e) {
		if (e.character == ' ') {
			spaceHeld = true;
		} else if (e.keyCode == SWT.ESC && state == State.DRAGGING) {
			state = State.IDLE;
			clearDrag();
		} else if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '+' || e.character == '=')) {
			zoomCentre(ZOOM_STEP);
		} else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '-') {
			zoomCentre(1 / ZOOM_STEP);
		} else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '0') {
			zoomCentre(1 / viewer.viewport().zoom());
		}
	}

	private void zoomCentre(double factor) {
		Rectangle area = canvas.getClientArea();
		viewer.viewport().zoomAt(viewer.viewport().zoom() * factor, area.width / 2.0, area.height / 2.0);
	}
}
