package org.wbsmodeler.ui.diagram.gantt;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.WbsPackage.Literals;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.model.CalendarCompiler;
import org.wbsmodeler.ui.pages.PageContext;
import org.wbsmodeler.ui.plan.CycleCheck;

/**
 * The commands of the Gantt chart's gestures, each one command on the editor's stack with a label a person reads in
 * Edit &gt; Undo. Only inputs are set — a duration, a constraint, a link — never dates: the schedule derives those.
 * Moving a bar sets a start-no-earlier-than constraint at the dropped day, as MS Project does; a link is checked
 * with the Plan page's {@link CycleCheck} before anything runs, so a refused link never reaches the stack.
 */
public final class GanttEdits {

	private final PageContext context;

	GanttEdits(PageContext context) {
		this.context = context;
	}

	/** The working days from a task's start to a new finish, in whole days (at least 1), by the task's calendar. */
	public double durationTo(WbsElement task, LocalDateTime start, LocalDateTime finish) {
		Calendar calendar = task.getCalendar() != null ? task.getCalendar() : context.project().getDefaultCalendar();
		WorkCalendar work = calendar == null ? WorkCalendar.standard() : CalendarCompiler.compile(calendar);
		long minutes = work.workBetween(LocalMinutes.of(start), LocalMinutes.of(finish));
		return Math.max(1, Math.round(minutes / (double) minutesPerDay(context.project())));
	}

	/** Minutes in a model day: the default calendar's hours per day (8 without one). */
	static int minutesPerDay(Project project) {
		Calendar c = project.getDefaultCalendar();
		return (int) Math.round((c == null || c.getHoursPerDay() <= 0 ? 8 : c.getHoursPerDay()) * 60);
	}

	/** Drag of a bar's right end. */
	public Command setDuration(WbsElement task, double days) {
		return labelled("Set duration of " + label(task) + " to " + days(days),
				SetCommand.create(context.domain(), task, Literals.WBS_ELEMENT__DURATION, days), task);
	}

	/** Drag of a whole bar: start no earlier than the day it was dropped on (that day's first working minute). */
	public Command moveTo(WbsElement task, LocalDate day) {
		CompoundCommand command = compound("Move " + label(task) + " to start no earlier than " + day, task);
		command.append(SetCommand.create(context.domain(), task, Literals.WBS_ELEMENT__CONSTRAINT_TYPE, ConstraintType.SNET));
		command.append(SetCommand.create(context.domain(), task, Literals.WBS_ELEMENT__CONSTRAINT_DATE, day.atStartOfDay()));
		return command;
	}

	/** Why linking {@code predecessor} to {@code successor} finish-to-start is refused, or null. */
	public String checkLink(WbsElement predecessor, WbsElement successor) {
		if (predecessor == successor) {
			return "A task cannot depend on itself";
		}
		if (successor.getPredecessors().stream().anyMatch(d -> d.getPredecessor() == predecessor)) {
			return label(successor) + " already depends on " + label(predecessor);
		}
		String cycle = CycleCheck.cycle(context.project(), successor, List.of(predecessor));
		return cycle == null ? null : "Refused: this link would close the dependency cycle " + cycle;
	}

	/** A finish-to-start link from one bar to another; null when {@link #checkLink} refuses it. */
	public Command link(WbsElement predecessor, WbsElement successor) {
		if (checkLink(predecessor, successor) != null) {
			return null;
		}
		Dependency link = WbsFactory.eINSTANCE.createDependency();
		link.setPredecessor(predecessor);
		link.setType(DependencyType.FS);
		CompoundCommand command = compound("Link " + label(predecessor) + " \u2192 " + label(successor), successor);
		command.append(AddCommand.create(context.domain(), successor, Literals.WBS_ELEMENT__PREDECESSORS, link));
		return command;
	}

	/** Runs a command, or says why not in the status line; tells whether it ran. */
	boolean run(Command command, String refusal) {
		if (command == null || !command.canExecute()) {
			context.status().accept(refusal);
			return false;
		}
		context.status().accept(null);
		context.domain().getCommandStack().execute(command);
		return true;
	}

	private static Command labelled(String label, Command command, WbsElement subject) {
		CompoundCommand compound = compound(label, subject);
		compound.append(command);
		return compound;
	}

	/** A command that selects its task after execute, undo and redo. */
	private static CompoundCommand compound(String label, WbsElement subject) {
		return new CompoundCommand(label) {
			@Override
			public Collection<?> getAffectedObjects() {
				return subject.eResource() == null ? super.getAffectedObjects() : List.of(subject);
			}
		};
	}

	static String label(WbsElement element) {
		return ModelLabels.shortLabel(element);
	}

	static String days(double days) {
		return (Math.rint(days) == days ? Long.toString((long) days) : Double.toString(days)) + " d";
	}
}
