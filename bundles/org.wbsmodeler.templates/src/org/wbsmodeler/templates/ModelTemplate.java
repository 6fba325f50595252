package org.wbsmodeler.templates;

import org.wbsmodeler.model.Project;

/**
 * A starting model for a new plan. Plug-ins contribute templates through the extension point
 * {@code org.wbsmodeler.templates.templates}; the built-in ones are listed in {@link Templates}.
 */
public interface ModelTemplate {

	/** The name used on the command line ({@code ./wbs new --template ID}). */
	String id();

	/** A short name for wizards. */
	String label();

	/** One sentence for wizards and {@code ./wbs new --help}. */
	String description();

	/** Builds a new, self-contained project (not yet in any resource). */
	Project create(TemplateOptions options);
}
