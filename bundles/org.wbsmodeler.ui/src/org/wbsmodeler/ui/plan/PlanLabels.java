package org.wbsmodeler.ui.plan;

import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.diagram.columns.CellTexts;
import org.wbsmodeler.diagram.columns.PlanColumn;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The text of each Plan cell: the product's one set of cell texts ({@link CellTexts}) over the live schedule, read
 * when a row is painted — codes from positions, dates from the schedule, summaries' figures from its roll-up (one
 * pass per command, on the first summary painted).
 */
public final class PlanLabels {

	private final Project project;
	private final LiveSchedule schedule;
	private final CellTexts texts;

	public PlanLabels(Project project, LiveSchedule schedule) {
		this(project, schedule, element -> null);
	}

	/** With the Criticality column's values (the last risk run's). */
	public PlanLabels(Project project, LiveSchedule schedule, java.util.function.Function<WbsElement, Double> criticality) {
		this.project = project;
		this.schedule = schedule;
		this.texts = new CellTexts(schedule::totals, CellTexts.Dates.DAY_AND_TIME).withCriticality(criticality);
	}

	double hoursPerDay() {
		return project.getDefaultCalendar() == null || project.getDefaultCalendar().getHoursPerDay() <= 0 ? 8
				: project.getDefaultCalendar().getHoursPerDay();
	}

	public String text(WbsElement element, PlanColumn column) {
		return texts.text(element, column);
	}

	/** The start the live schedule gives the element now (where a task switched to manual stays); null if unscheduled. */
	LocalDateTime scheduledStart(WbsElement element) {
		Totals totals = schedule.totals(element);
		return totals == null ? null : totals.start();
	}

	/** Whether the row is on the critical path (painted red). */
	public boolean isCritical(WbsElement element) {
		return texts.critical(element);
	}

	static boolean isSummary(EObject element) {
		return element instanceof WbsElement e && e.isSummary();
	}
}
