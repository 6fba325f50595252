package org.wbsmodeler.model.io;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * Says what EMF's "illegal value" is in words. The value EMF reports is often an object — for an element whose
 * {@code xsi:type} is damaged or missing, the {@link AnyType} it recorded in its place — whose {@code toString} is a
 * dump of EMF's internals over many lines; a person needs the element (its name, as the file gives it), where it sits
 * and what may stand there.
 */
final class IllegalValues {

	private static final int LONGEST_VALUE = 60;

	private IllegalValues() {
	}

	static String describe(EObject owner, EStructuralFeature feature, Object value) {
		String where = "'" + feature.getName() + "'" + (owner == null ? "" : " of " + ModelLabels.describe(owner))
				+ (owner instanceof Dependency link && link.getSuccessor() != null ? " of " + ModelLabels.describe(link.getSuccessor()) : "");
		if (value instanceof AnyType unknown) {
			return untyped(unknown, feature) + (feature instanceof EReference r && !r.isContainment() ? ", referenced by " : ", in ") + where;
		}
		if (value instanceof EObject object) {
			return "a " + ModelLabels.kindOf(object) + " cannot stand in " + where + expected(feature);
		}
		return "illegal value '" + shorten(String.valueOf(value)) + "' for " + where;
	}

	/** An element whose type EMF did not know: its name as the file gives it, and the types it could have. */
	static String untyped(AnyType unknown, EStructuralFeature feature) {
		String name = attribute(unknown, "name");
		return "element" + (name == null ? "" : " '" + shorten(name) + "'") + " has a damaged or missing xsi:type" + expected(feature);
	}

	/** What the feature takes, written as in the file: "(expected wbs:Phase, wbs:Deliverable, …)". */
	private static String expected(EStructuralFeature feature) {
		EClassifier type = feature.getEType();
		if (!(type instanceof EClass wanted) || wanted.getEPackage() == null) {
			return "";
		}
		List<String> names = new ArrayList<>();
		for (EClassifier classifier : wanted.getEPackage().getEClassifiers()) {
			if (classifier instanceof EClass candidate && !candidate.isAbstract() && !candidate.isInterface() && wanted.isSuperTypeOf(candidate)) {
				names.add(wanted.getEPackage().getNsPrefix() + ":" + candidate.getName());
			}
		}
		return names.isEmpty() ? "" : " (expected xsi:type " + String.join(", ", names) + ")";
	}

	private static String attribute(AnyType unknown, String name) {
		for (FeatureMap.Entry entry : unknown.getAnyAttribute()) {
			if (name.equals(entry.getEStructuralFeature().getName())) {
				return String.valueOf(entry.getValue());
			}
		}
		return null;
	}

	private static String shorten(String text) {
		return text.length() <= LONGEST_VALUE ? text : text.substring(0, LONGEST_VALUE) + "…";
	}
}
