package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.nio.file.Path;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.diagram.risk.RiskChartExporter;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.risk.analysis.RiskResult;
import org.wbsmodeler.risk.chart.RiskCharts;

/** {@code wbs render FILE --diagram risk|tornado -o OUT.svg|png}: the risk analysis's histogram with S-curve, or its tornado. */
final class RiskRender {

	private RiskRender() {
	}

	static int render(Arguments arguments, Console console, String file, String kind, String output) throws CliException {
		Project project = ModelInput.load(console, file);
		RiskResult result = RiskCommand.analyse(file, project, arguments);
		String name = project.getName() == null ? "Project" : project.getName();
		Path out = console.resolve(output);
		try {
			if ("risk".equals(kind)) {
				RiskChartExporter.export(RiskCharts.finish(name, result), out);
			} else {
				RiskChartExporter.export(RiskCharts.tornado(name, result), out);
			}
		} catch (IOException e) {
			throw new CliException(output + ": cannot write (" + e.getMessage() + ")", ExitCodes.BAD_INPUT, e);
		}
		console.out().println(output + ": " + kind + " chart of " + result.iterations() + " iterations");
		return ExitCodes.OK;
	}
}
