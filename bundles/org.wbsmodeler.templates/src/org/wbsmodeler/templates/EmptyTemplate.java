package org.wbsmodeler.templates;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.util.ModelBuilder;

/** A project with a standard calendar and nothing else. */
public final class EmptyTemplate implements ModelTemplate {

	@Override
	public String id() {
		return "empty";
	}

	@Override
	public String label() {
		return "Empty project";
	}

	@Override
	public String description() {
		return "A project with a Monday-to-Friday calendar and no elements.";
	}

	@Override
	public Project create(TemplateOptions options) {
		return new ModelBuilder().project(options.nameOr("New project"), options.start());
	}
}
