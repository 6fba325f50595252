package org.wbsmodeler.model.io;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * Reads a {@code .wbs} file into a {@link WbsResource}. Records only what belongs to someone else's namespace (a
 * plug-in that is not installed); an unknown attribute without a namespace or in ours stays an error with its line,
 * as a damaged file should. Tells the resource when the file referred to anything by URI (a proxy).
 */
final class WbsLoadHandler extends SAXXMIHandler {

	WbsLoadHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options) {
		super(resource, helper, options);
	}

	@Override
	protected void handleUnknownFeature(String prefix, String name, boolean isElement, EObject peekObject, String value) {
		String namespace = prefix == null || prefix.isEmpty() ? null : helper.getURI(prefix);
		boolean foreign = namespace != null && !namespace.startsWith(LoadProblems.FORMAT_NAMESPACE_PREFIX);
		if (isElement || foreign) {
			super.handleUnknownFeature(prefix, name, isElement, peekObject, value);
		} else {
			reportUnknownFeature(prefix, name, isElement, peekObject, value);
		}
	}

	/** A reference by URI (an {@code href}, an id with a {@code #}): the loaded model then has proxies to resolve. */
	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		if (xmlResource instanceof WbsResource wbs) {
			wbs.madeProxies();
		}
		super.handleProxy(proxy, uriLiteral);
	}
}
