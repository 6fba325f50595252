package org.wbsmodeler.ui.tasks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;

/**
 * What the Schedule dialog shows: the project's start and finish and its critical path, one row per activity with
 * its dates and float. Scheduling reads the model and writes nothing to it.
 */
public record CriticalPathReport(LocalDateTime start, LocalDateTime finish, List<Row> criticalPath, List<String> warnings) {

	/** One activity of the critical path; dates are model dates, floats in working days. */
	public record Row(String code, String name, LocalDateTime start, LocalDateTime finish, double durationDays, double totalFloat, double freeFloat) {
	}

	/** Schedules the project; a dependency cycle comes back as the exception, naming the cycle in order. */
	public static CriticalPathReport of(Project project) throws ScheduleModelException {
		ProjectSchedule schedule = ProjectSchedule.compute(project);
		List<Row> rows = new ArrayList<>();
		for (WbsElement element : schedule.criticalPaths(1).stream().findFirst().orElse(List.of())) {
			rows.add(new Row(OutlineIndex.of(project).code(element), element.getName(), schedule.earlyStart(element), schedule.earlyFinish(element), element.getDuration(),
					schedule.totalFloat(element), schedule.freeFloat(element)));
		}
		return new CriticalPathReport(schedule.projectStart(), schedule.projectFinish(), List.copyOf(rows), schedule.warnings());
	}
}
