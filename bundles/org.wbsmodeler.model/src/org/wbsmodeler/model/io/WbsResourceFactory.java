package org.wbsmodeler.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link WbsResource}s; registered for the {@code wbs} extension. */
public class WbsResourceFactory extends ResourceFactoryImpl {

	public static final String FILE_EXTENSION = "wbs";

	@Override
	public Resource createResource(URI uri) {
		return new WbsResource(uri);
	}
}
