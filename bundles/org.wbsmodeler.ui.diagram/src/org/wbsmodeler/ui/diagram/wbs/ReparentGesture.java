package org.wbsmodeler.ui.diagram.wbs;

import java.util.List;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.viewer.DragGesture;

/** On the WBS chart, dragging boxes onto another box moves them under it. */
final class ReparentGesture implements DragGesture {

	private final WbsChartEdits edits;

	ReparentGesture(WbsChartEdits edits) {
		this.edits = edits;
	}

	@Override
	public boolean canStart(Object source) {
		return source instanceof WbsElement;
	}

	@Override
	public boolean drawsLine() {
		return false;
	}

	@Override
	public String check(List<Object> dragged, Object target) {
		return edits.checkMove(elements(dragged), target);
	}

	@Override
	public void drop(List<Object> dragged, Object target) {
		edits.drop(elements(dragged), target);
	}

	private static List<WbsElement> elements(List<Object> objects) {
		return objects.stream().filter(WbsElement.class::isInstance).map(WbsElement.class::cast).toList();
	}
}
