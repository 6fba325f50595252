package org.wbsmodeler.model.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.wbsmodeler.model.io.WbsModel;

/** In OSGi, registers the validator as soon as any class of the model bundle is used (lazy activation). */
public class ModelActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		WbsModel.init();
	}

	@Override
	public void stop(BundleContext context) {
		// the registrations are harmless after stop and EMF offers no way to take a validator back safely
	}
}
