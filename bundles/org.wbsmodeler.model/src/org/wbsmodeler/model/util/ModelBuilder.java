package org.wbsmodeler.model.util;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.WorkPackage;
import org.wbsmodeler.model.WorkingPeriod;

/**
 * Short-hand for building plans in code: templates, examples, generators and tests. Every method creates one
 * element, attaches it where it belongs and returns it.
 */
public final class ModelBuilder {

	private final WbsFactory factory = WbsFactory.eINSTANCE;

	public Project project(String name, LocalDate start) {
		Project project = factory.createProject();
		project.setName(name);
		project.setStart(ModelDates.atWorkStart(start));
		Calendar standard = calendar(project, "Standard");
		project.setDefaultCalendar(standard);
		return project;
	}

	/** A Monday-to-Friday calendar, 08:00–12:00 and 13:00–17:00. */
	public Calendar calendar(Project project, String name) {
		Calendar calendar = factory.createCalendar();
		calendar.setName(name);
		for (DayOfWeek day : DayOfWeek.values()) {
			if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
				calendar.getWorkingDays().add(Weekday.valueOf(day.name()));
			}
		}
		calendar.getPeriods().add(period(8 * 60, 12 * 60));
		calendar.getPeriods().add(period(13 * 60, 17 * 60));
		project.getCalendars().add(calendar);
		return calendar;
	}

	public WorkingPeriod period(int startMinute, int endMinute) {
		WorkingPeriod period = factory.createWorkingPeriod();
		period.setStartMinute(startMinute);
		period.setEndMinute(endMinute);
		return period;
	}

	public CalendarException holiday(Calendar calendar, String name, LocalDate from, LocalDate to) {
		CalendarException exception = factory.createCalendarException();
		exception.setName(name);
		exception.setFrom(from.atStartOfDay());
		exception.setTo(to.atStartOfDay());
		exception.setWorking(false);
		calendar.getExceptions().add(exception);
		return exception;
	}

	public Phase phase(WbsContainer parent, String name, String description) {
		return add(parent, factory.createPhase(), name, description);
	}

	public Deliverable deliverable(WbsContainer parent, String name, String description) {
		return add(parent, factory.createDeliverable(), name, description);
	}

	public WorkPackage workPackage(WbsContainer parent, String name, String description) {
		return add(parent, factory.createWorkPackage(), name, description);
	}

	/** An activity estimated in working days and hours of effort. */
	public Activity activity(WbsContainer parent, String name, double durationDays, double effortHours) {
		Activity activity = add(parent, factory.createActivity(), name, null);
		activity.setDuration(durationDays);
		activity.setEffort(effortHours);
		return activity;
	}

	public Milestone milestone(WbsContainer parent, String name) {
		return add(parent, factory.createMilestone(), name, null);
	}

	/** A dependency of {@code successor} on {@code predecessor}; a negative lag is a lead. */
	public Dependency link(WbsElement predecessor, WbsElement successor, DependencyType type, double lagDays) {
		Dependency dependency = factory.createDependency();
		dependency.setPredecessor(predecessor);
		dependency.setType(type);
		dependency.setLag(lagDays);
		successor.getPredecessors().add(dependency);
		return dependency;
	}

	/** A finish-to-start dependency without lag, the usual case. */
	public Dependency link(WbsElement predecessor, WbsElement successor) {
		return link(predecessor, successor, DependencyType.FS, 0);
	}

	public Resource resource(Project project, String name, ResourceType type, double standardRate) {
		Resource resource = factory.createResource();
		resource.setName(name);
		resource.setType(type);
		resource.setStandardRate(standardRate);
		project.getResources().add(resource);
		return resource;
	}

	public Assignment assign(WbsElement element, Resource resource, double units, double workHours) {
		Assignment assignment = factory.createAssignment();
		assignment.setResource(resource);
		assignment.setUnits(units);
		assignment.setWork(workHours);
		element.getAssignments().add(assignment);
		return assignment;
	}

	private static <T extends WbsElement> T add(WbsContainer parent, T element, String name, String description) {
		element.setName(name);
		element.setDescription(description);
		parent.getChildren().add(element);
		return element;
	}
}
