package org.wbsmodeler.ui.diagram.viewer;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;

/**
 * The mouse and the few viewing keys of a diagram viewer, as one small state machine: a press on a box selects it
 * (Ctrl toggles) and, once the pointer moves, drags it ({@link DragGesture}); a press on the background draws a
 * marquee; the middle button, or the left with Space held, pans; Ctrl+wheel zooms around the pointer; Esc cancels a
 * drag. Nothing here changes the model: a drop is handed to the page.
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
	private Object hovered;

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
		switch (state) {
		case PANNING -> viewer.viewport().scrollBy(lastX - e.x, lastY - e.y);
		case PRESSED_ON_OBJECT -> {
			if (Math.abs(e.x - downX) + Math.abs(e.y - downY) >= DRAG_THRESHOLD && isDraggable(pressed) && viewer.node(pressed) != null) {
				state = State.DRAGGING;
				dragTo(e.x, e.y);
			}
		}
		case DRAGGING -> dragTo(e.x, e.y);
		case MARQUEE -> viewer.overlay().setMarquee(marquee(e.x, e.y));
		case IDLE -> hover(e.x, e.y);
		}
		lastX = e.x;
		lastY = e.y;
	}

	private void dragTo(int x, int y) {
		List<Object> dragged = dragged();
		Object target = viewer.objectAt(x, y);
		if (target != null && (dragged.contains(target) || viewer.node(target) == null)) {
			target = null;
		}
		boolean refused = target != null && viewer.dragGesture().check(dragged, target) != null;
		viewer.overlay().setDrag(dragged, x, y, target, refused);
	}

	private List<Object> dragged() {
		return viewer.selection().stream().filter(o -> viewer.node(o) != null && isDraggable(o)).toList();
	}

	private void up(Event e) {
		State was = state;
		state = State.IDLE;
		canvas.setCursor(null);
		if (was == State.DRAGGING) {
			List<Object> dragged = dragged();
			Object target = viewer.objectAt(e.x, e.y);
			viewer.overlay().clearDrag();
			if (target != null && !dragged.contains(target) && viewer.node(target) != null) {
				viewer.dragGesture().drop(dragged, target);
			}
		} else if (was == State.MARQUEE) {
			Rectangle area = marquee(e.x, e.y);
			viewer.overlay().setMarquee(null);
			if (area.width > 2 || area.height > 2) {
				Viewport v = viewer.viewport();
				List<Object> inside = viewer.objectsIn(v.toDiagramX(area.x), v.toDiagramY(area.y), v.toDiagramX(area.x + area.width),
						v.toDiagramY(area.y + area.height));
				if ((e.stateMask & SWT.MOD1) != 0) {
					java.util.List<Object> union = new java.util.ArrayList<>(viewer.selection());
					inside.stream().filter(o -> !union.contains(o)).forEach(union::add);
					inside = union;
				}
				viewer.setSelection(inside, false);
			}
		} else if (was == State.PRESSED_ON_OBJECT && (e.stateMask & SWT.MOD1) == 0 && viewer.selection().size() > 1) {
			// a plain click on one of several selected boxes selects just that one
			viewer.setSelection(List.of(pressed), false);
		}
		pressed = null;
	}

	private Rectangle marquee(int x, int y) {
		return new Rectangle(Math.min(x, downX), Math.min(y, downY), Math.abs(x - downX), Math.abs(y - downY));
	}

	private void hover(int x, int y) {
		Object object = viewer.objectAt(x, y);
		if (object != hovered) {
			hovered = object;
			String text = object == null ? null : viewer.tooltip(object);
			canvas.setToolTipText(text);
		}
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
			viewer.overlay().clearDrag();
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
