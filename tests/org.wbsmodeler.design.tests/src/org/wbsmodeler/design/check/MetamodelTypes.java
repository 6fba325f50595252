package org.wbsmodeler.design.check;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Type names as a viewpoint writes them, resolved the way Sirius resolves them: {@code model::Activity},
 * {@code model.Activity} or plain {@code Activity}, where the qualifier is the EPackage's <em>name</em> (Sirius's
 * PackageRegistryIndex and AQL both index classes by package name, not by nsPrefix).
 */
public final class MetamodelTypes {

	/** Packages of Sirius itself that expressions may name; they are not ours to check. */
	private static final Set<String> FOREIGN = Set.of("viewpoint", "diagram", "description", "style", "tool");

	private final EPackage metamodel;

	public MetamodelTypes(EPackage metamodel) {
		this.metamodel = metamodel;
	}

	public EPackage metamodel() {
		return metamodel;
	}

	/** Whether the qualifier is one the checker does not judge (Sirius's own packages). */
	public boolean isForeign(String qualifiedName) {
		String qualifier = qualifierOf(qualifiedName);
		return qualifier != null && FOREIGN.contains(qualifier);
	}

	/** The classifier named, or null when neither our package nor Ecore has it under that qualifier. */
	public EClassifier classifier(String qualifiedName) {
		String qualifier = qualifierOf(qualifiedName);
		String simple = simpleNameOf(qualifiedName);
		if (qualifier == null || qualifier.equals(metamodel.getName())) {
			EClassifier ours = metamodel.getEClassifier(simple);
			if (ours != null || qualifier != null) {
				return ours;
			}
		}
		if (qualifier == null || qualifier.equals(EcorePackage.eNAME)) {
			return EcorePackage.eINSTANCE.getEClassifier(simple);
		}
		return null;
	}

	public EClass eClass(String qualifiedName) {
		return classifier(qualifiedName) instanceof EClass eClass ? eClass : null;
	}

	/** The feature every one of the types has under that name, or null when one of them lacks it. */
	public static EStructuralFeature commonFeature(Set<EClass> types, String name) {
		EStructuralFeature found = null;
		for (EClass type : types) {
			EStructuralFeature feature = type.getEStructuralFeature(name);
			if (feature == null) {
				return null;
			}
			found = feature;
		}
		return found;
	}

	/** The EClass typing a feature's values, as a one-element set; empty for attributes. */
	public static Set<EClass> typeOf(EStructuralFeature feature) {
		Set<EClass> result = new LinkedHashSet<>();
		if (feature.getEType() instanceof EClass eClass) {
			result.add(eClass);
		}
		return result;
	}

	static String qualifierOf(String name) {
		int colons = name.lastIndexOf("::");
		if (colons >= 0) {
			return name.substring(0, colons);
		}
		int dot = name.lastIndexOf('.');
		return dot >= 0 ? name.substring(0, dot) : null;
	}

	static String simpleNameOf(String name) {
		int colons = name.lastIndexOf("::");
		if (colons >= 0) {
			return name.substring(colons + 2);
		}
		return name.substring(name.lastIndexOf('.') + 1);
	}
}
