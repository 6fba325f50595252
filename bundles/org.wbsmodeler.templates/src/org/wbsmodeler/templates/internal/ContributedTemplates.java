package org.wbsmodeler.templates.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.wbsmodeler.templates.ModelTemplate;

/**
 * Reads the templates other plug-ins contribute to {@code org.wbsmodeler.templates.templates}. Outside Eclipse (a
 * flat classpath) there is no extension registry and so no contributions.
 */
public final class ContributedTemplates {

	public static final String EXTENSION_POINT = "org.wbsmodeler.templates.templates";

	private ContributedTemplates() {
	}

	public static List<ModelTemplate> read() {
		IExtensionRegistry registry;
		try {
			registry = RegistryFactory.getRegistry();
		} catch (LinkageError noRegistryOnClasspath) {
			return List.of();
		}
		if (registry == null) {
			return List.of();
		}
		List<ModelTemplate> templates = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				templates.add((ModelTemplate) element.createExecutableExtension("class"));
			} catch (CoreException | ClassCastException e) {
				System.err.println("wbs: template " + element.getAttribute("class") + " of " + element.getContributor().getName()
						+ " cannot be used: " + e.getMessage());
			}
		}
		return templates;
	}
}
