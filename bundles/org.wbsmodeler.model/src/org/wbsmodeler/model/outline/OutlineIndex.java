package org.wbsmodeler.model.outline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.WbsCodes;

/**
 * The WBS of a project in outline order with every element's code, position code, level and parent, its summaries and
 * its leaves: built in one pass (O(n)), then every lookup is O(1). It is a snapshot: {@link #build(WbsContainer)} gives
 * a fresh one; {@link #of(Project)} keeps one on the project and builds it again after the first change of the outline
 * (children added, removed or moved, a custom code set), so an editor may ask for it on every refresh.
 */
public final class OutlineIndex {

	/**
	 * One element of the outline.
	 *
	 * @param element      the element
	 * @param code         its WBS code: the custom code when it has one, else the position code
	 * @param positionCode the 1-based positions of the element and its ancestors joined by dots (1.2.3)
	 * @param level        1 for a top-level element
	 * @param index        0-based place in outline order
	 * @param parent       the project or summary holding it
	 * @param summary      whether it has children ({@link WbsElement#isSummary()})
	 */
	public record Line(WbsElement element, String code, String positionCode, int level, int index, WbsContainer parent, boolean summary) {
	}

	private final WbsContainer root;
	private final List<Line> lines = new ArrayList<>();
	private final Map<WbsElement, Line> byElement = new IdentityHashMap<>();
	private final List<WbsElement> elements = new ArrayList<>();
	private final List<WbsElement> summaries = new ArrayList<>();
	private final List<WbsElement> leaves = new ArrayList<>();
	/** Per line: the index just after its last descendant, so a subtree is a range of the outline. */
	private int[] ends = new int[16];
	private Map<String, WbsElement> byCode;

	private OutlineIndex(WbsContainer root) {
		this.root = root;
		add(root, "", 1);
	}

	/** A fresh index of everything under {@code root} (a project or a summary, whose children are then level 1). */
	public static OutlineIndex build(WbsContainer root) {
		return new OutlineIndex(root);
	}

	/**
	 * The project's index, kept on the project and built again only after the outline changed: use this from anything
	 * that asks repeatedly (editors, views). The first call attaches an adapter to the project and its WBS elements.
	 */
	public static OutlineIndex of(Project project) {
		OutlineIndexCache cache = (OutlineIndexCache) EcoreUtil.getExistingAdapter(project, OutlineIndexCache.class);
		if (cache == null) {
			cache = new OutlineIndexCache();
			cache.attach(project);
		}
		return cache.index(project);
	}

	/** The cached index of the project an element belongs to, or null when nobody asked {@link #of(Project)} for one. */
	public static OutlineIndex cachedFor(WbsElement element) {
		EObject top = element;
		while (top.eContainer() instanceof WbsContainer container) {
			top = container;
		}
		if (top instanceof Project project && EcoreUtil.getExistingAdapter(project, OutlineIndexCache.class) instanceof OutlineIndexCache cache) {
			return cache.index(project);
		}
		return null;
	}

	private void add(WbsContainer container, String parentPosition, int level) {
		int position = 0;
		for (WbsElement element : container.getChildren()) {
			String positionCode = parentPosition.isEmpty() ? Integer.toString(++position) : parentPosition + '.' + ++position;
			boolean summary = element.isSummary();
			Line line = new Line(element, WbsCodes.codeOf(element.getCustomCode(), positionCode), positionCode, level, lines.size(),
					container, summary);
			lines.add(line);
			elements.add(element);
			byElement.put(element, line);
			if (summary) {
				summaries.add(element);
				add((WbsContainer) element, positionCode, level + 1);
			} else {
				leaves.add(element);
			}
			if (line.index() >= ends.length) {
				ends = java.util.Arrays.copyOf(ends, Math.max(ends.length * 2, line.index() + 1));
			}
			ends[line.index()] = lines.size();
		}
	}

	/** The project or summary the index was built for. */
	public WbsContainer root() {
		return root;
	}

	/** Every element in outline order (a parent before its children, siblings in their order). */
	public List<Line> lines() {
		return Collections.unmodifiableList(lines);
	}

	/** Every element in outline order. */
	public List<WbsElement> elements() {
		return Collections.unmodifiableList(elements);
	}

	/** The elements with children, in outline order: read backwards, every summary comes after all summaries below it. */
	public List<WbsElement> summaries() {
		return Collections.unmodifiableList(summaries);
	}

	/** The elements without children (the activities of the schedule), in outline order. */
	public List<WbsElement> leaves() {
		return Collections.unmodifiableList(leaves);
	}

	public int size() {
		return lines.size();
	}

	public boolean contains(WbsElement element) {
		return byElement.containsKey(element);
	}

	/** The line of an element of the index, or null for an element outside it. */
	public Line line(WbsElement element) {
		return byElement.get(element);
	}

	/** The element's code; for an element outside the index, its own {@link WbsElement#getCode()}. */
	public String code(WbsElement element) {
		Line line = byElement.get(element);
		return line != null ? line.code() : element.getCode();
	}

	/** The element's position code (1.2.3), ignoring custom codes; for an element outside the index, computed. */
	public String positionCode(WbsElement element) {
		Line line = byElement.get(element);
		return line != null ? line.positionCode() : WbsCodes.positionCode(element);
	}

	/** 1 for a top-level element, 0 for an element outside the index. */
	public int level(WbsElement element) {
		Line line = byElement.get(element);
		return line != null ? line.level() : 0;
	}

	/** The 0-based place of an element in outline order, -1 for an element outside the index. */
	public int indexOf(WbsElement element) {
		Line line = byElement.get(element);
		return line != null ? line.index() : -1;
	}

	/** The project or summary holding an element, null for an element outside the index. */
	public WbsContainer parent(WbsElement element) {
		Line line = byElement.get(element);
		return line != null ? line.parent() : null;
	}

	public boolean isSummary(WbsElement element) {
		Line line = byElement.get(element);
		return line != null ? line.summary() : element.isSummary();
	}

	/** Everything under an element, in outline order (empty for a leaf or an element outside the index). */
	public List<Line> subtree(WbsElement element) {
		Line line = byElement.get(element);
		return line == null ? List.of() : Collections.unmodifiableList(lines.subList(line.index() + 1, ends[line.index()]));
	}

	/** How many elements are under an element, at any depth. */
	public int descendantCount(WbsElement element) {
		Line line = byElement.get(element);
		return line == null ? 0 : ends[line.index()] - line.index() - 1;
	}

	/** The leaves under a summary in outline order; a leaf's own is itself. */
	public List<WbsElement> leavesOf(WbsElement element) {
		Line line = byElement.get(element);
		if (line == null || !line.summary()) {
			return List.of(element);
		}
		List<WbsElement> result = new ArrayList<>();
		for (Line below : subtree(element)) {
			if (!below.summary()) {
				result.add(below.element());
			}
		}
		return result;
	}

	/** The first element in outline order with this code, or null. */
	public WbsElement byCode(String code) {
		if (byCode == null) {
			Map<String, WbsElement> map = new HashMap<>();
			for (Line line : lines) {
				map.putIfAbsent(line.code(), line.element());
			}
			byCode = map;
		}
		return byCode.get(code);
	}
}
