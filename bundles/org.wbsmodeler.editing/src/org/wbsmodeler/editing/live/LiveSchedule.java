package org.wbsmodeler.editing.live;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.Notification;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.cpm.IncrementalScheduler;
import org.wbsmodeler.schedule.cpm.ScheduleCycleException;
import org.wbsmodeler.schedule.cpm.ScheduleResult;
import org.wbsmodeler.schedule.model.ModelNetwork;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleInputs;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.schedule.model.ScheduleModelException;


/**
 * The editor's schedule, kept up to date as the model changes.
 * <p>
 * Computed dates are derived values, so they are not written into the model at all: they live here, in the
 * scheduler's arrays, and the Plan page's label provider reads them. That way they can never enter the undo stack,
 * never make the editor dirty, and undo of a duration edit simply reschedules with the old duration. (Writing them
 * into the model "without a command" would fire notifications that every listener — outline, markers, dirty
 * tracking of other tools — would have to learn to ignore.)
 * <p>
 * Model notifications are only noted as they come (through the editor's shared {@link ContentListeners}); {@link #update()} runs once per
 * command, undo or redo: a changed duration of a leaf goes to the {@link IncrementalScheduler}, which recomputes
 * only what it can reach; anything that changes the network's shape (children, links, constraints, calendars,
 * project start) rebuilds the network.
 */
public final class LiveSchedule {

	private final Project project;
	private final Consumer<Notification> listener = this::note;
	private final Set<WbsElement> durationChanged = new LinkedHashSet<>();
	private boolean shapeChanged = true;
	private ModelNetwork model;
	private IncrementalScheduler scheduler;
	private String problem;
	private RollUp rollUp;
	/** How often the network was built from the model, and how often an edit was rescheduled incrementally. */
	private int builds;
	private int incrementalRuns;

	public LiveSchedule(Project project) {
		this.project = project;
		ContentListeners.listen(project, listener);
		update();
	}

	public void dispose() {
		ContentListeners.stop(project, listener);
	}

	private void note(Notification notification) {
		if (notification.isTouch()) {
			return;
		}
		// any change may move a roll-up (a cost, an effort, a percent complete): asked again when next needed
		rollUp = null;
		// the one table of what matters to the schedule, the one ModelNetwork builds from (ScheduleInputs)
		switch (ScheduleInputs.of(notification)) {
		case DURATION -> durationChanged.add((WbsElement) notification.getNotifier());
		case SHAPE -> shapeChanged = true;
		case NONE -> {
			// a name, a description, a stored date: no part of the network
		}
		}
	}

	/** Whether a change is waiting for {@link #update()}. */
	public boolean isStale() {
		return shapeChanged || !durationChanged.isEmpty();
	}

	/**
	 * Brings the schedule up to date with the changes noted since the last call.
	 *
	 * @return the one-line problem when the project cannot be scheduled (a cycle, no start date), else null
	 */
	public String update() {
		if (!isStale()) {
			return problem;
		}
		rollUp = null;
		try {
			if (shapeChanged || scheduler == null) {
				model = ModelNetwork.of(project);
				scheduler = new IncrementalScheduler(model.network());
				builds++;
			} else {
				for (WbsElement element : durationChanged) {
					model.durationChanged(element);
				}
				scheduler.reschedule();
				incrementalRuns++;
			}
			problem = null;
		} catch (ScheduleModelException e) {
			fail(e.getMessage());
		} catch (ScheduleCycleException e) {
			List<WbsElement> cycle = new ArrayList<>();
			for (int a : e.cycle()) {
				cycle.add(model.element(a));
			}
			cycle.add(cycle.get(0));
			fail("dependency cycle: " + ModelLabels.chain(cycle));
		}
		shapeChanged = false;
		durationChanged.clear();
		return problem;
	}

	private void fail(String message) {
		problem = message;
		scheduler = null;
		shapeChanged = true;
	}

	/**
	 * The live schedule as a {@link ProjectSchedule} (dates, floats, the "why" of an activity, warnings, critical
	 * paths) for whoever reads more than {@link #totals}: the diagrams, their tooltips, the Why dialog. Nothing is
	 * computed again; null when there is no schedule.
	 */
	public ProjectSchedule current() {
		return scheduler == null ? null : ProjectSchedule.of(model, scheduler.result());
	}

	/** How many times the network has been built from the model since this schedule was made (a structural edit). */
	public int builds() {
		return builds;
	}

	/** How many edits were rescheduled incrementally, without a build, since this schedule was made. */
	public int incrementalRuns() {
		return incrementalRuns;
	}

	/** Why there is no schedule, or null. */
	public String problem() {
		return problem;
	}

	/**
	 * The element's figures from the live schedule: for a leaf its dates, floats and critical flag from the scheduler
	 * (effort, cost and progress from the model); for a summary the roll-up of everything under it. Null when there
	 * is no schedule or the element is new since the last update.
	 */
	public Totals totals(WbsElement element) {
		if (scheduler == null) {
			return null;
		}
		int activity = model.activity(element);
		if (activity >= 0) {
			return leaf(element, activity);
		}
		if (element instanceof WbsContainer && element.eContainer() != null && element.eResource() != null) {
			return rollUp().of(element);
		}
		return null;
	}

	/** The whole project's figures, or null when there is no schedule. */
	public Totals project() {
		return scheduler == null ? null : rollUp().project();
	}

	/**
	 * The roll-up of this update, made on the first question after it and kept until the next: it works out each
	 * summary once, when a row under or at it is painted, and a summary's figures are those every export would write.
	 */
	private RollUp rollUp() {
		if (rollUp == null) {
			rollUp = RollUp.of(project, OutlineIndex.of(project), ProjectSchedule.workingDays(model.network().calendar(0), model.minutesPerDay()),
					leaf -> {
						int activity = model.activity(leaf);
						return activity >= 0 ? leaf(leaf, activity) : RollUp.stored(leaf);
					});
		}
		return rollUp;
	}

	private Totals leaf(WbsElement element, int activity) {
		ScheduleResult result = scheduler.result();
		return new Totals(time(result.start(activity)), time(result.finish(activity)), element.getDuration(), Costs.effort(element), Costs.cost(element),
				element.getActualCost(), element.getPercentComplete(), time(result.lateStart(activity)), time(result.lateFinish(activity)),
				days(result.totalFloat(activity)), days(result.freeFloat(activity)), result.isCritical(activity));
	}

	private static LocalDateTime time(long minutes) {
		return LocalMinutes.toLocalDateTime(minutes);
	}

	private double days(long minutes) {
		return minutes / (double) model.minutesPerDay();
	}
}
