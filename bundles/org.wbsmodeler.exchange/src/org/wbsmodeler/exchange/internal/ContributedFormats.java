package org.wbsmodeler.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.exchange.ModelImporter;

/**
 * The exporters and importers: in Eclipse, every contribution to {@code org.wbsmodeler.exchange.exporters} and
 * {@code .importers} (the built-in ones included); on a flat classpath, the {@link ServiceLoader} entries. The first
 * contribution of an id wins.
 */
public final class ContributedFormats {

	public static final String EXPORTERS = "org.wbsmodeler.exchange.exporters";
	public static final String IMPORTERS = "org.wbsmodeler.exchange.importers";

	private ContributedFormats() {
	}

	public static List<ModelExporter> exporters() {
		return read(EXPORTERS, ModelExporter.class, ModelExporter::id);
	}

	public static List<ModelImporter> importers() {
		return read(IMPORTERS, ModelImporter.class, ModelImporter::id);
	}

	private static <T> List<T> read(String extensionPoint, Class<T> type, Function<T, String> id) {
		Map<String, T> byId = new LinkedHashMap<>();
		IExtensionRegistry registry = registry();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
				try {
					T contribution = type.cast(element.createExecutableExtension("class"));
					byId.putIfAbsent(id.apply(contribution), contribution);
				} catch (CoreException | ClassCastException e) {
					System.err.println("wbs: " + element.getName() + " " + element.getAttribute("class") + " of " + element.getContributor().getName()
							+ " cannot be used: " + e.getMessage());
				}
			}
		} else {
			for (T contribution : ServiceLoader.load(type, ContributedFormats.class.getClassLoader())) {
				byId.putIfAbsent(id.apply(contribution), contribution);
			}
		}
		return new ArrayList<>(byId.values());
	}

	private static IExtensionRegistry registry() {
		try {
			return RegistryFactory.getRegistry();
		} catch (LinkageError noRegistryOnClasspath) {
			return null;
		}
	}
}
