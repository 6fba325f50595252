package org.wbsmodeler.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.wbsmodeler.templates.crm.CrmComponentsTemplate;
import org.wbsmodeler.templates.crm.CrmImplementationTemplate;
import org.wbsmodeler.templates.internal.ContributedTemplates;

/**
 * All templates: the built-in ones and, inside Eclipse, those contributed to the extension point
 * {@code org.wbsmodeler.templates.templates}.
 */
public final class Templates {

	private Templates() {
	}

	public static List<ModelTemplate> builtIn() {
		return List.of(new CrmImplementationTemplate(), new CrmComponentsTemplate(), new EmptyTemplate());
	}

	public static List<ModelTemplate> all() {
		List<ModelTemplate> all = new ArrayList<>(builtIn());
		all.addAll(ContributedTemplates.read());
		return all;
	}

	public static Optional<ModelTemplate> find(String id) {
		return all().stream().filter(t -> t.id().equals(id)).findFirst();
	}
}
