package org.wbsmodeler.schedule.model;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.TaskMode;
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
 * minutes in the engine; a day is the default calendar's hours per day, as MS Project converts them (an elapsed day
 * is 24 hours of calendar time).
 * <p>
 * MS Project's own rules come across as they are: a manual task keeps its manual start and finish, a started task
 * its actual start (and finish), with the rest of its duration still to go by its % complete; a task with work
 * resources works on their calendar. What the engine cannot reproduce is said in {@link #notes()}, naming the
 * elements. The model features read here are listed, with what a change of each asks of a built network, in
 * {@link ScheduleInputs}.
 */
public final class ModelNetwork {

	private final Project project;
	private final List<WbsElement> activities = new ArrayList<>();
	private final Map<WbsElement, Integer> index = new IdentityHashMap<>();
	private final ScheduleNetwork network;
	private final int minutesPerDay;
	private final List<String> notes = new ArrayList<>();

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
			String label = ModelLabels.shortLabel(outline.code(leaf), leaf);
			int d = leaf.isDurationElapsed() ? elapsedMinutes(leaf.getDuration()) : minutes(leaf.getDuration());
			int a = builder.addActivity(label, d);
			builder.elapsed(a, leaf.isDurationElapsed());
			Calendar own = leaf.getCalendar();
			if (own != null && calendars.contains(own)) {
				builder.calendar(a, calendars.indexOf(own));
			}
			int works = resourceCalendar(leaf, label, own, calendars, notes);
			if (works >= 0) {
				builder.resourceCalendar(a, works);
			}
			WorkCalendar cal = compiled[works >= 0 ? works : calendarIndex(calendars, own)];
			builder.milestone(a, leaf instanceof Milestone);
			ownRules(builder::manual, builder::progress, a, leaf, label, d, cal, notes);
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
				int lag = link.isLagElapsed() ? elapsedMinutes(link.getLag()) : minutes(link.getLag());
				// a link on a summary stands for links on every leaf under it (validation warns about it)
				for (WbsElement p : outline.leavesOf(from)) {
					for (WbsElement s : outline.leavesOf(element)) {
						if (index.containsKey(p) && index.containsKey(s)) {
							int id = builder.addLink(index.get(p), index.get(s), type, lag);
							if (link.isLagElapsed()) {
								builder.linkElapsed(id, true);
							}
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

	/** Elapsed days are 24 hours of calendar time each, whatever the calendars say. */
	static int elapsedMinutes(double days) {
		return (int) Math.round(days * 24 * 60);
	}

	/**
	 * For an importer: the finish a manual element has without a manual finish of its own (its manual start plus its
	 * duration on the calendar it works on), so that a file's finish equal to it need not be kept. Calendars are
	 * compiled once per call of this method; the function answers null for an element without a manual start.
	 */
	public static java.util.function.Function<WbsElement, LocalDateTime> durationFinishes(Project project) {
		List<Calendar> calendars = new ArrayList<>();
		Calendar standard = project.getDefaultCalendar();
		if (standard != null) {
			calendars.add(standard);
		}
		project.getCalendars().stream().filter(c -> c != standard).forEach(calendars::add);
		Map<Calendar, WorkCalendar> compiled = new IdentityHashMap<>();
		WorkCalendar fallback = WorkCalendar.standard();
		int perDay = standard == null ? fallback.minutesPerDay() : compile(compiled, standard, fallback).minutesPerDay();
		return element -> {
			if (element.getManualStart() == null) {
				return null;
			}
			int works = resourceCalendar(element, "", element.getCalendar() != null && calendars.contains(element.getCalendar()) ? element.getCalendar() : null,
					calendars, new ArrayList<>());
			Calendar on = works >= 0 ? calendars.get(works)
					: element.getCalendar() != null && calendars.contains(element.getCalendar()) ? element.getCalendar() : standard;
			WorkCalendar cal = on == null ? fallback : compile(compiled, on, fallback);
			long start = LocalMinutes.of(element.getManualStart());
			long finish = element.isDurationElapsed() ? start + elapsedMinutes(element.getDuration())
					: cal.add(start, Math.round(element.getDuration() * perDay));
			return LocalMinutes.toLocalDateTime(finish);
		};
	}

	private static WorkCalendar compile(Map<Calendar, WorkCalendar> compiled, Calendar calendar, WorkCalendar fallback) {
		return compiled.computeIfAbsent(calendar, c -> {
			try {
				return CalendarCompiler.compile(c);
			} catch (IllegalArgumentException e) {
				return fallback;
			}
		});
	}

	/**
	 * What the engine could not reproduce of MS Project's rules for this project, one line per element, naming it:
	 * shown with the schedule's warnings, never left silent.
	 */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	/**
	 * A manual task's dates (its manual start, and its manual finish or the start plus its duration), or a started
	 * one's progress: actual start, and the actual finish or the remaining duration by its % complete.
	 */
	private static void ownRules(ManualDates manualDates, Progress progressDates, int a, WbsElement leaf, String label, int d, WorkCalendar cal,
			List<String> notes) {
		boolean elapsed = leaf.isDurationElapsed();
		if (leaf.getTaskMode() == TaskMode.MANUAL) {
			LocalDateTime start = leaf.getManualStart();
			if (start == null) {
				notes.add(label + " is manually scheduled without a start: scheduled automatically (MS Project leaves it unscheduled)");
				return;
			}
			long s = LocalMinutes.of(start);
			long f = leaf.getManualFinish() != null ? LocalMinutes.of(leaf.getManualFinish()) : elapsed ? s + d : cal.add(s, d);
			if (f < s) {
				notes.add(label + " has a manual finish before its manual start: its finish is taken as its start plus its duration");
				f = elapsed ? s + d : cal.add(s, d);
			}
			manualDates.set(a, s, f);
			return;
		}
		double percent = Math.max(0, Math.min(100, leaf.getPercentComplete()));
		if (leaf.getActualStart() == null) {
			if (percent > 0) {
				notes.add(label + " is " + format(percent) + "% complete without an actual start: scheduled as not started (MS Project would take its scheduled start as the actual start)");
			}
			return;
		}
		long s = LocalMinutes.of(leaf.getActualStart());
		if (leaf.getActualFinish() != null && !leaf.getActualFinish().isBefore(leaf.getActualStart())) {
			progressDates.set(a, s, LocalMinutes.of(leaf.getActualFinish()), 0);
		} else if (percent >= 100) {
			progressDates.set(a, s, elapsed ? s + d : cal.add(s, d), 0);
		} else {
			progressDates.set(a, s, ScheduleNetwork.NO_DATE_VALUE, (int) Math.round(d * (100 - percent) / 100));
		}
	}

	/** Where a manual task's dates go: the builder at first, the network after an edit. */
	private interface ManualDates {
		void set(int activity, long start, long finish);
	}

	/** Where a started task's progress goes: the builder at first, the network after an edit. */
	private interface Progress {
		void set(int activity, long actualStart, long actualFinish, int remainingMinutes);
	}

	/**
	 * What one model change asks of this network, by {@link ScheduleInputs}: a leaf's duration is brought in here
	 * ({@link #durationChanged}) and answers {@link ScheduleInputs.Effect#DURATION}, to be rescheduled incrementally;
	 * {@link ScheduleInputs.Effect#SHAPE} asks for a new network ({@link #of}); NONE for anything no date depends on
	 * (a summary's duration included: summaries take their dates from their leaves).
	 */
	public ScheduleInputs.Effect changed(Object notifier, Object feature) {
		ScheduleInputs.Effect effect = ScheduleInputs.of(notifier, feature);
		if (effect == ScheduleInputs.Effect.DURATION && !durationChanged((WbsElement) notifier)) {
			return ScheduleInputs.Effect.NONE;
		}
		return effect;
	}

	/**
	 * Brings a leaf's duration into the built network after an edit, without building it again: its minutes (working
	 * or elapsed), and what they decide for a manual task (its finish without a manual finish) or a started one (its
	 * remaining part). The live editor calls this once per edited leaf, then reschedules incrementally.
	 *
	 * @return false when the element is no activity of this network
	 */
	public boolean durationChanged(WbsElement leaf) {
		int a = activity(leaf);
		if (a < 0) {
			return false;
		}
		setDuration(a, leaf.getDuration());
		return true;
	}

	/**
	 * Puts {@code days} on activity {@code a} as {@link #durationChanged} puts the element's duration, without
	 * touching the model (a risk analysis samples durations this way): manual and started tasks follow their rules.
	 *
	 * @return the duration in the engine's minutes
	 */
	public int setDuration(int a, double days) {
		WbsElement leaf = activities.get(a);
		int d = leaf.isDurationElapsed() ? elapsedMinutes(days) : minutes(days);
		network.setDuration(a, d);
		// the calendar it works on is the network's (its resources', its own or the project's); the notes were made
		// when the network was built, an edit's own notes come with the next rebuild
		ownRules(network::setManual, network::setProgress, a, leaf, leaf.getName(), d, network.calendarOf(a), new ArrayList<>());
		return d;
	}

	private static String format(double percent) {
		return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
	}

	/**
	 * The calendar a leaf works on when its work resources have one (MS Project: a task with work resources works
	 * when they work), or -1 for its own. Resources without a calendar work on the project's. Two cases MS Project
	 * handles and one calendar per activity cannot are kept as notes: a task calendar together with resource
	 * calendars (MS Project uses the time common to both; we use the task's), and resources on different calendars
	 * (MS Project schedules each assignment on its own; we use the first resource's).
	 */
	private static int resourceCalendar(WbsElement leaf, String label, Calendar own, List<Calendar> calendars, List<String> notes) {
		Calendar standard = calendars.isEmpty() ? null : calendars.get(0);
		List<Calendar> used = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (Assignment assignment : leaf.getAssignments()) {
			Resource resource = assignment.getResource();
			if (resource == null || resource.eIsProxy() || resource.getType() != ResourceType.WORK || assignment.getUnits() <= 0) {
				continue;
			}
			Calendar c = resource.getCalendar() != null && calendars.contains(resource.getCalendar()) ? resource.getCalendar() : standard;
			if (!used.contains(c)) {
				used.add(c);
				names.add(c == null ? "the standard calendar" : c.getName());
			}
		}
		if (used.isEmpty()) {
			return -1;
		}
		if (own != null) {
			if (used.size() > 1 || used.get(0) != own) {
				notes.add(label + " has its own calendar " + own.getName() + " and resources on " + String.join(", ", names)
						+ ": scheduled on " + own.getName() + " (MS Project uses the working time common to both)");
			}
			return -1;
		}
		if (used.size() > 1) {
			notes.add(label + " has resources on different calendars (" + String.join(", ", names) + "): scheduled on "
					+ names.get(0) + " (MS Project schedules each assignment on its resource's calendar)");
		}
		Calendar first = used.get(0);
		return first == null || first == standard ? -1 : calendars.indexOf(first);
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
