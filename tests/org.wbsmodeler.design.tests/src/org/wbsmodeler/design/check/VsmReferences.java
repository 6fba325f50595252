package org.wbsmodeler.design.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Resolves the references a viewpoint specification makes to its own elements, written as EMF fragment paths such
 * as {@code //@ownedViewpoints[name='WbsModeling']/@ownedRepresentations[name='WbsTree']/@defaultLayer/@toolSections.1}.
 */
public final class VsmReferences {

	private VsmReferences() {
	}

	/** Whether an attribute value is a list of such references. */
	public static boolean isReference(String value) {
		return value.startsWith("//@");
	}

	/** The element a path names, or null when it names nothing. */
	public static Element resolve(Element root, String path) {
		Element current = root;
		for (String segment : path.substring(2).split("/")) {
			if (!segment.startsWith("@") || current == null) {
				return null;
			}
			current = step(current, segment.substring(1));
		}
		return current;
	}

	private static Element step(Element from, String segment) {
		String feature = segment;
		String name = null;
		int index = 0;
		int bracket = segment.indexOf("[name='");
		int dot = segment.indexOf('.');
		if (bracket > 0 && segment.endsWith("']")) {
			feature = segment.substring(0, bracket);
			name = URLDecoder.decode(segment.substring(bracket + 7, segment.length() - 2), StandardCharsets.UTF_8);
		} else if (dot > 0) {
			feature = segment.substring(0, dot);
			try {
				index = Integer.parseInt(segment.substring(dot + 1));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		List<Element> children = children(from, feature);
		if (name != null) {
			for (Element child : children) {
				if (name.equals(child.getAttribute("name"))) {
					return child;
				}
			}
			return null;
		}
		return index < children.size() ? children.get(index) : null;
	}

	/** The child elements with that tag, in document order. */
	public static List<Element> children(Element parent, String tag) {
		List<Element> result = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && tag.equals(element.getLocalName())) {
				result.add(element);
			}
		}
		return result;
	}
}
