package org.wbsmodeler.model.extension;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EPackage;
import org.wbsmodeler.model.registry.Contributions;

/**
 * The installed {@link ModelExtension}s, read through {@link Contributions} (extension registry or services files).
 * In Eclipse EMF's {@code generated_package} extension registers each package globally already; on a flat classpath
 * nothing else does, so {@code WbsModel.init()} and every resource set of {@code ModelFiles} register them from here.
 */
public final class ModelExtensions {

	/** The extension point model extensions are contributed to. */
	public static final String EXTENSION_POINT = "org.wbsmodeler.model.extensions";

	private static final Supplier<List<ModelExtension>> INSTALLED = Contributions.installed(EXTENSION_POINT, ModelExtension.class,
			extension -> extension.ePackage().getNsURI());

	private ModelExtensions() {
	}

	/** The packages of the installed extensions, read once (a plug-in set does not change while it runs). */
	public static List<EPackage> packages() {
		return INSTALLED.get().stream().map(ModelExtension::ePackage).toList();
	}

	/** Registers every installed extension's package in {@code registry} under its namespace. */
	public static void registerPackages(EPackage.Registry registry) {
		for (EPackage ePackage : packages()) {
			registry.putIfAbsent(ePackage.getNsURI(), ePackage);
		}
	}
}
