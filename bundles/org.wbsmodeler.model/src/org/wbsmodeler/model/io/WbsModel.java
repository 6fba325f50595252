package org.wbsmodeler.model.io;

import org.eclipse.emf.ecore.EValidator;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.validation.WbsValidator;

/**
 * The one place that registers the metamodel's services outside of what plugin.xml declares: the package and its
 * validator. In OSGi the bundle activator calls it; on a flat classpath {@link ModelFiles} does. Idempotent.
 */
public final class WbsModel {

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
				initialized = true;
			}
		}
	}
}
