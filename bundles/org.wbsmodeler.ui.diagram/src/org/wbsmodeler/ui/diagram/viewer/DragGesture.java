package org.wbsmodeler.ui.diagram.viewer;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.wbsmodeler.model.WbsElement;

/**
 * What dragging boxes onto another box means on one page (reparent on the WBS chart, link on the network, reorder
 * or link a step on the process map). The viewer shows the feedback; the page decides through its edit rules and,
 * on the drop, runs one command. A drag that ends elsewhere, or with Esc, changes nothing.
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

	/** A gesture on WBS elements: what is dragged and where it goes, both elements, asked of a page's rules. */
	static DragGesture onElements(boolean drawsLine, String dropHere, BiFunction<List<WbsElement>, WbsElement, String> check,
			BiConsumer<List<WbsElement>, WbsElement> drop) {
		return of(WbsElement.class::isInstance, drawsLine,
				(dragged, target) -> target instanceof WbsElement element ? check.apply(elements(dragged), element) : dropHere,
				(dragged, target) -> {
					if (target instanceof WbsElement element && !elements(dragged).isEmpty()) {
						drop.accept(elements(dragged), element);
					}
				});
	}

	/** A gesture made of its four answers. */
	static DragGesture of(Predicate<Object> canStart, boolean drawsLine, BiFunction<List<Object>, Object, String> check,
			BiConsumer<List<Object>, Object> drop) {
		return new DragGesture() {
			@Override
			public boolean canStart(Object source) {
				return canStart.test(source);
			}

			@Override
			public boolean drawsLine() {
				return drawsLine;
			}

			@Override
			public String check(List<Object> dragged, Object target) {
				return check.apply(dragged, target);
			}

			@Override
			public void drop(List<Object> dragged, Object target) {
				drop.accept(dragged, target);
			}
		};
	}

	/** The WBS elements among dragged objects. */
	static List<WbsElement> elements(List<Object> objects) {
		return objects.stream().filter(WbsElement.class::isInstance).map(WbsElement.class::cast).toList();
	}
}
