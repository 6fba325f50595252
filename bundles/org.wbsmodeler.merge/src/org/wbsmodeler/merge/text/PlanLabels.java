package org.wbsmodeler.merge.text;

import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.diff.Change;
import org.wbsmodeler.merge.diff.Location;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.MergeResult.Side;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.DateTimeText;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * How changes and conflicts read for people: one line each, starting with the element's WBS code and name (for
 * an object inside an element, such as a dependency or a risk, the element's, then what it is). Codes come from one
 * outline index per plan, so labelling thousands of changes does not walk the siblings each time.
 */
public final class PlanLabels {

	private final Map<Project, OutlineIndex> outlines = new IdentityHashMap<>();

	/** {@code 1.2.3 Design} for an element; {@code 1.2.3 Design › dependency} inside one; kind and name otherwise. */
	public String label(EObject object) {
		if (object == null) {
			return "(none)";
		}
		if (object instanceof Project project) {
			return "project " + quoted(project.getName());
		}
		if (object instanceof WbsElement element) {
			return code(element) + " " + nameOf(element.getName());
		}
		EObject owner = object.eContainer();
		while (owner != null && !(owner instanceof WbsElement)) {
			owner = owner.eContainer();
		}
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : object.eGet(name);
		String self = ModelLabels.kindOf(object) + (value == null ? "" : " " + quoted(String.valueOf(value)));
		return owner == null ? self : label(owner) + " › " + self;
	}

	/** The element's code, from its plan's outline (null-safe for detached elements). */
	public String code(WbsElement element) {
		EObject root = EcoreUtil.getRootContainer(element);
		if (!(root instanceof Project project)) {
			return element.getCode();
		}
		OutlineIndex outline = outlines.computeIfAbsent(project, OutlineIndex::of);
		return outline.contains(element) ? outline.code(element) : element.getCode();
	}

	/** One line for a change of a diff from {@code from} to {@code to}. */
	public String line(Change change, PlanIndex from, PlanIndex to) {
		String feature = change.feature() == null ? "" : change.feature().getName();
		String what = switch (change.kind()) {
		case CREATED -> "created " + ModelLabels.kindOf(change.element()) + " in " + place((Location) change.newValue(), to);
		case DELETED -> "deleted " + ModelLabels.kindOf(change.element()) + " from " + place((Location) change.oldValue(), from);
		case MOVED -> "moved from " + place((Location) change.oldValue(), from) + " to " + place((Location) change.newValue(), to);
		case SET -> feature + ": " + value(change.oldValue()) + " → " + value(change.newValue());
		case ADDED -> feature + ": added " + value(change.newValue());
		case REMOVED -> feature + ": removed " + value(change.oldValue());
		};
		return label(change.element()) + ": " + what;
	}

	/** One line for a conflict: element, feature, the three values and why. */
	public String line(Conflict conflict, MergeResult result) {
		return (conflict.element() == null ? conflict.elementId() : label(conflict.element())) + ": " + conflict.feature() + ": base "
				+ conflictValue(conflict, conflict.base(), Side.BASE, result) + ", ours " + conflictValue(conflict, conflict.ours(), Side.OURS, result)
				+ ", theirs " + conflictValue(conflict, conflict.theirs(), Side.THEIRS, result) + " (" + conflict.detail() + ")";
	}

	/** A conflict's value on one side: element ids (references, parents) by the label of that side's element. */
	public String conflictValue(Conflict conflict, Object value, Side side, MergeResult result) {
		if (value instanceof String id && conflict.kind() != ConflictKind.VALUE || value instanceof String && isReference(conflict)) {
			EObject object = result.objectIn(side, (String) value);
			if (object != null) {
				return label(object);
			}
		}
		if (value instanceof List<?> list) {
			return list.stream().map(v -> conflictValue(conflict, v, side, result)).collect(Collectors.joining(", ", "[", "]"));
		}
		return value(value);
	}

	private static boolean isReference(Conflict conflict) {
		EObject element = conflict.element();
		return element != null && element.eClass().getEStructuralFeature(conflict.feature()) instanceof org.eclipse.emf.ecore.EReference;
	}

	private String place(Location location, PlanIndex plan) {
		EObject parent = location == null || location.parentId() == null ? null : plan.object(location.parentId());
		return label(parent) + " (" + location.feature() + " #" + (location.index() + 1) + ")";
	}

	/** A value as people write it: dates ISO without zone, whole numbers without ".0", objects by label. */
	public String value(Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof EObject object) {
			return label(object);
		}
		if (value instanceof LocalDateTime date) {
			return DateTimeText.format(date);
		}
		if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
			return String.valueOf(number.longValue());
		}
		if (value instanceof List<?> list) {
			return list.stream().map(this::value).collect(Collectors.joining(", ", "[", "]"));
		}
		return String.valueOf(value);
	}

	private static String nameOf(String name) {
		return name == null || name.isEmpty() ? "(unnamed)" : name;
	}

	private static String quoted(String name) {
		return "'" + nameOf(name) + "'";
	}
}
