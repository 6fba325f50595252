package org.wbsmodeler.exchange;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;

/**
 * The WBS in outline order with each element's code and level, computed in one pass. {@link WbsElement#getCode()}
 * counts an element's siblings on every call, which is fine for one element and quadratic for a whole big model.
 */
public final class Outline {

	/** One line of the outline; level 1 is a top-level element. */
	public record Line(WbsElement element, String code, int level) {
	}

	private final List<Line> lines = new ArrayList<>();
	private final Map<WbsElement, Line> byElement = new IdentityHashMap<>();

	public Outline(Project project) {
		add(project, "", 1);
	}

	private void add(WbsContainer container, String parentPosition, int level) {
		int position = 0;
		for (WbsElement element : container.getChildren()) {
			String positionCode = parentPosition + (parentPosition.isEmpty() ? "" : ".") + ++position;
			String custom = element.getCustomCode();
			Line line = new Line(element, custom != null && !custom.isBlank() ? custom : positionCode, level);
			lines.add(line);
			byElement.put(element, line);
			if (element instanceof WbsContainer children) {
				add(children, positionCode, level + 1);
			}
		}
	}

	public List<Line> lines() {
		return lines;
	}

	/** The code of an element of the project, or its own {@link WbsElement#getCode()} for one outside it. */
	public String code(WbsElement element) {
		Line line = byElement.get(element);
		return line != null ? line.code() : element.getCode();
	}

	public int size() {
		return lines.size();
	}
}
