package org.wbsmodeler.ui.diagram.viewer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.wbsmodeler.diagram.model.Diagram;
import org.wbsmodeler.diagram.model.DiagramEdge;
import org.wbsmodeler.diagram.model.DiagramNode;
import org.wbsmodeler.diagram.render.DiagramPainter;
import org.wbsmodeler.diagram.render.TextMeasurer;
import org.wbsmodeler.ui.diagram.swt.SwtCanvas;
import org.wbsmodeler.ui.diagram.swt.SwtResources;

/**
 * A laid-out diagram on a scrolling canvas: zoom, scroll and pan ({@link Viewport}), selection by click, Ctrl-click and
 * marquee, a tooltip per box, and drags onto boxes whose meaning the page gives ({@link DragGesture}). It knows boxes
 * and arrows only through their model objects ({@link DiagramNode#getSource()}, {@link DiagramEdge#getSourceObject()}):
 * selection is a set of model objects, so it survives a new layout of the same model.
 * <p>
 * Painting goes through {@link DiagramPainter} on a {@link SwtCanvas} clipped to the damaged area; selection, marquee
 * and drag feedback are drawn over it.
 */
public final class DiagramViewer {

	private final Canvas canvas;
	private final Viewport viewport;
	private final SwtResources resources;
	private final DiagramPainter painter;
	private final List<Consumer<List<Object>>> selectionListeners = new CopyOnWriteArrayList<>();
	private final Set<Object> selection = new LinkedHashSet<>();
	private final Map<Object, DiagramNode> nodes = new HashMap<>();
	private final Map<Object, DiagramEdge> edges = new HashMap<>();
	private final ViewerOverlay overlay;
	private Diagram diagram;
	private String placeholder = "Laying out\u2026";
	private Function<Object, String> tooltips = object -> null;
	private DragGesture dragGesture;
	/** Viewers whose boxes take drops of drags started here (the WBS chart beside the process map). */
	private final List<DiagramViewer> dropPartners = new CopyOnWriteArrayList<>();
	/** Viewers that drop onto this one: a drag of theirs may pass over this canvas. */
	private final List<DiagramViewer> dragSources = new CopyOnWriteArrayList<>();
	private PointerGestures gestures;
	private LiveTooltip tooltip;
	private long lastPaintNanos;
	private long paints;

	public DiagramViewer(Composite parent, TextMeasurer measurer) {
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		resources = new SwtResources(canvas.getDisplay());
		painter = new DiagramPainter(measurer);
		viewport = new Viewport(canvas);
		overlay = new ViewerOverlay(this);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addDisposeListener(e -> resources.dispose());
		gestures = new PointerGestures(this);
		gestures.install();
		tooltip = new LiveTooltip(canvas, e -> objectAt(e.x, e.y), object -> tooltips.apply(object));
	}

	/** The boxes' tooltip: its text is worked out when shown; hidden on press, drag, key and edit. */
	public LiveTooltip tooltip() {
		return tooltip;
	}

	public Canvas control() {
		return canvas;
	}

	public Viewport viewport() {
		return viewport;
	}

	public Diagram diagram() {
		return diagram;
	}

	SwtResources resources() {
		return resources;
	}

	/**
	 * Shows a new layout of the model. What was selected stays selected (when still drawn), and the first selected
	 * box, else the box nearest the top left of the screen, stays where it was on screen.
	 */
	public void setDiagram(Diagram newDiagram) {
		Object anchor = anchor();
		double anchorX = 0, anchorY = 0;
		if (anchor != null) {
			DiagramNode old = nodes.get(anchor);
			anchorX = viewport.toScreenX(old.getX());
			anchorY = viewport.toScreenY(old.getY());
		}
		boolean first = diagram == null;
		diagram = newDiagram;
		nodes.clear();
		edges.clear();
		for (DiagramNode node : newDiagram.getNodes()) {
			if (node.getSource() != null) {
				nodes.put(node.getSource(), node);
			}
		}
		for (DiagramEdge edge : newDiagram.getEdges()) {
			if (edge.getSourceObject() != null) {
				edges.put(edge.getSourceObject(), edge);
			}
		}
		boolean dropped = selection.removeIf(object -> !nodes.containsKey(object) && !edges.containsKey(object));
		viewport.setContent(newDiagram.getWidth(), newDiagram.getHeight());
		DiagramNode kept = anchor == null ? null : nodes.get(anchor);
		if (kept != null) {
			viewport.place(kept.getX(), kept.getY(), anchorX, anchorY);
		} else if (first) {
			viewport.zoomToFit();
		}
		canvas.redraw();
		if (dropped) {
			fireSelection();
		}
	}

	private Object anchor() {
		if (diagram == null) {
			return null;
		}
		for (Object object : selection) {
			if (nodes.containsKey(object)) {
				return object;
			}
		}
		Rectangle area = canvas.getClientArea();
		DiagramNode nearest = HitTest.nodeAt(diagram, viewport.toDiagramX(area.width / 2.0), viewport.toDiagramY(area.height / 2.0));
		return nearest == null ? null : nearest.getSource();
	}

	/** Text shown instead of a diagram (while the first layout runs, or why there is none). */
	public void setPlaceholder(String text) {
		placeholder = text;
		canvas.redraw();
	}

	public void setTooltips(Function<Object, String> provider) {
		tooltips = provider;
	}

	String tooltip(Object object) {
		return tooltips.apply(object);
	}

	public void setDragGesture(DragGesture gesture) {
		dragGesture = gesture;
	}

	DragGesture dragGesture() {
		return dragGesture;
	}

	/**
	 * Lets drags started on this viewer end on the boxes of another one shown beside it (a step of the process map
	 * dropped on a box of the WBS chart): the page's {@link DragGesture} checks and does the drop as for its own boxes.
	 */
	public void addDropPartner(DiagramViewer partner) {
		dropPartners.add(partner);
		partner.dragSources.add(this);
	}

	List<DiagramViewer> dropPartners() {
		return dropPartners;
	}

	/** The drag in progress of a viewer that drops onto this one, or null. */
	PointerGestures incomingDrag() {
		for (DiagramViewer source : dragSources) {
			if (!source.canvas.isDisposed() && source.gestures.isDragging()) {
				return source.gestures;
			}
		}
		return null;
	}

	/** The box drawing a model object, or null. */
	public DiagramNode node(Object modelObject) {
		return nodes.get(modelObject);
	}

	/** The arrow drawing a model object (a dependency), or null. */
	public DiagramEdge edge(Object modelObject) {
		return edges.get(modelObject);
	}

	/** The model object of the box or arrow at a point of the canvas, or null. */
	public Object objectAt(int screenX, int screenY) {
		if (diagram == null) {
			return null;
		}
		double x = viewport.toDiagramX(screenX);
		double y = viewport.toDiagramY(screenY);
		DiagramNode node = HitTest.nodeAt(diagram, x, y);
		if (node != null && !node.isContainer() && node.getSource() != null) {
			return node.getSource();
		}
		DiagramEdge edge = HitTest.edgeAt(diagram, x, y, 5 / viewport.zoom());
		if (edge != null && edge.getSourceObject() != null) {
			return edge.getSourceObject();
		}
		return node == null ? null : node.getSource();
	}

	/** The box's centre on the canvas, in pixels (for tests and for placing the rename field). */
	public org.eclipse.swt.graphics.Rectangle screenBounds(Object modelObject) {
		DiagramNode node = nodes.get(modelObject);
		if (node == null) {
			return null;
		}
		int x = (int) Math.round(viewport.toScreenX(node.getX()));
		int y = (int) Math.round(viewport.toScreenY(node.getY()));
		return new Rectangle(x, y, (int) Math.round(node.getWidth() * viewport.zoom()), (int) Math.round(node.getHeight() * viewport.zoom()));
	}

	public List<Object> selection() {
		return List.copyOf(selection);
	}

	public void addSelectionListener(Consumer<List<Object>> listener) {
		selectionListeners.add(listener);
	}

	/** Selects model objects (those drawn here) and scrolls the first into view; tells the listeners when it changed. */
	public void setSelection(List<?> objects, boolean reveal) {
		Set<Object> next = new LinkedHashSet<>();
		for (Object object : objects) {
			if (nodes.containsKey(object) || edges.containsKey(object)) {
				next.add(object);
			}
		}
		if (reveal && !next.isEmpty()) {
			DiagramNode node = nodes.get(next.iterator().next());
			if (node != null) {
				viewport.reveal(node.getX(), node.getY(), node.getWidth(), node.getHeight());
			}
		}
		if (!next.equals(selection)) {
			selection.clear();
			selection.addAll(next);
			canvas.redraw();
			fireSelection();
		}
	}

	/** Ctrl-click: adds or removes one object. */
	void toggle(Object object) {
		if (!selection.remove(object)) {
			selection.add(object);
		}
		canvas.redraw();
		fireSelection();
	}

	boolean isSelected(Object object) {
		return selection.contains(object);
	}

	/** Every model object whose box lies wholly inside a diagram rectangle. */
	List<Object> objectsIn(double left, double top, double right, double bottom) {
		List<Object> inside = new ArrayList<>();
		if (diagram != null) {
			for (DiagramNode node : diagram.getNodes()) {
				if (node.getSource() != null && !node.isContainer() && node.getX() >= left && node.getRight() <= right && node.getY() >= top
						&& node.getBottom() <= bottom) {
					inside.add(node.getSource());
				}
			}
		}
		return inside;
	}

	private void fireSelection() {
		List<Object> current = selection();
		for (Consumer<List<Object>> listener : selectionListeners) {
			listener.accept(current);
		}
	}

	ViewerOverlay overlay() {
		return overlay;
	}

	/** How many times the canvas painted the diagram (the benchmark waits for the paint after an edit). */
	public long paintCount() {
		return paints;
	}

	/** How long the last paint took, in nanoseconds (for the benchmark). */
	public long lastPaintNanos() {
		return lastPaintNanos;
	}

	private void paint(Event event) {
		long start = System.nanoTime();
		GC gc = event.gc;
		Rectangle clip = new Rectangle(event.x, event.y, event.width, event.height);
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(clip);
		if (diagram == null || diagram.getWidth() <= 0) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawString(placeholder == null ? "" : placeholder, 20, 20, true);
		} else {
			painter.paint(diagram, new SwtCanvas(gc, resources, viewport.zoom(), viewport.originX(), viewport.originY(), clip));
			overlay.paint(gc);
			paints++;
		}
		lastPaintNanos = System.nanoTime() - start;
	}
}
