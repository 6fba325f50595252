package org.wbsmodeler.cli.commands;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Set;

import org.wbsmodeler.cli.Arguments;
import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Command;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.schedule.earnedvalue.Baselines;
import org.wbsmodeler.schedule.model.ProjectSchedule;

/** {@code wbs baseline FILE --name NAME}: schedules the model and saves its dates, work and costs as a baseline. */
public final class BaselineCommand implements Command {

	@Override
	public String name() {
		return "baseline";
	}

	@Override
	public String synopsis() {
		return "FILE --name NAME";
	}

	@Override
	public String summary() {
		return "save the current schedule, work and costs as a named baseline (replaces one of the same name)";
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--name");
	}

	@Override
	public int run(Arguments arguments, Console console) throws CliException {
		String file = arguments.required(0, "FILE: the model to baseline");
		String name = arguments.value("--name");
		if (name == null || name.isBlank()) {
			throw new CliException("needs --name NAME");
		}
		Project project = ModelInput.load(console, file);
		ProjectSchedule schedule = ScheduledModel.schedule(file, project);
		// saved on: the wall-clock time of the person saving it, as they would write it down
		Baseline baseline = Baselines.save(project, name, LocalDateTime.now(), schedule.writeToModel());
		try {
			ModelFiles.save(project, console.resolve(file));
		} catch (IOException e) {
			throw new CliException(file + ": cannot save (" + e.getMessage() + "); the file is unchanged", ExitCodes.BAD_INPUT, e);
		}
		console.out().println(file + ": baseline '" + name + "' saved with " + baseline.getEntries().size() + " elements, finish "
				+ Formats.dateTime(schedule.projectFinish()));
		return ExitCodes.OK;
	}
}
