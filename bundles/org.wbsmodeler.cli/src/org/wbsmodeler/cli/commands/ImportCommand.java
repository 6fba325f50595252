package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ImportOptions;
import org.wbsmodeler.exchange.ModelImporter;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;

/**
 * {@code wbs import IN -o OUT.wbs}: another tool's plan as a model. The whole model is built in memory first and
 * saved atomically, so a file that cannot be read leaves OUT as it was. {@code --locale} names the language of an MPX
 * file (found by trying otherwise), {@code --password} the read password of a protected MPP file.
 */
public final class ImportCommand implements Command {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String synopsis() {
		return "IN -o OUT.wbs [--format " + ExchangeFormats.importers().stream().map(ModelImporter::id).collect(Collectors.joining("|"))
				+ "] [--locale LANG] [--password P]";
	}

	@Override
	public String summary() {
		return "read MS Project (MSPDI, MPP, MPX), Primavera (PMXML, XER), Planner, GanttProject … into a model";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("-o", "--format", "--locale", "--password");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String input = arguments.required(0, "IN: the file to import");
		String output = arguments.value("-o");
		if (output == null) {
			throw new CliException("needs -o OUT.wbs");
		}
		Path in = console.resolve(input);
		Project project;
		ModelImporter importer;
		try {
			String id = arguments.value("--format");
			importer = id == null ? ExchangeFormats.importerFor(in)
					: ExchangeFormats.importer(id).orElseThrow(() -> new ExchangeException("no importer '" + id + "'"));
			project = importer.read(in, options(arguments), warning -> console.err().println("wbs import: warning: " + warning));
		} catch (ExchangeException e) {
			// the importer names the absolute path; users typed their own
			String message = e.getMessage().startsWith(in.toString()) ? input + e.getMessage().substring(in.toString().length()) : e.getMessage();
			throw new CliException(message, ExitCodes.BAD_INPUT, e);
		}
		try {
			ModelFiles.save(project, console.resolve(output));
		} catch (IOException e) {
			throw new CliException(output + ": cannot write (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		console.out().println(output + ": " + OutlineIndex.build(project).size() + " WBS elements from " + input + " (" + importer.label() + ")");
		return ExitCodes.OK;
	}

	/** {@code --locale de}: the language of an MPX file; {@code --password P}: the read password of an MPP file. */
	private static ImportOptions options(Arguments arguments) throws CliException {
		String language = arguments.value("--locale");
		Locale locale = null;
		if (language != null) {
			locale = Locale.forLanguageTag(language.replace('_', '-'));
			if (locale.getLanguage().isEmpty()) {
				throw new CliException("--locale needs a language like de or fr, not '" + language + "'");
			}
		}
		return new ImportOptions(locale, arguments.value("--password"));
	}
}
