package org.wbsmodeler.cli.commands;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.validation.ModelValidation;

/** {@code wbs validate FILE}: every problem on one line; exit 1 when there is an error (or, with --strict, a warning). */
public final class ValidateCommand implements Command {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String synopsis() {
		return "FILE [--strict]";
	}

	@Override
	public String summary() {
		return "check a model: 100% rule, codes, cycles, estimates, links, resources, traceability";
	}

	@Override
	public Set<String> flags() {
		return Set.of("--strict");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model to validate");
		Project project = ModelInput.load(console, file);
		List<Diagnostic> problems = ModelValidation.problems(ModelValidation.validate(project));
		int errors = 0;
		int warnings = 0;
		java.io.PrintStream out = console.listing();
		for (Diagnostic problem : problems) {
			boolean error = problem.getSeverity() >= Diagnostic.ERROR;
			errors += error ? 1 : 0;
			warnings += error ? 0 : 1;
			out.println(file + ": " + (error ? "error" : problem.getSeverity() == Diagnostic.WARNING ? "warning" : "info") + ": " + problem.getMessage());
		}
		out.println(file + ": " + (problems.isEmpty() ? "valid" : errors + " error(s), " + warnings + " warning(s)"));
		out.flush();
		return errors > 0 || (warnings > 0 && arguments.has("--strict")) ? ExitCodes.PROBLEMS : ExitCodes.OK;
	}
}
