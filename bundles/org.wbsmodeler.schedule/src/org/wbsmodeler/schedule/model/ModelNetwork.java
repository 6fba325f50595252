package org.wbsmodeler.schedule.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.calendar.WorkCalendar;
import org.wbsmodeler.schedule.cpm.ConstraintType;
import org.wbsmodeler.schedule.cpm.LinkType;
import org.wbsmodeler.schedule.cpm.ScheduleNetwork;

/**
 * The engine's view of a project: one activity per leaf of the breakdown (summaries take their dates from their
 * leaves), links between leaves, calendars compiled. Durations and lags are working days in the model and working
 * minutes in the engine; a day is the default calendar's hours per day, as MS Project converts them.
 */
public final class ModelNetwork {

	private final Project project;
	private final List<WbsElement> activities = new ArrayList<>();
	private final Map<WbsElement, Integer> index = new IdentityHashMap<>();
	private final ScheduleNetwork network;
	private final int minutesPerDay;

	private ModelNetwork(Project project) throws ScheduleModelException {
		this.project = project;
		if (project.getStart() == null) {
			throw new ScheduleModelException("project '" + project.getName() + "' has no start date", List.of());
		}
		List<Calendar> calendars = new ArrayList<>();
		Calendar standard = project.getDefaultCalendar();
		if (standard != null) {
			calendars.add(standard);
		}
		project.getCalendars().stream().filter(c -> c != standard).forEach(calendars::add);
		WorkCalendar[] compiled = new WorkCalendar[Math.max(1, calendars.size())];
		try {
			for (int i = 0; i < calendars.size(); i++) {
				compiled[i] = CalendarCompiler.compile(calendars.get(i));
			}
		} catch (IllegalArgumentException e) {
			throw new ScheduleModelException(e.getMessage(), List.of());
		}
		if (calendars.isEmpty()) {
			compiled[0] = WorkCalendar.standard();
		}
		minutesPerDay = compiled[0].minutesPerDay();
		OutlineIndex outline = OutlineIndex.build(project);
		for (WbsElement leaf : outline.leaves()) {
			index.put(leaf, activities.size());
			activities.add(leaf);
		}
		ScheduleNetwork.Builder builder = ScheduleNetwork.builder(LocalMinutes.of(project.getStart()), compiled);
		for (WbsElement leaf : activities) {
			int a = builder.addActivity(ModelLabels.shortLabel(outline.code(leaf), leaf), minutes(leaf.getDuration()));
			Calendar own = leaf.getCalendar();
			if (own != null && calendars.contains(own)) {
				builder.calendar(a, calendars.indexOf(own));
			}
			builder.milestone(a, leaf instanceof Milestone);
			ConstraintType type = EngineEnums.constraintType(leaf.getConstraintType());
			if (type.hasDate() && leaf.getConstraintDate() != null) {
				builder.constraint(a, type, constraintMinute(type, leaf.getConstraintDate(), compiled[calendarIndex(calendars, own)]));
			} else if (!type.hasDate()) {
				builder.constraint(a, type, 0);
			}
		}
		for (WbsElement element : outline.elements()) {
			for (Dependency link : element.getPredecessors()) {
				WbsElement from = link.getPredecessor();
				if (from == null || from.eIsProxy()) {
					continue;
				}
				LinkType type = EngineEnums.linkType(link.getType());
				int lag = minutes(link.getLag());
				// a link on a summary stands for links on every leaf under it (validation warns about it)
				for (WbsElement p : outline.leavesOf(from)) {
					for (WbsElement s : outline.leavesOf(element)) {
						if (index.containsKey(p) && index.containsKey(s)) {
							builder.addLink(index.get(p), index.get(s), type, lag);
						}
					}
				}
			}
		}
		network = builder.build();
	}

	public static ModelNetwork of(Project project) throws ScheduleModelException {
		return new ModelNetwork(project);
	}

	public Project project() {
		return project;
	}

	public ScheduleNetwork network() {
		return network;
	}

	/** The leaf element of an engine activity. */
	public WbsElement element(int activity) {
		return activities.get(activity);
	}

	/** The engine activity of a leaf element, or -1 for a summary or a foreign element. */
	public int activity(WbsElement element) {
		return index.getOrDefault(element, -1);
	}

	public List<WbsElement> activities() {
		return List.copyOf(activities);
	}

	/** Working minutes in one day of the model's units. */
	public int minutesPerDay() {
		return minutesPerDay;
	}

	int minutes(double days) {
		return (int) Math.round(days * minutesPerDay);
	}

	private static int calendarIndex(List<Calendar> calendars, Calendar own) {
		int i = own == null ? -1 : calendars.indexOf(own);
		return Math.max(0, i);
	}

	/**
	 * A constraint date entered as a plain day (midnight) means the start of that day's work for start constraints
	 * and the end of it for finish constraints, as MS Project reads a typed date.
	 */
	private static long constraintMinute(ConstraintType type, LocalDateTime time, WorkCalendar calendar) {
		long minute = LocalMinutes.of(time);
		if (time.toLocalTime().toSecondOfDay() != 0) {
			return minute;
		}
		boolean finish = type == ConstraintType.FNET || type == ConstraintType.FNLT || type == ConstraintType.MFO;
		var day = calendar.workingDay();
		return LocalMinutes.of(time.toLocalDate(), finish ? day.periodEnd(day.periodCount() - 1) : day.periodStart(0));
	}
}
