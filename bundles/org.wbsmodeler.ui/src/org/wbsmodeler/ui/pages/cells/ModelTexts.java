package org.wbsmodeler.ui.pages.cells;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.wbsmodeler.model.Priority;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;

/** How the pages name model objects, enum values and features: short, as people say them. */
public final class ModelTexts {

	private ModelTexts() {
	}

	/** An object in a cell or a chooser: a WBS element by code and name, a requirement by identifier, else its name. */
	public static String name(Object object) {
		if (object instanceof WbsElement element) {
			return element.getCode() + " " + orUnnamed(element.getName());
		}
		if (object instanceof Requirement requirement && requirement.getIdentifier() != null) {
			return requirement.getIdentifier();
		}
		if (object instanceof EObject eObject) {
			EStructuralFeature name = eObject.eClass().getEStructuralFeature("name");
			return name == null ? kind(eObject) : orUnnamed((String) eObject.eGet(name));
		}
		if (object instanceof Enumerator literal) {
			return literal(literal);
		}
		return object == null ? "" : object.toString();
	}

	/** Short names joined, for many-valued references: "2.1 Design; 2.2 Build". */
	public static String names(Collection<?> objects) {
		return objects.stream().map(ModelTexts::code).collect(Collectors.joining("; "));
	}

	/** The shortest name that identifies an object in a list: a WBS element's code, else {@link #name}. */
	public static String code(Object object) {
		return object instanceof WbsElement element ? element.getCode() : name(object);
	}

	/** CUSTOMER_SERVICE becomes "Customer service", WONT "Won't". */
	public static String literal(Enumerator literal) {
		if (literal == Priority.WONT) {
			return "Won't";
		}
		String words = literal.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.length() <= 2 ? words.toUpperCase(Locale.ROOT) : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** standardRate becomes "standard rate". */
	public static String feature(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** CrmComponent becomes "CRM component", ProcessStep "process step". */
	public static String kind(EObject object) {
		String words = object.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return words.replace("crm ", "CRM ").replace("kpi", "KPI");
	}

	/** Kind and name for command labels: "requirement BR-01", "stakeholder 'CFO'". */
	public static String describe(EObject object) {
		if (object instanceof WbsElement || object instanceof Requirement) {
			return kind(object) + " " + name(object);
		}
		return kind(object) + " '" + name(object) + "'";
	}

	/** Every WBS element of the project in outline order (the order codes follow). */
	public static List<WbsElement> outline(Project project) {
		List<WbsElement> result = new ArrayList<>();
		addOutline(project, result);
		return result;
	}

	/** How deep an element sits: 0 for a child of the project. */
	public static int depth(WbsElement element) {
		int depth = 0;
		for (EObject up = element.eContainer(); up instanceof WbsElement; up = up.eContainer()) {
			depth++;
		}
		return depth;
	}

	private static void addOutline(WbsContainer container, List<WbsElement> result) {
		for (WbsElement child : container.getChildren()) {
			result.add(child);
			if (child instanceof WbsContainer sub) {
				addOutline(sub, result);
			}
		}
	}

	private static String orUnnamed(String name) {
		return name == null || name.isBlank() ? "(unnamed)" : name;
	}
}
