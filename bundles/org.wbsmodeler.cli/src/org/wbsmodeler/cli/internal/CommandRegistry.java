package org.wbsmodeler.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.wbsmodeler.cli.Command;

/**
 * The commands of {@code ./wbs}: in Eclipse, every contribution to {@code org.wbsmodeler.cli.commands} (ours
 * included); on a flat classpath, the {@link ServiceLoader} entries.
 */
public final class CommandRegistry {

	public static final String EXTENSION_POINT = "org.wbsmodeler.cli.commands";

	private CommandRegistry() {
	}

	public static List<Command> commands() {
		Map<String, Command> byName = new LinkedHashMap<>();
		IExtensionRegistry registry = registry();
		if (registry != null) {
			for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
				try {
					Command command = (Command) element.createExecutableExtension("class");
					byName.putIfAbsent(command.name(), command);
				} catch (CoreException | ClassCastException e) {
					System.err.println("wbs: command " + element.getAttribute("class") + " of " + element.getContributor().getName()
							+ " cannot be used: " + e.getMessage());
				}
			}
		} else {
			for (Command command : ServiceLoader.load(Command.class, CommandRegistry.class.getClassLoader())) {
				byName.putIfAbsent(command.name(), command);
			}
		}
		return new ArrayList<>(byName.values());
	}

	private static IExtensionRegistry registry() {
		try {
			return RegistryFactory.getRegistry();
		} catch (LinkageError noRegistryOnClasspath) {
			return null;
		}
	}
}
