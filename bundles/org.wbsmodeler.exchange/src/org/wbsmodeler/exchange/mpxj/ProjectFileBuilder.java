package org.wbsmodeler.exchange.mpxj;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.mpxj.Availability;
import org.mpxj.ChildTaskContainer;
import org.mpxj.CostRateTableEntry;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectConfig;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.ScheduleFrom;
import org.mpxj.Task;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.wbsmodeler.exchange.ExchangeException;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.fields.FieldMappings;
import org.wbsmodeler.exchange.ScheduledCopy;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * Builds an MPXJ project from a scheduled copy of a model, for MPXJ's writers. Tasks get unique IDs 1..n in WBS
 * order (so a file compares line by line with the outline), their WBS code, the model's own values, the computed
 * schedule (start, finish, early and late dates, slack, critical), the roll-ups of summaries and our custom fields;
 * the traceability and, for MS Project, the {@link ScopeAppendix} go along.
 *
 * <p>With {@code projectSummaryTask} the project itself becomes task 0, as MS Project writes it: its notes hold
 * the project description and the appendix.
 */
public final class ProjectFileBuilder {

	/** MS Project's "NA" dates: a rate or an availability between them holds all the time. */
	private static final LocalDateTime ALWAYS_FROM = LocalDateTime.of(1984, 1, 1, 0, 0);
	private static final LocalDateTime ALWAYS_TO = LocalDateTime.of(2049, 12, 31, 23, 59);

	private final Project project;
	private final ScheduledCopy plan;
	private final boolean projectSummaryTask;
	private final ExchangeWarnings warnings;
	private final ProjectFile file = new ProjectFile();
	private final WorkingTime time;
	private final Map<Calendar, ProjectCalendar> calendars = new IdentityHashMap<>();
	private final Map<Resource, org.mpxj.Resource> resources = new LinkedHashMap<>();
	private final Map<WbsElement, Task> tasks = new LinkedHashMap<>();

	private ProjectFileBuilder(ScheduledCopy plan, boolean projectSummaryTask, ExchangeWarnings warnings) {
		this.project = plan.project();
		this.plan = plan;
		this.projectSummaryTask = projectSummaryTask;
		this.warnings = warnings;
		this.time = new WorkingTime(hoursPerDay(project));
	}

	/** The hours of the model's working day: its default calendar's, or 8 without one. */
	public static double hoursPerDay(Project project) {
		Calendar calendar = project.getDefaultCalendar();
		return calendar == null ? 8 : calendar.getHoursPerDay();
	}

	public static ProjectFile build(ScheduledCopy plan, boolean projectSummaryTask, ExchangeWarnings warnings) throws ExchangeException {
		return new ProjectFileBuilder(plan, projectSummaryTask, warnings).build();
	}

	private ProjectFile build() throws ExchangeException {
		ProjectConfig config = file.getProjectConfig();
		// we number everything ourselves; MPXJ's automatic numbering would only be overwritten
		config.setAutoTaskID(false);
		config.setAutoTaskUniqueID(false);
		config.setAutoWBS(false);
		config.setAutoResourceID(false);
		config.setAutoResourceUniqueID(false);
		config.setAutoCalendarUniqueID(false);
		properties();
		calendars();
		resources();
		for (ModelField field : ModelField.values()) {
			field.define(file);
		}
		ChildTaskContainer top = file;
		if (projectSummaryTask) {
			top = summaryTask();
		}
		tasks(top);
		links();
		assignments();
		Baselines.write(project, tasks, time, warnings);
		Traceability.write(project, tasks, warnings);
		ThreePointFields.writeGroups(project, tasks);
		FieldMappings.installed().write(file, tasks, warnings);
		if (projectSummaryTask) {
			Task summary = file.getTaskByUniqueID(0);
			String appendix = ScopeAppendix.write(project, tasks, resources);
			summary.setNotes(ScopeAppendix.join(project.getDescription(), appendix));
		}
		return file;
	}

	private void properties() {
		ProjectProperties properties = file.getProjectProperties();
		properties.setName(project.getName());
		properties.setProjectTitle(project.getName());
		properties.setStartDate(project.getStart());
		properties.setStatusDate(project.getStatusDate());
		// MPXJ would stamp the machine's clock in its zone: the plan's own "as of" date keeps exports reproducible
		properties.setCurrentDate(project.getStatusDate() != null ? project.getStatusDate() : project.getStart());
		properties.setCurrencyCode(project.getCurrency());
		properties.setScheduleFrom(ScheduleFrom.START);
		int minutesPerDay = (int) Math.round(time.minutesPerDay());
		properties.setMinutesPerDay(minutesPerDay);
		Calendar calendar = project.getDefaultCalendar();
		int workingDays = calendar == null || calendar.getWorkingDays().isEmpty() ? 5 : calendar.getWorkingDays().size();
		properties.setMinutesPerWeek(minutesPerDay * workingDays);
	}

	private void calendars() {
		int uniqueId = 1;
		for (Calendar calendar : project.getCalendars()) {
			calendars.put(calendar, CalendarMapping.toMpxj(file, calendar, uniqueId++, warnings));
		}
		ProjectCalendar fallback = calendars.get(project.getDefaultCalendar());
		if (fallback == null) {
			// MS Project needs a project calendar; a model without one works MS Project's standard week
			fallback = file.addDefaultBaseCalendar();
			fallback.setUniqueID(uniqueId);
			warnings.warn("the project has no default calendar; the file gets MS Project's Standard calendar");
		}
		file.setDefaultCalendar(fallback);
	}

	private void resources() {
		int uniqueId = 1;
		for (Resource resource : project.getResources()) {
			org.mpxj.Resource mpxj = file.addResource();
			mpxj.setUniqueID(uniqueId);
			mpxj.setID(uniqueId++);
			mpxj.setName(resource.getName());
			mpxj.setType(ModelEnums.toMpxj(resource.getType()));
			mpxj.getCostRateTable(0).add(new CostRateTableEntry(ALWAYS_FROM, ALWAYS_TO, 0,
					new Rate(resource.getStandardRate(), TimeUnit.HOURS), new Rate(0, TimeUnit.HOURS)));
			mpxj.getAvailability().add(new Availability(ALWAYS_FROM, ALWAYS_TO,
					resource.getMaxUnits() * 100));
			if (resource.getCalendar() != null) {
				mpxj.setCalendar(calendars.get(resource.getCalendar()));
			}
			if (resource.getRole() != null) {
				mpxj.setGroup(resource.getRole().getName());
			}
			resources.put(resource, mpxj);
		}
	}

	/** The project as MS Project's task 0, the parent of the top-level tasks, with the project's roll-up. */
	private Task summaryTask() {
		Task summary = file.addTask();
		summary.setUniqueID(0);
		summary.setID(0);
		summary.setOutlineLevel(0);
		summary.setName(project.getName());
		summary.setWBS("0");
		summary.setType(TaskType.FIXED_DURATION);
		Totals totals = plan.projectTotals();
		summary.setStart(plan.projectStart());
		summary.setFinish(plan.projectFinish());
		summary.setEarlyStart(summary.getStart());
		summary.setEarlyFinish(summary.getFinish());
		summary.setLateStart(summary.getStart());
		summary.setLateFinish(summary.getFinish());
		rollUp(summary, totals);
		return summary;
	}

	/** What a summary (or task 0) adds up to: MS Project shows these, and readers that do not schedule take them as they are. */
	private void rollUp(Task task, Totals totals) {
		task.setDuration(time.duration(totals.durationDays()));
		task.setWork(WorkingTime.work(totals.effortHours()));
		task.setCost(totals.cost());
		task.setPercentageComplete(totals.percentComplete());
	}

	/** One task per element in outline order (the roll-up's outline), each under its parent's task; ids follow the outline. */
	private void tasks(ChildTaskContainer top) {
		for (OutlineIndex.Line line : plan.outline().lines()) {
			WbsElement element = line.element();
			ChildTaskContainer parent = line.parent() instanceof WbsElement summary ? tasks.get(summary) : top;
			Task task = parent.addTask();
			int uniqueId = tasks.size() + 1;
			task.setUniqueID(uniqueId);
			task.setID(uniqueId);
			task.setOutlineLevel(line.level());
			tasks.put(element, task);
			fill(task, element, line.code(), line.summary());
		}
	}

	private void fill(Task task, WbsElement element, String code, boolean summary) {
		task.setName(element.getName());
		task.setWBS(code);
		task.setNotes(element.getDescription());
		task.setContact(element.getOwner());
		task.set(ModelField.KIND.exportField(), element.eClass().getName());
		ThreePointFields.write(task, element, time);
		// the element's own type on a task; a summary is fixed duration in MS Project, whatever it was
		task.setType(summary ? TaskType.FIXED_DURATION : ModelEnums.toMpxj(element.getTaskType()));
		task.setEffortDriven(!summary && (element.isEffortDriven() || element.getTaskType() == org.wbsmodeler.model.TaskType.FIXED_WORK));
		task.setMilestone(element instanceof Milestone);
		task.setDuration(element.isDurationElapsed() ? WorkingTime.elapsed(element.getDuration()) : time.duration(element.getDuration()));
		// a manual task's Start and Finish are its manual dates (the schedule keeps them): MSPDI's ManualStart/ManualFinish
		task.setTaskMode(!summary && element.getTaskMode() == TaskMode.MANUAL ? org.mpxj.TaskMode.MANUALLY_SCHEDULED : org.mpxj.TaskMode.AUTO_SCHEDULED);
		task.setWork(WorkingTime.work(element.getEffort()));
		task.setFixedCost(element.getFixedCost());
		task.setPercentageComplete(element.getPercentComplete());
		if (summary) {
			rollUp(task, plan.totals(element));
		} else {
			task.setCost(plan.totals(element).cost());
		}
		task.setActualStart(element.getActualStart());
		task.setActualFinish(element.getActualFinish());
		task.setActualCost(element.getActualCost());
		task.setConstraintType(ModelEnums.toMpxj(element.getConstraintType()));
		task.setConstraintDate(element.getConstraintDate());
		if (element.getCalendar() != null) {
			task.setCalendar(calendars.get(element.getCalendar()));
		}
		task.setEarlyStart(element.getEarlyStart());
		task.setEarlyFinish(element.getEarlyFinish());
		task.setLateStart(element.getLateStart());
		task.setLateFinish(element.getLateFinish());
		// MPXJ calculates missing start and finish slack from the dates and then drops the total slack that depends
		// on them; stored first, they keep the model's total float as it is
		task.setStartSlack(time.slack(element.getTotalFloat()));
		task.setFinishSlack(time.slack(element.getTotalFloat()));
		task.setTotalSlack(time.slack(element.getTotalFloat()));
		task.setFreeSlack(time.slack(element.getFreeFloat()));
		task.setCritical(element.isCritical());
		task.setStart(plan.start(element));
		task.setFinish(plan.finish(element));
	}

	private void links() {
		for (Map.Entry<WbsElement, Task> entry : tasks.entrySet()) {
			Set<Task> linked = Collections.newSetFromMap(new IdentityHashMap<>());
			for (Dependency dependency : entry.getKey().getPredecessors()) {
				Task predecessor = dependency.getPredecessor() == null ? null : tasks.get(dependency.getPredecessor());
				if (predecessor == null) {
					warnings.warn(ModelLabels.describe(entry.getKey()) + ": a predecessor outside the project is not exported");
					continue;
				}
				if (!linked.add(predecessor)) {
					warnings.warn(ModelLabels.describe(entry.getKey()) + ": a second link from " + ModelLabels.describe(dependency.getPredecessor())
							+ " is not exported; MS Project links two tasks once");
					continue;
				}
				entry.getValue().addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(ModelEnums.toMpxj(dependency.getType()))
						.lag(dependency.isLagElapsed() ? WorkingTime.elapsedLag(dependency.getLag()) : time.lag(dependency.getLag())));
			}
		}
	}

	private void assignments() {
		for (Map.Entry<WbsElement, Task> entry : tasks.entrySet()) {
			for (Assignment assignment : entry.getKey().getAssignments()) {
				org.mpxj.Resource resource = assignment.getResource() == null ? null : resources.get(assignment.getResource());
				if (resource == null) {
					warnings.warn(ModelLabels.describe(entry.getKey()) + ": an assignment without a resource of the project is not exported");
					continue;
				}
				ResourceAssignment existing = assignmentOf(entry.getValue(), resource);
				if (existing != null) {
					// MS Project assigns a resource to a task once
					warnings.warn(ModelLabels.describe(entry.getKey()) + ": resource '" + resource.getName() + "' is assigned twice; exported as one assignment with the units and work of both");
					existing.setUnits(existing.getUnits().doubleValue() + assignment.getUnits() * 100);
					existing.setWork(WorkingTime.work(existing.getWork().getDuration() + assignment.getWork()));
					continue;
				}
				ResourceAssignment mpxj = entry.getValue().addResourceAssignment(resource);
				mpxj.setUnits(assignment.getUnits() * 100);
				mpxj.setWork(WorkingTime.work(assignment.getWork()));
				mpxj.setStart(entry.getValue().getStart());
				mpxj.setFinish(entry.getValue().getFinish());
			}
		}
	}

	private static ResourceAssignment assignmentOf(Task task, org.mpxj.Resource resource) {
		for (ResourceAssignment assignment : task.getResourceAssignments()) {
			if (assignment.getResource() == resource) {
				return assignment;
			}
		}
		return null;
	}

}
