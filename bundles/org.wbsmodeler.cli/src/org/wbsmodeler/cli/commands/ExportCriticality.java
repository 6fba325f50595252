package org.wbsmodeler.cli.commands;

import java.util.Map;
import java.util.Set;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.exchange.CriticalityColumn;
import org.wbsmodeler.exchange.ModelExporter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;

/**
 * {@code export --criticality [--iterations N] [--seed S] [--threads T] [--calibrate]}: the CSV export's Criticality
 * column, from a run with {@code ./wbs risk}'s options on the plan as loaded (so it lists what {@code risk --json}
 * lists for them); the whole plan's run also with {@code --view}.
 */
final class ExportCriticality {

	static final String FLAG = "--criticality";
	static final Set<String> VALUE_OPTIONS = Set.of("--iterations", "--seed", "--threads");
	static final Set<String> FLAGS = Set.of(FLAG, "--calibrate");
	static final String SYNOPSIS = "[" + FLAG + " [--iterations N] [--seed S] [--threads T] [--calibrate]]";

	private ExportCriticality() {
	}

	/** The exporter, with the Criticality column when {@code --criticality} asks for it (the run happens here). */
	static ModelExporter apply(String file, Project project, Arguments arguments, ModelExporter exporter) throws CliException {
		if (!arguments.has(FLAG)) {
			for (String option : VALUE_OPTIONS) {
				if (arguments.value(option) != null) {
					throw new CliException(option + " sets the risk run of " + FLAG + ", which is not asked for");
				}
			}
			if (arguments.has("--calibrate")) {
				throw new CliException("--calibrate sets the risk run of " + FLAG + ", which is not asked for");
			}
			return exporter;
		}
		if (!(exporter instanceof CriticalityColumn column)) {
			throw new CliException(FLAG + ": only the CSV export has a Criticality column (--format csv)");
		}
		Map<WbsElement, Double> index = RiskCommand.analyse(file, project, arguments).criticality();
		return column.withCriticality(index::get);
	}
}
