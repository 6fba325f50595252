package org.wbsmodeler.model.provider;

import org.wbsmodeler.model.WbsElement;

/**
 * Hand-written label logic for the WBS element item providers (their generated {@code getText} is marked
 * {@code @generated NOT} and delegates here): "code name", e.g. "1.2.3 Design review"; the type name stands in for a
 * missing name ("1.2.3 Activity").
 */
public final class WbsElementLabels {

	private WbsElementLabels() {
	}

	/**
	 * @param element  a WBS element
	 * @param typeName the translated type name ({@code _UI_<Class>_type}), used when the element has no name
	 * @return the label, e.g. "1.2.3 Design review"
	 */
	public static String text(WbsElement element, String typeName) {
		String name = element.getName();
		if (name == null || name.isBlank()) {
			name = typeName;
		}
		String code = element.getCode();
		return code == null || code.isEmpty() ? name : code + " " + name;
	}
}
