package org.wbsmodeler.model.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * What a model file holds that no installed package knows. Elements of a package that is not installed (a plug-in's
 * risk hung on an activity, a plug-in's kind of WBS element among the children of a phase) are kept as EMF records them
 * ({@link AnyType}s in the resource's extension map) and written back by the next save, with one warning per missing
 * package: losing a colleague's risk register because one's own installation lacks the plug-in would be worse than
 * leaving it out of validation and scheduling for a while. Anything else unknown — an attribute or element of our own
 * namespace, a typo, a newer format — stays an error, as before: that is a damaged file, not someone else's plug-in.
 */
final class UnknownContent {

	private UnknownContent() {
	}

	/**
	 * Checks what the load recorded: throws for unknown content of our own, adds one warning per missing package to
	 * the resource (and names the package with the prefix the file used, so the save writes the same prefix).
	 */
	static void check(Path file, XMLResource resource, Map<String, String> prefixes) throws ModelLoadException {
		Map<String, Integer> kept = new TreeMap<>();
		for (Map.Entry<EObject, AnyType> recorded : resource.getEObjectToExtensionMap().entrySet()) {
			EObject owner = recorded.getKey();
			AnyType extension = recorded.getValue();
			if (extension.getAnyAttribute() != null && !extension.getAnyAttribute().isEmpty()) {
				throw unknown(file, extension.getAnyAttribute().get(0), owner);
			}
			for (FeatureMap.Entry entry : extension.getMixed()) {
				if (!(entry.getValue() instanceof AnyType foreign)) {
					continue; // white space between elements
				}
				EPackage ePackage = foreign.eClass().getEPackage();
				String namespace = ePackage == null ? null : ePackage.getNsURI();
				if (namespace == null || namespace.startsWith(LoadProblems.FORMAT_NAMESPACE_PREFIX)) {
					throw unknown(file, entry, owner);
				}
				String prefix = prefixes.get(namespace);
				if (prefix != null) {
					ePackage.setNsPrefix(prefix);
				}
				kept.merge(namespace, 1, Integer::sum);
			}
		}
		kept.forEach((namespace, count) -> resource.getWarnings().add(new LoadWarning("keeps " + count
				+ (count == 1 ? " element" : " elements") + " of package " + namespace
				+ ", which is not installed (not validated or scheduled; saved back unchanged)")));
	}

	private static ModelLoadException unknown(Path file, FeatureMap.Entry entry, EObject owner) {
		if (entry.getValue() instanceof AnyType element && owner.eClass().getEStructuralFeature(entry.getEStructuralFeature().getName()) instanceof EReference known) {
			// one of our elements whose xsi:type is damaged: EMF could not make it and kept it as unknown content
			return new ModelLoadException(file, SourceLines.lineOf(file, owner, element), IllegalValues.untyped(element, known) + ", in '"
					+ known.getName() + "' of " + ModelLabels.describe(owner), null);
		}
		int line = SourceLines.lineOf(file, owner, entry.getValue() instanceof EObject element ? element : owner);
		return new ModelLoadException(file, line, "unknown attribute or element '" + entry.getEStructuralFeature().getName() + "' in "
				+ ModelLabels.describe(owner), null);
	}

	/** A load warning in EMF's form, so editors show it like the parser's own warnings. */
	record LoadWarning(String getMessage) implements org.eclipse.emf.ecore.resource.Resource.Diagnostic {
		@Override
		public String getLocation() {
			return null;
		}

		@Override
		public int getLine() {
			return 0;
		}

		@Override
		public int getColumn() {
			return 0;
		}
	}
}
