package org.wbsmodeler.model.registry;

import java.util.function.Function;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The only class that touches the Equinox extension registry, so that on a flat classpath without it just this class
 * fails to load ({@link Contributions} catches that and reads the services files).
 */
final class ExtensionRegistryReader {

	private ExtensionRegistryReader() {
	}

	/** The contributions to an extension point, or null when no registry is running. */
	static <T> Contributions<T> read(String extensionPoint, Class<T> type, Function<? super T, String> id) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return null;
		}
		Contributions.Collector<T> collector = new Contributions.Collector<>(id);
		for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
			try {
				collector.add(type.cast(element.createExecutableExtension("class")));
			} catch (CoreException | ClassCastException e) {
				collector.problem(extensionPoint + ": " + element.getName() + " " + element.getAttribute("class") + " of "
						+ element.getContributor().getName() + " cannot be used: " + e.getMessage());
			}
		}
		return collector.done();
	}
}
