package org.wbsmodeler.templates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * What a user says about a new plan before a template builds it.
 *
 * @param projectName the project's name, or null for the template's own
 * @param start       the first working day of the project
 */
public record TemplateOptions(String projectName, LocalDate start) {

	/** Options for a project named by the template that starts on the next Monday after today. */
	public static TemplateOptions defaults() {
		return new TemplateOptions(null, LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
	}

	public String nameOr(String templateName) {
		return projectName == null || projectName.isBlank() ? templateName : projectName;
	}
}
