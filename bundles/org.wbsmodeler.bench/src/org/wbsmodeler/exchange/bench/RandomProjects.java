package org.wbsmodeler.exchange.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.BudgetLine;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CalendarException;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.CrmComponent;
import org.wbsmodeler.model.CrmComponentKind;
import org.wbsmodeler.model.CrmScope;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Kpi;
import org.wbsmodeler.model.Level;
import org.wbsmodeler.model.Objective;
import org.wbsmodeler.model.Priority;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessKind;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Requirement;
import org.wbsmodeler.model.RequirementKind;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.Stakeholder;
import org.wbsmodeler.model.StakeholderGroup;
import org.wbsmodeler.model.SummaryElement;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.WorkingPeriod;

/**
 * Random but plausible models of any size, for round-trip tests and the exchange benchmark: phases of deliverables
 * of work packages of activities and milestones, links of every type with lags and leads, calendars with
 * holidays, resources and assignments, baselines, scheduled dates, a CRM scope and a process breakdown traced to
 * the WBS. The same seed gives the same model.
 *
 * <p>Every value is one MS Project can hold exactly: durations in whole minutes, lags and floats in tenths of a
 * minute, costs in cents, percentages and dates in whole numbers and minutes, baseline costs of at least one unit.
 */
public final class RandomProjects {

	private static final WbsFactory FACTORY = WbsFactory.eINSTANCE;
	private static final LocalDateTime START = LocalDateTime.of(2027, 2, 1, 8, 0);

	private final Random random;
	private final Project project = FACTORY.createProject();
	private final List<WbsElement> elements = new ArrayList<>();
	private final List<WbsElement> leaves = new ArrayList<>();
	private int activities;
	private double minutesPerDay;
	/** Whether the breakdown has reached the size asked for: counted in elements or in activities. */
	private BooleanSupplier full;

	private RandomProjects(long seed) {
		this.random = new Random(seed);
	}

	/** A model of exactly {@code elements} WBS elements (MS Project tasks). */
	public static Project generate(int elements, long seed) {
		RandomProjects generator = new RandomProjects(seed);
		int size = Math.max(1, elements);
		generator.full = () -> generator.elements.size() >= size;
		return generator.build(size);
	}

	/**
	 * A model of exactly {@code activities} activities (leaves with work, not milestones), with the summaries,
	 * milestones and links around them that {@link #generate} makes: what "a plan of N activities" means to a planner.
	 */
	public static Project withActivities(int activities, long seed) {
		RandomProjects generator = new RandomProjects(seed);
		int size = Math.max(1, activities);
		generator.full = () -> generator.activities >= size;
		return generator.build(size);
	}

	private Project build(int size) {
		project.setName("Random project " + size);
		project.setDescription(random.nextBoolean() ? null : "Generated for exchange tests;\nsecond line with <markup> & \"quotes\".");
		project.setStart(START);
		project.setStatusDate(START.plusDays(30));
		project.setCurrency(random.nextBoolean() ? "USD" : "EUR");
		for (int i = 0, count = 1 + random.nextInt(3); i < count; i++) {
			project.getCalendars().add(calendar("Calendar " + (i + 1), i == 0));
		}
		project.setDefaultCalendar(project.getCalendars().get(0));
		minutesPerDay = project.getDefaultCalendar().getHoursPerDay() * 60;
		for (int i = 0, count = 2 + random.nextInt(4); i < count; i++) {
			Role role = FACTORY.createRole();
			role.setName("Role " + (i + 1));
			role.setDescription(random.nextBoolean() ? null : "Does the work of role " + (i + 1));
			project.getRoles().add(role);
		}
		for (int i = 0, count = Math.max(3, Math.min(500, size / 40)); i < count; i++) {
			project.getResources().add(resource(i));
		}
		wbs();
		for (int i = 0; i < elements.size(); i++) {
			values(elements.get(i), i);
		}
		links();
		assignments();
		baselines();
		crm();
		processes();
		return project;
	}

	private Calendar calendar(String name, boolean standard) {
		Calendar calendar = FACTORY.createCalendar();
		calendar.setName(name);
		for (Weekday day : Weekday.VALUES) {
			boolean weekend = day == Weekday.SATURDAY || day == Weekday.SUNDAY;
			if (standard ? !weekend : random.nextInt(7) < 5 || day == Weekday.MONDAY) {
				calendar.getWorkingDays().add(day);
			}
		}
		if (standard || random.nextBoolean()) {
			int morning = 7 * 60 + 15 * random.nextInt(8);
			int lunch = morning + 3 * 60 + 15 * random.nextInt(8);
			calendar.getPeriods().add(period(morning, lunch));
			calendar.getPeriods().add(period(lunch + 30 + 15 * random.nextInt(4), Math.min(24 * 60, lunch + 5 * 60 + 15 * random.nextInt(8))));
		}
		LocalDate day = START.toLocalDate().minusDays(20);
		for (int i = 0, count = random.nextInt(8); i < count; i++) {
			day = day.plusDays(3 + random.nextInt(60));
			CalendarException exception = FACTORY.createCalendarException();
			exception.setName(i % 3 == 2 ? "Extra working day " + i : "Holiday " + i);
			exception.setWorking(i % 3 == 2);
			exception.setFrom(day.atStartOfDay());
			day = day.plusDays(random.nextInt(3));
			exception.setTo(day.atStartOfDay());
			calendar.getExceptions().add(exception);
		}
		return calendar;
	}

	private static WorkingPeriod period(int start, int end) {
		WorkingPeriod period = FACTORY.createWorkingPeriod();
		period.setStartMinute(start);
		period.setEndMinute(end);
		return period;
	}

	private Resource resource(int index) {
		Resource resource = FACTORY.createResource();
		resource.setName("Resource " + (index + 1));
		int kind = random.nextInt(10);
		resource.setType(kind < 8 ? ResourceType.WORK : kind == 8 ? ResourceType.MATERIAL : ResourceType.COST);
		if (resource.getType() != ResourceType.COST) {
			resource.setStandardRate(cents(20_000));
		}
		if (resource.getType() == ResourceType.WORK) {
			resource.setMaxUnits(0.25 * (1 + random.nextInt(12)));
			if (random.nextInt(4) == 0) {
				resource.setCalendar(project.getCalendars().get(random.nextInt(project.getCalendars().size())));
			}
			if (random.nextBoolean()) {
				resource.setRole(project.getRoles().get(random.nextInt(project.getRoles().size())));
			}
		}
		return resource;
	}

	/** Phases of deliverables, some with work packages, down to activities and milestones: exactly the size asked. */
	private void wbs() {
		int phase = 0;
		while (!full.getAsBoolean()) {
			SummaryElement current = add(project, FACTORY.createPhase(), "Phase " + ++phase);
			for (int d = 0, deliverables = 1 + random.nextInt(5); d < deliverables && !full.getAsBoolean(); d++) {
				SummaryElement deliverable = add(current, FACTORY.createDeliverable(), "Deliverable " + phase + "." + (d + 1));
				for (int w = 0, packages = random.nextInt(4); w <= packages && !full.getAsBoolean(); w++) {
					WbsContainer parent = w == 0 && random.nextBoolean() ? deliverable : add(deliverable, FACTORY.createWorkPackage(), "Work package " + elements.size());
					for (int a = 0, leavesHere = 2 + random.nextInt(10); a < leavesHere && !full.getAsBoolean(); a++) {
						WbsElement leaf = random.nextInt(8) == 0 ? FACTORY.createMilestone() : FACTORY.createActivity();
						leaves.add(add(parent, leaf, (leaf instanceof Activity ? "Activity " : "Milestone ") + elements.size()));
					}
				}
			}
		}
	}

	private <T extends WbsElement> T add(WbsContainer parent, T element, String name) {
		element.setName(name);
		parent.getChildren().add(element);
		elements.add(element);
		if (element instanceof Activity) {
			activities++;
		}
		return element;
	}

	private void values(WbsElement element, int index) {
		boolean leaf = !element.isSummary();
		if (random.nextInt(4) == 0) {
			element.setDescription("What " + element.getName() + " covers; ends with a newline\n");
		}
		if (random.nextInt(3) == 0) {
			element.setOwner("Owner " + random.nextInt(20));
		}
		if (random.nextInt(20) == 0) {
			element.setCustomCode("X-" + index);
		}
		if (leaf && element instanceof Activity) {
			element.setDuration(days(random.nextInt(20 * (int) minutesPerDay) + 1));
			element.setEffort(random.nextInt(400) / 4.0);
		}
		element.setFixedCost(random.nextInt(3) == 0 ? cents(500_000) : 0);
		// a summary's progress is the roll-up of its leaves'
		element.setPercentComplete(leaf && random.nextInt(3) == 0 ? random.nextInt(101) : 0);
		if (element.getPercentComplete() > 0) {
			element.setActualStart(START.plusMinutes(15 * random.nextInt(2000)));
			element.setActualCost(cents(100_000));
			if (element.getPercentComplete() == 100) {
				element.setActualFinish(START.plusMinutes(15 * random.nextInt(2000) + 30_000));
			}
		}
		if (leaf && element instanceof Activity) {
			ownRules(element);
		}
		if (random.nextInt(8) == 0) {
			element.setConstraintType(ConstraintType.VALUES.get(1 + random.nextInt(ConstraintType.VALUES.size() - 1)));
			if (element.getConstraintType() != ConstraintType.ALAP) {
				element.setConstraintDate(START.plusDays(random.nextInt(200)));
			}
		}
		if (random.nextInt(10) == 0) {
			element.setCalendar(project.getCalendars().get(random.nextInt(project.getCalendars().size())));
		}
		LocalDateTime early = START.plusMinutes(30L * random.nextInt(20_000));
		element.setEarlyStart(early);
		element.setEarlyFinish(early.plusMinutes(30L * random.nextInt(2_000)));
		int floatTenths = random.nextInt(3) == 0 ? 0 : random.nextInt(50 * 4_800);
		element.setTotalFloat(tenths(floatTenths));
		element.setFreeFloat(tenths(floatTenths / 2));
		element.setCritical(floatTenths == 0);
		element.setLateStart(early.plusMinutes(floatTenths / 10));
		element.setLateFinish(early.plusMinutes(floatTenths / 10 + 60));
	}

	/**
	 * MS Project's own rules on some activities: elapsed durations (whole quarter hours of calendar time), manual
	 * tasks not started (at a start of their own, half of them with a finish of their own).
	 */
	private void ownRules(WbsElement element) {
		if (random.nextInt(20) == 0) {
			element.setDurationElapsed(true);
			element.setDuration((1 + random.nextInt(20 * 96)) * 15 / 1440.0);
		}
		if (element.getActualStart() == null && random.nextInt(10) == 0) {
			element.setTaskMode(TaskMode.MANUAL);
			LocalDateTime start = START.plusDays(random.nextInt(100)).plusHours(8 + random.nextInt(8));
			element.setManualStart(start);
			if (random.nextBoolean()) {
				element.setManualFinish(start.plusDays(random.nextInt(10)).plusMinutes(30L * random.nextInt(16)));
			}
		}
	}

	private void links() {
		for (int i = 1; i < leaves.size(); i++) {
			int count = random.nextInt(10) < 8 ? 1 : random.nextInt(10) < 8 ? 0 : 2;
			for (int k = 0; k < count; k++) {
				WbsElement predecessor = leaves.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 20))));
				if (leaves.get(i).getPredecessors().stream().anyMatch(d -> d.getPredecessor() == predecessor)) {
					continue;
				}
				Dependency dependency = FACTORY.createDependency();
				dependency.setPredecessor(predecessor);
				int type = random.nextInt(20);
				dependency.setType(type < 14 ? DependencyType.FS : type < 17 ? DependencyType.SS : type < 19 ? DependencyType.FF : DependencyType.SF);
				if (random.nextInt(5) < 2) {
					dependency.setLag(tenths(random.nextInt(4 * 4_800) - 4_800));
				}
				if (random.nextInt(10) == 0) {
					// an elapsed lag, in elapsed days: tenths of a minute over 24-hour days
					dependency.setLagElapsed(true);
					dependency.setLag((random.nextInt(4 * 14_400) - 14_400) / 14_400.0);
				}
				leaves.get(i).getPredecessors().add(dependency);
			}
		}
	}

	private void assignments() {
		for (WbsElement leaf : leaves) {
			for (int k = 0, count = leaf instanceof Activity ? random.nextInt(3) : 0; k < count; k++) {
				Resource resource = project.getResources().get(random.nextInt(project.getResources().size()));
				if (leaf.getAssignments().stream().anyMatch(a -> a.getResource() == resource)) {
					continue;
				}
				Assignment assignment = FACTORY.createAssignment();
				assignment.setResource(resource);
				assignment.setUnits((1 + random.nextInt(8)) * 0.25);
				assignment.setWork(random.nextInt(800) / 4.0);
				leaf.getAssignments().add(assignment);
			}
		}
	}

	private void baselines() {
		for (int n = 0, count = random.nextInt(4); n < count; n++) {
			Baseline baseline = FACTORY.createBaseline();
			baseline.setName(n == 0 ? "Agreed plan" : "Re-plan " + n);
			baseline.setSavedOn(START.minusDays(10 - n));
			for (WbsElement element : elements) {
				if (random.nextInt(3) == 0) {
					continue;
				}
				BaselineEntry entry = FACTORY.createBaselineEntry();
				entry.setElement(element);
				LocalDateTime start = START.plusMinutes(30L * random.nextInt(20_000));
				entry.setStart(start);
				entry.setFinish(start.plusDays(1 + random.nextInt(30)));
				entry.setDuration(days(random.nextInt(10 * (int) minutesPerDay) + 1));
				entry.setWork(random.nextInt(400) / 4.0);
				entry.setCost(1 + cents(1_000_000));
				baseline.getEntries().add(entry);
			}
			project.getBaselines().add(baseline);
		}
	}

	private void crm() {
		CrmScope crm = FACTORY.createCrmScope();
		project.setCrm(crm);
		for (int i = 0; i < 4; i++) {
			CrmComponent component = FACTORY.createCrmComponent();
			component.setName("Component " + (i + 1) + (i == 3 ? "; with a semicolon \\ and backslash" : ""));
			component.setDescription(random.nextBoolean() ? null : "Component number " + (i + 1));
			component.setKind(CrmComponentKind.VALUES.get(i));
			deliveredBy(component.getDeliveredBy(), 1 + random.nextInt(3));
			crm.getComponents().add(component);
		}
		for (int i = 0; i < 6; i++) {
			Stakeholder stakeholder = FACTORY.createStakeholder();
			stakeholder.setName("Stakeholder " + (i + 1));
			stakeholder.setRole("Role of stakeholder " + (i + 1));
			stakeholder.setGroup(StakeholderGroup.VALUES.get(i));
			stakeholder.setInterest(Level.VALUES.get(random.nextInt(3)));
			stakeholder.setInfluence(Level.VALUES.get(random.nextInt(3)));
			crm.getStakeholders().add(stakeholder);
		}
		for (int i = 0; i < 10; i++) {
			Requirement requirement = FACTORY.createRequirement();
			requirement.setIdentifier(i == 9 ? null : "R-" + (i + 1));
			requirement.setName("Requirement " + (i + 1));
			requirement.setKind(RequirementKind.VALUES.get(i % RequirementKind.VALUES.size()));
			requirement.setPriority(Priority.VALUES.get(random.nextInt(Priority.VALUES.size())));
			requirement.setSource(crm.getStakeholders().get(random.nextInt(crm.getStakeholders().size())));
			requirement.getComponents().add(crm.getComponents().get(random.nextInt(crm.getComponents().size())));
			deliveredBy(requirement.getDeliveredBy(), random.nextInt(3));
			crm.getRequirements().add(requirement);
		}
		Objective objective = FACTORY.createObjective();
		objective.setName("Faster service");
		Kpi kpi = FACTORY.createKpi();
		kpi.setName("Resolution time");
		kpi.setUnit("hours");
		kpi.setTarget(24);
		kpi.setMeasured(random.nextBoolean() ? null : 30.5);
		objective.getKpis().add(kpi);
		crm.getObjectives().add(objective);
		for (int i = 0; i < 3; i++) {
			BudgetLine line = FACTORY.createBudgetLine();
			line.setName("Budget line " + (i + 1));
			line.setCategory(i == 0 ? "Licences" : "Services");
			line.setAmount(cents(10_000_000));
			line.setComponent(i == 2 ? null : crm.getComponents().get(i));
			line.setElement(i == 0 ? null : elements.get(random.nextInt(elements.size())));
			crm.getBudgetLines().add(line);
		}
	}

	private void processes() {
		ProcessBreakdown breakdown = FACTORY.createProcessBreakdown();
		breakdown.setName("Customer-facing processes");
		project.setProcessBreakdown(breakdown);
		for (int p = 0; p < 3; p++) {
			Process process = FACTORY.createProcess();
			process.setName("Process " + (p + 1));
			process.setKind(ProcessKind.VALUES.get(p));
			process.setOwner(project.getRoles().get(random.nextInt(project.getRoles().size())));
			for (int s = 0, steps = 2 + random.nextInt(3); s < steps; s++) {
				ProcessStep step = FACTORY.createProcessStep();
				step.setName("Step " + (s + 1));
				step.setOwner(project.getRoles().get(random.nextInt(project.getRoles().size())));
				step.setTiming(random.nextBoolean() ? null : "within " + (s + 1) + " days");
				step.setCycleTime(random.nextInt(100) / 4.0);
				step.getResources().add(project.getResources().get(random.nextInt(project.getResources().size())));
				deliveredBy(step.getWbsElements(), random.nextInt(3));
				process.getSteps().add(step);
			}
			breakdown.getProcesses().add(process);
		}
	}

	private void deliveredBy(List<WbsElement> list, int count) {
		for (int i = 0; i < count; i++) {
			WbsElement element = elements.get(random.nextInt(elements.size()));
			if (!list.contains(element)) {
				list.add(element);
			}
		}
	}

	/** Working days of a whole number of minutes. */
	private double days(int minutes) {
		return minutes / minutesPerDay;
	}

	/** Working days of a whole number of tenths of a minute, as MSPDI stores lags and floats. */
	private double tenths(int tenths) {
		return tenths / 10.0 / minutesPerDay;
	}

	private double cents(int maxCents) {
		return random.nextInt(maxCents) / 100.0;
	}

}
