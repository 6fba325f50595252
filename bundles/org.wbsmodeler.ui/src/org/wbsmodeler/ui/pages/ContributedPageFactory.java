package org.wbsmodeler.ui.pages;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;

/**
 * A page factory that takes its {@code id} and {@code order} from its {@code <page>} element in plugin.xml (the
 * registry hands the element over when it creates the class).
 */
public abstract class ContributedPageFactory implements EditorPageFactory, IExecutableExtension {

	private String id = getClass().getName();
	private int order = 1000;

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (config.getAttribute("id") != null) {
			id = config.getAttribute("id");
		}
		String text = config.getAttribute("order");
		if (text != null) {
			try {
				order = Integer.parseInt(text.trim());
			} catch (NumberFormatException e) {
				// a contribution with a bad order still shows, after the built-in pages
				order = 1000;
			}
		}
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public int order() {
		return order;
	}
}
