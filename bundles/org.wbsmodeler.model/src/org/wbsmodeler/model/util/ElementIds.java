package org.wbsmodeler.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * An element's stable id: its {@code xmi:id} in a plan file (a UUID that stays with the element through moves,
 * renames and renumbering), else its place in the resource. Diagrams key their boxes by it, so a box keeps its
 * place and its selection across edits that move other elements.
 */
public final class ElementIds {

	private ElementIds() {
	}

	/** The id, or null for an object in no resource (the caller numbers those). */
	public static String of(EObject object) {
		Resource resource = object.eResource();
		if (resource == null) {
			return null;
		}
		if (resource instanceof XMLResource xml) {
			String id = xml.getID(object);
			if (id != null) {
				return id;
			}
		}
		return resource.getURIFragment(object);
	}
}
