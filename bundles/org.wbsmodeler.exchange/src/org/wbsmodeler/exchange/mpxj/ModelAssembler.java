package org.wbsmodeler.exchange.mpxj;

import java.io.IOException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.FieldType;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.TimeUnit;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.exchange.fields.FieldMappings;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelLabels;

/**
 * Builds a model from an MPXJ project, whatever format MPXJ read it from. The reverse of
 * {@link ProjectFileBuilder}: task 0 is the project, tasks become WBS elements of the kind {@link KindRule} gives,
 * custom fields restore traceability, the notes' {@link ScopeAppendix} the CRM scope and process breakdown.
 *
 * <p>Everything is built in memory; the caller saves it. Damaged content that MPXJ let through (a link to a task
 * that is not there, a calendar based on itself, a percentage lag) is mended or dropped with a warning.
 */
public final class ModelAssembler {

	private static final WbsFactory FACTORY = WbsFactory.eINSTANCE;

	private final ProjectFile file;
	private final ProjectProperties properties;
	private final ExchangeWarnings warnings;
	private final Project project = FACTORY.createProject();
	private final Map<ProjectCalendar, Calendar> calendars = new IdentityHashMap<>();
	private final Map<org.mpxj.Resource, Resource> resources = new IdentityHashMap<>();
	private final Map<Integer, Resource> resourcesById = new HashMap<>();
	private final Map<Task, WbsElement> elements = new LinkedHashMap<>();
	private final Map<Integer, WbsElement> elementsById = new HashMap<>();
	private final FieldType kindField;
	private final ThreePointFields threePoints;
	private WorkingTime time;

	private ModelAssembler(ProjectFile file, ExchangeWarnings warnings) {
		this.file = file;
		this.properties = file.getProjectProperties();
		this.warnings = warnings;
		this.kindField = ModelField.KIND.in(file);
		this.threePoints = ThreePointFields.of(file);
	}

	public static Project assemble(ProjectFile file, ExchangeWarnings warnings) {
		return new ModelAssembler(file, warnings).assemble();
	}

	private Project assemble() {
		CalendarMapping.repair(file, warnings);
		Task summary = summaryTask();
		properties(summary);
		calendars();
		time = new WorkingTime(ProjectFileBuilder.hoursPerDay(project));
		resources();
		List<Task> top = summary != null ? summary.getChildTasks() : file.getChildTasks();
		tasks(project, top, 1);
		customCodes();
		links();
		assignments();
		manualFinishes();
		List<Baseline> namedBaselines = appendix(summary);
		roles();
		baselines(namedBaselines);
		Traceability.read(project, file, elements, warnings);
		ThreePointFields.readGroups(project, file, elements);
		FieldMappings.installed().read(file, elements, warnings);
		return MsProjectIds.keep(project, elements);
	}

	/**
	 * The task that is the project itself, if the file has one: MS Project's task 0, or a lone top-level summary
	 * task with the project's name, as Primavera's project WBS node and many hand-made MS Project plans have.
	 */
	private Task summaryTask() {
		List<Task> top = file.getChildTasks();
		if (top.size() != 1) {
			return null;
		}
		Task only = top.get(0);
		Integer uniqueId = only.getUniqueID();
		Integer level = only.getOutlineLevel();
		if ((uniqueId != null && uniqueId == 0) || (level != null && level == 0)) {
			return only;
		}
		String name = only.getName();
		boolean named = name != null && !name.isBlank()
				&& (name.strip().equalsIgnoreCase(strip(properties.getProjectTitle())) || name.strip().equalsIgnoreCase(strip(properties.getName())));
		return named && !only.getChildTasks().isEmpty() ? only : null;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private void properties(Task summary) {
		String name = properties.getProjectTitle();
		if (name == null || name.isBlank()) {
			name = summary != null && summary.getName() != null ? summary.getName() : properties.getName();
		}
		project.setName(name);
		project.setDescription(summary == null ? null : ScopeAppendix.description(emptyToNull(summary.getNotes())));
		project.setStart(properties.getStartDate());
		project.setStatusDate(properties.getStatusDate());
		if (properties.getCurrencyCode() != null && !properties.getCurrencyCode().isBlank()) {
			project.setCurrency(properties.getCurrencyCode());
		}
	}

	private void calendars() {
		List<ProjectCalendar> derived = new ArrayList<>();
		for (ProjectCalendar calendar : file.getCalendars()) {
			if (isPlainResourceCalendar(calendar)) {
				derived.add(calendar);
				continue;
			}
			Calendar model = CalendarMapping.toModel(calendar, warnings);
			project.getCalendars().add(model);
			calendars.put(calendar, model);
		}
		// a resource calendar that only inherits is the same calendar as its base
		for (ProjectCalendar calendar : derived) {
			ProjectCalendar base = calendar;
			while (base != null && !calendars.containsKey(base)) {
				base = base.getParent();
			}
			if (base != null) {
				calendars.put(calendar, calendars.get(base));
			}
		}
		Calendar defaultCalendar = file.getDefaultCalendar() == null ? null : calendars.get(file.getDefaultCalendar());
		project.setDefaultCalendar(defaultCalendar != null || project.getCalendars().isEmpty() ? defaultCalendar : project.getCalendars().get(0));
	}

	/**
	 * A resource's calendar that works exactly as its base calendar: MS Project writes one per resource, often
	 * repeating a day of the base calendar.
	 */
	private static boolean isPlainResourceCalendar(ProjectCalendar calendar) {
		ProjectCalendar base = calendar.getParent();
		if (base == null || calendar.getResources().isEmpty() || !calendar.getCalendarExceptions().isEmpty()) {
			return false;
		}
		for (DayOfWeek day : DayOfWeek.values()) {
			DayType type = calendar.getCalendarDayType(day);
			if (type == null || type == DayType.DEFAULT) {
				continue;
			}
			if (calendar.isWorkingDay(day) != base.isWorkingDay(day) || !sameHours(calendar.getHours(day), base.getHours(day))) {
				return false;
			}
		}
		return true;
	}

	private static boolean sameHours(List<LocalTimeRange> a, List<LocalTimeRange> b) {
		List<LocalTimeRange> x = a == null ? List.of() : a;
		List<LocalTimeRange> y = b == null ? List.of() : b;
		if (x.size() != y.size()) {
			return false;
		}
		for (int i = 0; i < x.size(); i++) {
			if (!java.util.Objects.equals(x.get(i).getStart(), y.get(i).getStart()) || !java.util.Objects.equals(x.get(i).getEnd(), y.get(i).getEnd())) {
				return false;
			}
		}
		return true;
	}

	private void resources() {
		for (org.mpxj.Resource mpxj : file.getResources()) {
			Integer uniqueId = mpxj.getUniqueID();
			if ((mpxj.getName() == null || mpxj.getName().isBlank()) && (uniqueId == null || uniqueId == 0)) {
				// MS Project's unnamed resource 0 is a placeholder, not a resource
				continue;
			}
			Resource resource = FACTORY.createResource();
			resource.setName(mpxj.getName());
			resource.setType(ModelEnums.toModel(mpxj.getType()));
			resource.setStandardRate(perHour(mpxj.getStandardRate(), resource));
			Number maxUnits = mpxj.getMaxUnits();
			resource.setMaxUnits(maxUnits == null || !Double.isFinite(maxUnits.doubleValue()) ? 1.0 : maxUnits.doubleValue() / 100);
			resource.setCalendar(mpxj.getCalendar() == null ? null : calendars.get(mpxj.getCalendar()));
			project.getResources().add(resource);
			resources.put(mpxj, resource);
			if (uniqueId != null) {
				resourcesById.put(uniqueId, resource);
			}
		}
	}

	/** A rate per hour; a material's rate is per unit and stays as it is. */
	private double perHour(Rate rate, Resource resource) {
		if (rate == null || !Double.isFinite(rate.getAmount())) {
			return 0;
		}
		TimeUnit units = rate.getUnits();
		if (units == null || units == TimeUnit.HOURS || resource.getType() != org.wbsmodeler.model.ResourceType.WORK || WorkingTime.isPercent(units)) {
			return rate.getAmount();
		}
		double hours = Duration.convertUnits(1, units, TimeUnit.HOURS, properties).getDuration();
		return hours > 0 && Double.isFinite(hours) ? rate.getAmount() / hours : rate.getAmount();
	}

	private void tasks(WbsContainer container, List<Task> tasks, int level) {
		for (Task task : tasks) {
			if (task.getNull() || task.getExternalTask()) {
				continue;
			}
			List<Task> children = task.getChildTasks();
			boolean hasChildren = children.stream().anyMatch(t -> !t.getNull() && !t.getExternalTask());
			Object declared = kindField == null ? null : task.get(kindField);
			EClass kind = KindRule.kindOf(declared == null ? null : declared.toString(), level, hasChildren, task.getMilestone());
			WbsElement element = (WbsElement) FACTORY.create(kind);
			container.getChildren().add(element);
			fill(element, task);
			if (hasChildren) {
				// a summary's duration, work, progress and actual dates are roll-ups of its leaves (MS Project's and
				// ours alike), recomputed by the scheduler: the model keeps estimates and progress on leaves only
				element.setDuration(0);
				element.setDurationElapsed(false);
				element.setEffort(0);
				element.setPercentComplete(0);
				element.setActualStart(null);
				element.setActualFinish(null);
				if (element.getTaskMode() == TaskMode.MANUAL) {
					warnings.warn(ModelLabels.describe(element) + " is a manually scheduled summary in MS Project: here it spans its tasks");
				}
				element.setTaskMode(TaskMode.AUTO);
				element.setManualStart(null);
				element.setManualFinish(null);
			} else {
				// no type in the file (MPX, Planner, old MSPDI) reads as MS Project's default, fixed units
				element.setTaskType(ModelEnums.toModel(task.getType()));
				element.setEffortDriven(task.getEffortDriven() && element.getTaskType() != org.wbsmodeler.model.TaskType.FIXED_WORK);
				splits(element, task);
			}
			elements.put(task, element);
			if (task.getUniqueID() != null) {
				elementsById.put(task.getUniqueID(), element);
			}
			if (hasChildren) {
				tasks((WbsContainer) element, children, level + 1);
			}
		}
	}

	/** A task's WBS that is not the position code the element has anyway is a custom code. */
	private void customCodes() {
		OutlineIndex outline = OutlineIndex.build(project);
		elements.forEach((task, element) -> {
			String wbs = task.getWBS();
			if (wbs != null && !wbs.isBlank() && !wbs.strip().equals(outline.positionCode(element))) {
				element.setCustomCode(wbs.strip());
			}
		});
	}

	private void fill(WbsElement element, Task task) {
		ProjectProperties p = properties;
		element.setName(task.getName());
		element.setDescription(emptyToNull(task.getNotes()));
		element.setOwner(emptyToNull(task.getContact()));
		if (WorkingTime.isElapsed(task.getDuration())) {
			element.setDurationElapsed(true);
			element.setDuration(WorkingTime.toElapsedDays(task.getDuration(), p));
		} else {
			element.setDuration(time.toDays(task.getDuration(), p));
		}
		threePoints.read(task, element, time, p);
		if (task.getTaskMode() == org.mpxj.TaskMode.MANUALLY_SCHEDULED && task.getStart() != null) {
			// MSPDI's ManualStart/ManualFinish are the manual task's Start and Finish
			element.setTaskMode(TaskMode.MANUAL);
			element.setManualStart(task.getStart());
			element.setManualFinish(task.getFinish()); // dropped by manualFinishes() where it is just start + duration
		}
		element.setEffort(WorkingTime.toHours(task.getWork(), p));
		element.setFixedCost(number(task.getFixedCost()));
		element.setPercentComplete(number(task.getPercentageComplete()));
		element.setActualStart(task.getActualStart());
		element.setActualFinish(task.getActualFinish());
		element.setActualCost(number(task.getActualCost()));
		element.setConstraintType(ModelEnums.toModel(task.getConstraintType()));
		element.setConstraintDate(task.getConstraintDate());
		element.setCalendar(task.getCalendar() == null ? null : calendars.get(task.getCalendar()));
		element.setEarlyStart(task.getEarlyStart());
		element.setEarlyFinish(task.getEarlyFinish());
		element.setLateStart(task.getLateStart());
		element.setLateFinish(task.getLateFinish());
		// the stored values, not MPXJ's recalculation from dates: a float of 0 is not written at all
		element.setTotalFloat(time.toDays((Duration) task.getCachedValue(TaskField.TOTAL_SLACK), p));
		element.setFreeFloat(time.toDays((Duration) task.getCachedValue(TaskField.FREE_SLACK), p));
		Object critical = task.getCachedValue(TaskField.CRITICAL);
		element.setCritical(critical instanceof Boolean b ? b : task.getCritical());
	}

	private void links() {
		for (Map.Entry<Task, WbsElement> entry : elements.entrySet()) {
			for (Relation relation : entry.getKey().getPredecessors()) {
				WbsElement predecessor = elements.get(relation.getPredecessorTask());
				if (predecessor == null) {
					warnings.warn(ModelLabels.describe(entry.getValue()) + ": a predecessor that is not a task of the project is dropped");
					continue;
				}
				Dependency dependency = FACTORY.createDependency();
				dependency.setPredecessor(predecessor);
				dependency.setType(ModelEnums.toModel(relation.getType()));
				if (WorkingTime.isElapsed(relation.getLag())) {
					dependency.setLagElapsed(true);
					dependency.setLag(WorkingTime.toElapsedDays(relation.getLag(), properties));
				} else {
					dependency.setLag(lag(relation.getLag(), predecessor));
				}
				entry.getValue().getPredecessors().add(dependency);
			}
		}
	}

	/**
	 * A manual task's finish that is just its start plus its duration (on the calendar it works on, as the scheduler
	 * computes it) is no finish of its own: the model leaves it out, and an export writes the same finish again.
	 */
	private void manualFinishes() {
		java.util.function.Function<WbsElement, java.time.LocalDateTime> byDuration = org.wbsmodeler.schedule.model.ModelNetwork.durationFinishes(project);
		for (WbsElement element : elements.values()) {
			if (element.getTaskMode() == TaskMode.MANUAL && element.getManualFinish() != null
					&& element.getManualFinish().equals(byDuration.apply(element))) {
				element.setManualFinish(null);
			}
		}
	}

	/**
	 * MS Project splits a task's work around gaps; the model (and MPXJ's scheduler) has no splits, so the gap is
	 * dropped: said per task, never silently (DIFFERENCES.md).
	 */
	private void splits(WbsElement element, Task task) {
		List<org.mpxj.LocalDateTimeRange> splits;
		try {
			splits = task.getSplits();
		} catch (RuntimeException e) {
			return;
		}
		if (splits != null && splits.size() > 1) {
			warnings.warn(ModelLabels.describe(element) + " is split in MS Project (" + (splits.size() + 1) / 2
					+ " parts): the gaps are dropped, its work is scheduled in one piece");
		}
	}

	/** A lag in days; MS Project's percentage lags are a share of the predecessor's duration. */
	private double lag(Duration lag, WbsElement predecessor) {
		if (lag == null) {
			return 0;
		}
		if (lag.getUnits() != null && WorkingTime.isPercent(lag.getUnits())) {
			double share = lag.getDuration() / 100 * predecessor.getDuration();
			return Double.isFinite(share) ? share : 0;
		}
		return time.toDays(lag, properties);
	}

	private void assignments() {
		for (Map.Entry<Task, WbsElement> entry : elements.entrySet()) {
			for (ResourceAssignment mpxj : entry.getKey().getResourceAssignments()) {
				Resource resource = mpxj.getResource() == null ? null : resources.get(mpxj.getResource());
				if (resource == null) {
					// MS Project writes assignments to "no resource" (unique ID -65535) for tasks nobody works on
					continue;
				}
				Assignment assignment = FACTORY.createAssignment();
				assignment.setResource(resource);
				Number units = mpxj.getUnits();
				assignment.setUnits(units == null || !Double.isFinite(units.doubleValue()) ? 1.0 : units.doubleValue() / 100);
				assignment.setWork(WorkingTime.toHours(mpxj.getWork(), properties));
				entry.getValue().getAssignments().add(assignment);
			}
		}
	}

	/** Takes roles, CRM scope, process breakdown and views from the appendix; returns its baselines (names and dates). */
	private List<Baseline> appendix(Task summary) {
		List<Baseline> result = new ArrayList<>();
		String appendix = summary == null ? null : ScopeAppendix.appendix(summary.getNotes());
		if (appendix == null) {
			return result;
		}
		Project holder;
		try {
			holder = ScopeAppendix.read(appendix, elementsById, resourcesById);
		} catch (IOException | RuntimeException e) {
			warnings.warn("the WBS Modeler scope in the project notes cannot be read (" + org.wbsmodeler.exchange.ExchangeException.oneLine(e.getMessage())
					+ "); CRM scope, process breakdown and roles come from the task fields only");
			return result;
		}
		project.getRoles().addAll(holder.getRoles());
		project.setCrm(holder.getCrm());
		project.setProcessBreakdown(holder.getProcessBreakdown());
		project.getViews().addAll(holder.getViews());
		result.addAll(holder.getBaselines());
		return result;
	}

	/** Roles named in the resources' Group field; the appendix's roles come first, with their descriptions. */
	private void roles() {
		Map<String, Role> byName = new HashMap<>();
		project.getRoles().forEach(role -> byName.putIfAbsent(role.getName(), role));
		for (Map.Entry<org.mpxj.Resource, Resource> entry : resources.entrySet()) {
			String group = entry.getKey().getGroup();
			if (group == null || group.isBlank()) {
				continue;
			}
			entry.getValue().setRole(byName.computeIfAbsent(group, name -> {
				Role role = FACTORY.createRole();
				role.setName(name);
				project.getRoles().add(role);
				return role;
			}));
		}
	}

	private void baselines(List<Baseline> named) {
		int count = Math.max(named.size(), Baselines.highestUsed(file) + 1);
		for (int n = 0; n < count; n++) {
			Baseline baseline = n < named.size() ? named.get(n) : FACTORY.createBaseline();
			if (n >= named.size()) {
				baseline.setName(n == 0 ? "Baseline" : "Baseline " + n);
			}
			project.getBaselines().add(baseline);
			if (n >= Baselines.MS_PROJECT_BASELINES) {
				continue;
			}
			for (Map.Entry<Task, WbsElement> entry : elements.entrySet()) {
				Baselines.read(entry.getKey(), n, entry.getValue(), baseline, time, file);
			}
		}
	}

	private static double number(Number value) {
		return value == null || !Double.isFinite(value.doubleValue()) ? 0 : value.doubleValue();
	}

	/** Text as the model keeps it: no empty strings, and '\n' line ends whatever MS Project's platform wrote. */
	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text.replace("\r\n", "\n").replace('\r', '\n');
	}
}
