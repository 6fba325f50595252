package org.wbsmodeler.ui.tasks;

import java.util.ArrayList;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.schedule.earnedvalue.Baselines;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.ui.pages.cells.Edits;

/**
 * "Save baseline" as one undoable command: the project is scheduled on a copy (the baseline needs scheduled dates
 * and roll-ups, which must not enter the live model or the undo stack), the baseline is built there with
 * {@link Baselines#save}, its entries are pointed at the live elements, and the command adds it, replacing a
 * baseline of the same name.
 */
public final class BaselineCommands {

	private BaselineCommands() {
	}

	/**
	 * @param savedOn when the baseline is saved
	 */
	public static Command save(EditingDomain domain, Project project, String name, LocalDateTime savedOn) throws ScheduleModelException {
		ModelSnapshot snapshot = ModelSnapshot.of(project);
		Project copy = snapshot.project();
		ProjectSchedule schedule = ProjectSchedule.compute(copy);
		Baseline baseline = Baselines.save(copy, name, savedOn, schedule.writeToModel());
		copy.getBaselines().remove(baseline);
		for (BaselineEntry entry : baseline.getEntries()) {
			entry.setElement(snapshot.original(entry.getElement()));
		}
		List<Command> steps = new ArrayList<>();
		Baselines.find(project, name).ifPresent(old -> steps.add(RemoveCommand.create(domain, project, Literals.PROJECT__BASELINES, old)));
		steps.add(AddCommand.create(domain, project, Literals.PROJECT__BASELINES, baseline));
		return Edits.labelled("Save baseline '" + name + "'", steps.toArray(Command[]::new));
	}
}
