package org.wbsmodeler.model.util;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsElement;

/** How elements are named in messages and reports: kind, code and name, e.g. {@code deliverable 1.2 'Data model'}. */
public final class ModelLabels {

	private ModelLabels() {
	}

	public static String describe(EObject object) {
		if (object == null) {
			return "(nothing)";
		}
		String kind = kindOf(object);
		if (object instanceof WbsElement element) {
			return kind + " " + element.getCode() + " '" + nameOf(element.getName()) + "'";
		}
		if (object instanceof Requirement requirement) {
			String id = requirement.getIdentifier();
			return kind + (id == null || id.isEmpty() ? "" : " " + id) + " '" + nameOf(requirement.getName()) + "'";
		}
		if (object instanceof CrmComponent component) {
			return kind + " '" + nameOf(component.getName()) + "'";
		}
		Object name = object.eClass().getEStructuralFeature("name") != null ? object.eGet(object.eClass().getEStructuralFeature("name")) : null;
		return name == null ? kind : kind + " '" + name + "'";
	}

	/** Code and name only, for chains such as a dependency cycle: {@code 1.2.1 Design}. */
	public static String shortLabel(WbsElement element) {
		return shortLabel(element.getCode(), element);
	}

	/** The same with a code the caller already knows (from an outline index: no walk over siblings per element). */
	public static String shortLabel(String code, WbsElement element) {
		return code + " " + nameOf(element.getName());
	}

	/** A chain of elements such as a cycle or a critical path: {@code 1.1 A → 1.2 B → 1.3 C}. */
	public static String chain(java.util.List<? extends WbsElement> elements) {
		return elements.stream().map(ModelLabels::shortLabel).collect(java.util.stream.Collectors.joining(" → "));
	}

	/** The element kind as a person says it: WorkPackage becomes "work package". */
	public static String kindOf(EObject object) {
		return KINDS.computeIfAbsent(object.eClass().getName(), name -> WORD_BOUNDARY.matcher(name).replaceAll("$1 $2").toLowerCase(java.util.Locale.ROOT));
	}

	private static final java.util.regex.Pattern WORD_BOUNDARY = java.util.regex.Pattern.compile("([a-z])([A-Z])");

	/** Kinds by class name: messages about 100,000 elements ask for a handful of kinds. */
	private static final java.util.Map<String, String> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

	private static String nameOf(String name) {
		return name == null || name.isEmpty() ? "(unnamed)" : name;
	}
}
