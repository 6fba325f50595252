package org.wbsmodeler.templates.internal;

import java.util.List;

import org.wbsmodeler.model.registry.Contributions;
import org.wbsmodeler.templates.ModelTemplate;

/**
 * The templates other plug-ins contribute to {@code org.wbsmodeler.templates.templates}; on a flat classpath, the
 * {@code META-INF/services/org.wbsmodeler.templates.ModelTemplate} entries. One that cannot be created goes to the
 * platform log.
 */
public final class ContributedTemplates {

	public static final String EXTENSION_POINT = "org.wbsmodeler.templates.templates";

	private ContributedTemplates() {
	}

	public static List<ModelTemplate> read() {
		return Contributions.load(EXTENSION_POINT, ModelTemplate.class, ModelTemplate::id).listLoggingProblems(ContributedTemplates.class);
	}
}
