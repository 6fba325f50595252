package org.wbsmodeler.model.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.util.ModelBuilder;

/** A small valid project that each validation test breaks in one way. */
final class ValidationFixture {

	final ModelBuilder build = new ModelBuilder();
	final Project project = build.project("Fixture", LocalDate.of(2027, 2, 1));
	final Phase phase = build.phase(project, "Build", null);
	final Deliverable deliverable = build.deliverable(phase, "Configured system", null);
	final Activity first = build.activity(deliverable, "Configure", 3, 24);
	final Activity second = build.activity(deliverable, "Test", 2, 16);

	ValidationFixture() {
		build.link(first, second);
	}

	List<Diagnostic> problems() {
		return ModelValidation.problems(ModelValidation.validate(project));
	}

	List<Diagnostic> problems(WbsProblem kind) {
		return problems().stream().filter(d -> WbsProblem.of(d) == kind).collect(Collectors.toList());
	}

	String messages() {
		return problems().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
	}
}
