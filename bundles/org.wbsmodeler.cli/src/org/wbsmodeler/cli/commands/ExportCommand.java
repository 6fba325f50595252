package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeFormats;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.view.ViewFilter;

/**
 * {@code wbs export FILE --format ID -o OUT}: the model in another tool's format. The formats are the exporters
 * contributed to {@code org.wbsmodeler.exchange.exporters}; the file appears whole or not at all. The export carries
 * the schedule computed now (the model file is not changed); a model with a dependency cycle is refused (exit 1).
 * {@code --view NAME} exports what the view keeps, with the dates of the whole plan; links to removed elements are
 * dropped and counted. {@code --criticality} adds a schedule risk run's Criticality column to the CSV export.
 */
public final class ExportCommand implements Command {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String synopsis() {
		return "FILE --format " + ids() + " -o OUT [--view NAME] " + ExportCriticality.SYNOPSIS;
	}

	@Override
	public String summary() {
		return "write a model for MS Project (MSPDI), MPX, Primavera (PMXML), Planner, JSON or CSV";
	}

	@Override
	public Set<String> valueOptions() {
		Set<String> options = new java.util.HashSet<>(ExportCriticality.VALUE_OPTIONS);
		options.addAll(Set.of("--format", "-o", ViewOption.OPTION));
		return options;
	}

	@Override
	public Set<String> flags() {
		return ExportCriticality.FLAGS;
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model to export");
		String format = arguments.value("--format");
		String output = arguments.value("-o");
		if (format == null || output == null) {
			throw new CliException("needs --format " + ids() + " and -o OUT");
		}
		ModelExporter found = ExchangeFormats.exporter(format).orElseThrow(() -> new CliException("no format '" + format + "'; known: " + ids()));
		Project project = ModelInput.load(console, file);
		View view = ViewOption.find(file, project, arguments.value(ViewOption.OPTION));
		ModelExporter exporter = ExportCriticality.apply(file, project, arguments, found);
		int dropped;
		try {
			// the whole plan is scheduled where it was loaded (nothing else uses it, no copy of 100,000 elements); a view
			// cuts a copy, because the count below needs the whole plan
			ScheduledCopy plan = view == null ? ScheduledCopy.inPlace(project) : ScheduledCopy.of(project, view);
			dropped = ExchangeFormats.exportFile(plan, view, exporter, console.resolve(output),
					warning -> console.err().println("wbs export: warning: " + warning));
		} catch (ScheduledCopy.CycleException e) {
			// like schedule: a model without a schedule is a problem of the model, named in link order
			throw new CliException(file + ": " + e.getMessage(), ExitCodes.PROBLEMS, e);
		} catch (ExchangeException e) {
			throw new CliException(e.getMessage(), ExitCodes.BAD_INPUT, e);
		} catch (IOException e) {
			throw new CliException(output + ": cannot write (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		if (view == null) {
			console.out().println(output + ": " + OutlineIndex.build(project).size() + " WBS elements as " + exporter.label());
		} else {
			// the export cut a scheduled copy; the count is of the same cut (critical flags need the schedule)
			ScheduledModel.schedule(file, project).writeToModel();
			int kept = ViewFilter.apply(project, view).kept().size();
			console.out().println(output + ": " + kept + " of " + OutlineIndex.build(project).size() + " WBS elements (view '" + view.getName() + "') as "
					+ exporter.label() + ", " + dropped + " link" + (dropped == 1 ? "" : "s") + " dropped");
		}
		return ExitCodes.OK;
	}

	private static String ids() {
		return ExchangeFormats.exporters().stream().map(ModelExporter::id).collect(Collectors.joining("|"));
	}
}
