package org.wbsmodeler.model.extension;

import org.eclipse.emf.ecore.EPackage;

/**
 * A plug-in's addition to the metamodel: an EPackage whose classes extend ours, either new kinds of WBS element
 * (subclasses of {@code WbsElement}, contained in {@code children}) or annotations that hang on any element
 * (subclasses of {@code Annotation}, contained in {@code WbsElement.annotations}). Contributed to the extension point
 * {@value ModelExtensions#EXTENSION_POINT} (on a flat classpath: {@code META-INF/services/org.wbsmodeler.model.extension.ModelExtension});
 * needs a public no-argument constructor. Its item providers, icons and "New Child" entries go through EMF.Edit's own
 * extension points ({@code itemProviderAdapterFactories}, {@code childCreationExtenders}); see docs/extending.md.
 */
public interface ModelExtension {

	/** The package, usually {@code XyzPackage.eINSTANCE}. Its namespace URI is what model files name. */
	EPackage ePackage();
}
