package org.wbsmodeler.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.io.ModelLoadException;
import org.wbsmodeler.model.util.ModelBuilder;

/** Plan files for the diff, merge and git tests: a base, and versions of it edited as people would. */
final class MergePlans {

	private MergePlans() {
	}

	/** Phase "Build" with activities "Design" (3 d), "Code" (5 d, after Design), "Test" (2 d, after Code). */
	static Path base(Path file) throws IOException {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Merge sample", LocalDate.of(2027, 2, 1));
		Phase phase = build.phase(project, "Build", null);
		Activity design = build.activity(phase, "Design", 3, 24);
		Activity code = build.activity(phase, "Code", 5, 40);
		Activity test = build.activity(phase, "Test", 2, 16);
		build.link(design, code);
		build.link(code, test);
		ModelFiles.save(project, file);
		return file;
	}

	/** Loads a plan file, edits it and saves it to {@code to}. */
	static Path edit(Path from, Path to, Consumer<Project> edit) throws IOException, ModelLoadException {
		Project project = ModelFiles.load(from);
		edit.accept(project);
		ModelFiles.save(project.eResource(), to);
		return to;
	}

	static WbsElement element(Project project, String name) {
		for (var it = project.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WbsElement element && name.equals(element.getName())) {
				return element;
			}
		}
		throw new AssertionError("no element " + name);
	}
}
