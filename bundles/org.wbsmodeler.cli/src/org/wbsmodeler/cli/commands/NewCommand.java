package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.templates.ModelTemplate;
import org.wbsmodeler.templates.TemplateOptions;
import org.wbsmodeler.templates.Templates;

/** {@code wbs new --template NAME -o FILE}: a new model from a template. */
public final class NewCommand implements Command {

	@Override
	public String name() {
		return "new";
	}

	@Override
	public String synopsis() {
		return "--template NAME -o FILE [--name PROJECT] [--start YYYY-MM-DD] [--force] | --list";
	}

	@Override
	public String summary() {
		return "create a model from a template (--list shows them)";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--template", "-o", "--name", "--start");
	}

	@Override
	public Set<String> flags() {
		return Set.of("--force", "--list");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		if (arguments.has("--list")) {
			for (ModelTemplate template : Templates.all()) {
				console.out().printf("%-20s %s%n", template.id(), template.description());
			}
			return ExitCodes.OK;
		}
		String id = arguments.value("--template");
		String output = arguments.value("-o");
		if (id == null || output == null) {
			throw new CliException("needs --template NAME and -o FILE");
		}
		ModelTemplate template = Templates.find(id).orElseThrow(() -> new CliException("no template '" + id + "'; known: "
				+ Templates.all().stream().map(ModelTemplate::id).collect(Collectors.joining(", "))));
		Path file = console.resolve(output);
		if (Files.exists(file) && !arguments.has("--force")) {
			throw new CliException(output + " exists; use --force to replace it");
		}
		LocalDate start = TemplateOptions.defaults().start();
		String startText = arguments.value("--start");
		if (startText != null) {
			try {
				start = LocalDate.parse(startText);
			} catch (DateTimeParseException e) {
				throw new CliException("--start needs a date like 2027-02-01, not '" + startText + "'");
			}
		}
		Project project = template.create(new TemplateOptions(arguments.value("--name"), start));
		try {
			ModelFiles.save(project, file);
		} catch (IOException e) {
			throw new CliException(output + ": cannot write (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		console.out().println(output + ": new " + template.label() + " model '" + project.getName() + "'");
		return ExitCodes.OK;
	}
}
