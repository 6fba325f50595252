package org.wbsmodeler.design.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the viewpoint with Sirius when Sirius is installed, and does nothing when it is not.
 *
 * <p>The build has no Sirius, so the bundle cannot be compiled against it: the registry is reached by name through
 * a dynamic import of {@code org.eclipse.sirius.business.api.componentization}, wired only when Sirius is installed.
 * (An optional Import-Package does not do: Tycho treats optional requirements as required and the build fails to
 * resolve.) This is the one place that touches Sirius; the services are plain Java on the WBS model.
 */
public final class DesignActivator implements BundleActivator {

	public static final String PLUGIN_ID = "org.wbsmodeler.design";

	/** Where the viewpoint specification lives inside this bundle. */
	public static final String ODESIGN = PLUGIN_ID + "/description/wbs.odesign";

	static final String REGISTRY = "org.eclipse.sirius.business.api.componentization.ViewpointRegistry";

	private final List<Object> viewpoints = new ArrayList<>();

	private Object registry;

	@Override
	public void start(BundleContext context) throws Exception {
		registry = siriusRegistry();
		if (registry != null) {
			Object registered = registry.getClass().getMethod("registerFromPlugin", String.class).invoke(registry, ODESIGN);
			if (registered instanceof Collection<?> collection) {
				viewpoints.addAll(collection);
			}
		}
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		if (registry != null) {
			for (Object viewpoint : viewpoints) {
				disposeMethod(registry).invoke(registry, viewpoint);
			}
		}
		viewpoints.clear();
		registry = null;
	}

	/** Sirius's viewpoint registry, or null when Sirius is not installed. */
	static Object siriusRegistry() throws ReflectiveOperationException {
		Class<?> type;
		try {
			type = Class.forName(REGISTRY, true, DesignActivator.class.getClassLoader());
		} catch (ClassNotFoundException | NoClassDefFoundError absent) {
			return null;
		}
		return type.getMethod("getInstance").invoke(null);
	}

	private static Method disposeMethod(Object registry) throws NoSuchMethodException {
		for (Method method : registry.getClass().getMethods()) {
			if (method.getName().equals("disposeFromPlugin") && method.getParameterCount() == 1) {
				return method;
			}
		}
		throw new NoSuchMethodException(REGISTRY + ".disposeFromPlugin");
	}
}
