package org.wbsmodeler.cli.commands;

import org.wbsmodeler.cli.CliException;
import org.wbsmodeler.cli.Console;
import org.wbsmodeler.cli.ExitCodes;
import org.wbsmodeler.cli.ModelInput;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;

/**
 * Loads a model and schedules it in memory, for commands that show dates (schedule, why, render, report). The file
 * is not changed; a model that cannot be scheduled (a cycle) is a problem of the input: exit 1.
 */
final class ScheduledModel {

	private ScheduledModel() {
	}

	static Project load(Console console, String file) throws CliException {
		Project project = ModelInput.load(console, file);
		schedule(file, project).writeToModel();
		return project;
	}

	static ProjectSchedule schedule(String file, Project project) throws CliException {
		try {
			return ProjectSchedule.compute(project);
		} catch (ScheduleModelException e) {
			throw new CliException(file + ": " + e.getMessage(), ExitCodes.PROBLEMS, e);
		}
	}
}
