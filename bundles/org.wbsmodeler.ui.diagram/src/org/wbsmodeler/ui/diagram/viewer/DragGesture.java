package org.wbsmodeler.ui.diagram.viewer;

import java.util.List;

/**
 * What dragging boxes onto another box means on one page (reparent on the WBS chart, link on the network). The viewer
 * shows the feedback; the page decides and, on the drop, runs one command. A drag that ends elsewhere, or with Esc,
 * changes nothing.
 */
public interface DragGesture {

	/** Whether a drag may start from this object (a task on the network, any element but the project on the chart). */
	boolean canStart(Object source);

	/** Whether the feedback is a line from the source to the pointer (a link) rather than the dragged boxes' outline. */
	boolean drawsLine();

	/** Why dropping here is refused, or null when it would be done. */
	String check(List<Object> dragged, Object target);

	/** Does it: one command on the editor's stack, or a refusal in the status line. */
	void drop(List<Object> dragged, Object target);
}
