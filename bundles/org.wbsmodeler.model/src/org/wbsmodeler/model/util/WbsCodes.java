package org.wbsmodeler.model.util;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;

/**
 * WBS codes of {@link WbsElement}s; implements the derived {@code WbsElement.code} feature.
 */
public final class WbsCodes {

	private WbsCodes() {
	}

	/**
	 * The WBS code of an element: its {@link WbsElement#getCustomCode() custom code} when that is not blank, otherwise
	 * its {@link #positionCode(WbsElement) position code}.
	 *
	 * @param element a WBS element
	 * @return the code, never {@code null}
	 */
	public static String codeOf(WbsElement element) {
		// an editor keeps an index on its project: then a code is a lookup, not a count of siblings
		OutlineIndex index = OutlineIndex.cachedFor(element);
		if (index != null && index.contains(element)) {
			return index.line(element).code();
		}
		String customCode = element.getCustomCode();
		return hasCustomCode(customCode) ? customCode : positionCode(element);
	}

	/**
	 * The one rule for codes: a custom code that is not blank wins over the position code.
	 *
	 * @param customCode   the element's custom code, may be null
	 * @param positionCode its position code
	 * @return the code
	 */
	public static String codeOf(String customCode, String positionCode) {
		return hasCustomCode(customCode) ? customCode : positionCode;
	}

	private static boolean hasCustomCode(String customCode) {
		return customCode != null && !customCode.isBlank();
	}

	/**
	 * The position code of an element, ignoring custom codes: the 1-based positions of the element and its ancestors
	 * among their siblings, from the top, joined by dots ("1.2.3"). The path stops below the first container that is
	 * not a WBS element (normally the Project); an element that is not under a project gets a path relative to its
	 * top-most WBS element, whose position is counted among the WBS elements of the list holding it (its container's
	 * feature or its resource's contents), 1 when it is alone.
	 *
	 * @param element a WBS element
	 * @return the position code, never {@code null}
	 */
	public static String positionCode(WbsElement element) {
		StringBuilder code = new StringBuilder();
		EObject current = element;
		while (true) {
			String segment = Integer.toString(positionOf(current));
			code.insert(0, code.isEmpty() ? segment : segment + '.');
			EObject container = current.eContainer();
			if (!(container instanceof WbsElement)) {
				return code.toString();
			}
			current = container;
		}
	}

	/** 1-based position of an object among the WBS elements of the list that holds it, 1 if it is not in a list. */
	private static int positionOf(EObject object) {
		List<?> siblings;
		EObject container = object.eContainer();
		if (container != null) {
			EReference feature = object.eContainmentFeature();
			if (feature == null || !feature.isMany()) {
				return 1;
			}
			siblings = (List<?>) container.eGet(feature, false);
		} else {
			Resource resource = object.eResource();
			if (resource == null) {
				return 1;
			}
			siblings = resource.getContents();
		}
		int position = 0;
		for (Object sibling : siblings) {
			if (sibling instanceof WbsElement) {
				position++;
			}
			if (sibling == object) {
				return position;
			}
		}
		return 1;
	}
}
