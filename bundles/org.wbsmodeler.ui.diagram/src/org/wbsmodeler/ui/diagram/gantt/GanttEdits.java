package org.wbsmodeler.ui.diagram.gantt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.wbsmodeler.editing.rules.RefusedEdit;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.model.CalendarCompiler;
import org.wbsmodeler.ui.session.PlanSession;

/**
 * What the Gantt chart's gestures do, in the session's edit rules: a bar's right end sets a duration, a moved bar a
 * start-no-earlier-than constraint at the dropped day (as MS Project does), a drag from bar to bar a link — refused
 * for the same reasons, in the same words, as in the Plan and on the Network. Here is only the gesture's arithmetic:
 * how many working days a dragged end makes.
 */
public final class GanttEdits {

	private final PlanSession session;

	GanttEdits(PlanSession session) {
		this.session = session;
	}

	/** The working days from a task's start to a new finish, in whole days (at least 1), by the task's calendar. */
	public double durationTo(WbsElement task, LocalDateTime start, LocalDateTime finish) {
		Calendar calendar = task.getCalendar() != null ? task.getCalendar() : session.project().getDefaultCalendar();
		WorkCalendar work = calendar == null ? WorkCalendar.standard() : CalendarCompiler.compile(calendar);
		long minutes = work.workBetween(LocalMinutes.of(start), LocalMinutes.of(finish));
		return Math.max(1, Math.round(minutes / (double) minutesPerDay(session.project())));
	}

	/** Minutes in a model day: the default calendar's hours per day (8 without one). */
	static int minutesPerDay(Project project) {
		Calendar c = project.getDefaultCalendar();
		return (int) Math.round((c == null || c.getHoursPerDay() <= 0 ? 8 : c.getHoursPerDay()) * 60);
	}

	/** Drag of a bar's right end. */
	public Command setDuration(WbsElement task, double days) {
		return orNull(() -> session.rules().tasks().setDuration(task, days));
	}

	/** Drag of a whole bar: start no earlier than the day it was dropped on. */
	public Command moveTo(WbsElement task, LocalDate day) {
		return session.rules().tasks().startNoEarlierThan(task, day);
	}

	/** Why linking {@code predecessor} to {@code successor} is refused, or null. */
	public String checkLink(WbsElement predecessor, WbsElement successor) {
		return session.rules().links().refusal(List.of(predecessor), successor);
	}

	/** A finish-to-start link from one bar to another; null when the rules refuse it. */
	public Command link(WbsElement predecessor, WbsElement successor) {
		return orNull(() -> session.rules().links().link(List.of(predecessor), successor));
	}

	/** Runs a command, or says why not in the status line; tells whether it ran. */
	boolean run(Command command, String refusal) {
		return session.run(command, refusal);
	}

	private static Command orNull(PlanSession.Gesture gesture) {
		try {
			return gesture.command();
		} catch (RefusedEdit e) {
			return null;
		}
	}

	static String label(WbsElement element) {
		return ModelLabels.shortLabel(element);
	}

	static String days(double days) {
		return Durations.days(days);
	}
}
