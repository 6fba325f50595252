package org.wbsmodeler.ui.diagram.network;

import java.util.List;

import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.ui.diagram.viewer.DragGesture;

/** On the network, dragging from tasks onto another task links them to it, finish-to-start. */
final class LinkGesture implements DragGesture {

	private final NetworkEdits edits;

	LinkGesture(NetworkEdits edits) {
		this.edits = edits;
	}

	@Override
	public boolean canStart(Object source) {
		return source instanceof WbsElement;
	}

	@Override
	public boolean drawsLine() {
		return true;
	}

	@Override
	public String check(List<Object> dragged, Object target) {
		return target instanceof WbsElement successor ? edits.checkLink(elements(dragged), successor) : "Drop on a task to link to it";
	}

	@Override
	public void drop(List<Object> dragged, Object target) {
		if (target instanceof WbsElement successor && !elements(dragged).isEmpty()) {
			edits.drop(elements(dragged), successor);
		}
	}

	private static List<WbsElement> elements(List<Object> objects) {
		return objects.stream().filter(WbsElement.class::isInstance).map(WbsElement.class::cast).toList();
	}
}
