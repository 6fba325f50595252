package org.wbsmodeler.model.io;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.validation.WbsValidator;

/**
 * The one place that registers the metamodel's services outside of what plugin.xml declares: the package and its
 * validator. In OSGi the bundle activator calls it; on a flat classpath {@link ModelFiles} does. Idempotent.
 */
public final class WbsModel {

	/**
	 * The namespace of format 1.0, whose dates were EMF EDates with an offset. Its files load into today's package
	 * (the dates keep their wall-clock time, see {@code DateTimeText}) and are saved in today's format.
	 */
	public static final String FORMAT_1_0_NS_URI = "http://www.wbsmodeler.org/wbs/1.0";

	private static volatile boolean initialized;

	private WbsModel() {
	}

	public static void init() {
		if (initialized) {
			return;
		}
		synchronized (WbsModel.class) {
			if (!initialized) {
				WbsPackage wbsPackage = WbsPackage.eINSTANCE;
				EValidator.Registry.INSTANCE.put(wbsPackage, WbsValidator.INSTANCE);
				// plugin.xml does the same in OSGi; resource sets that delegate to the global registry (editors) need it
				registerPackage(EPackage.Registry.INSTANCE);
				initialized = true;
			}
		}
	}

	/** Registers the package under every namespace this version reads: today's and the older formats'. */
	public static void registerPackage(EPackage.Registry registry) {
		registry.put(WbsPackage.eNS_URI, WbsPackage.eINSTANCE);
		registry.put(FORMAT_1_0_NS_URI, WbsPackage.eINSTANCE);
	}
}
