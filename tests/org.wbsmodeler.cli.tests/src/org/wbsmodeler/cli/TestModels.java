package org.wbsmodeler.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;

/** Small model files the command-line tests run against. */
final class TestModels {

	private TestModels() {
	}

	/** {@code cycle.wbs}: 1.1.1 Design and 1.1.2 Code depend on each other. */
	static Path cyclic(Path dir) throws IOException {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Cyclic", LocalDate.of(2027, 2, 1));
		Deliverable d = build.deliverable(build.phase(project, "P", null), "D", null);
		Activity design = build.activity(d, "Design", 2, 16);
		Activity code = build.activity(d, "Code", 2, 16);
		build.link(design, code);
		build.link(code, design);
		Path file = dir.resolve("cycle.wbs");
		ModelFiles.save(project, file);
		return file;
	}
}
