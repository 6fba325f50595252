package org.wbsmodeler.exchange;

import java.time.LocalDateTime;
import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.wbsmodeler.model.ConstraintType;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.TaskMode;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.view.ViewFilter;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.outline.OutlineIndex;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/**
 * The model as exporters see it: a copy, scheduled and rolled up in memory. Tools that read an export take its
 * dates as they are (GNOME Planner, reporting tools), so an export carries the schedule of the moment, not the dates
 * the file happened to store at its last {@code schedule --save}; the user's model and file stay untouched.
 */
public final class ScheduledCopy {

	private final Project project;
	private final ProjectSchedule schedule;
	private final RollUp rollUp;
	private final int droppedLinks;
	/** Original to copy, null when the model itself was scheduled; turned round on the first {@link #original} call. */
	private final Map<EObject, EObject> copies;
	private Map<EObject, EObject> originals;

	private ScheduledCopy(Project project, ProjectSchedule schedule, RollUp rollUp, int droppedLinks, Map<EObject, EObject> copies) {
		this.project = project;
		this.schedule = schedule;
		this.rollUp = rollUp;
		this.droppedLinks = droppedLinks;
		this.copies = copies;
	}

	/**
	 * Copies and schedules a model.
	 *
	 * @throws ExchangeException when the model has a dependency cycle: it has no schedule, and an export with made-up
	 *                           dates is what this class exists to prevent
	 */
	public static ScheduledCopy of(Project original) throws ExchangeException {
		return of(original, null);
	}

	/**
	 * Copies and schedules a model, then cuts the copy down to what a view of the original keeps (the summaries
	 * above each kept task stay; links to removed tasks go and are counted, {@link #droppedLinks()}). The whole plan
	 * is scheduled before the cut, so a kept task has the dates it has in the plan, not those it would have
	 * without the tasks that drive it.
	 *
	 * @param view a view of {@code original}, or null for the whole plan
	 */
	public static ScheduledCopy of(Project original, View view) throws ExchangeException {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Project copy = (Project) copier.copy(original);
		copier.copyReferences();
		return schedule(original, copy, view, copier);
	}

	/**
	 * Schedules the model itself instead of a copy, for a caller that loaded it for this export alone and drops it
	 * afterwards (the command line): the same dates, without copying 100,000 elements first. Its file is not touched.
	 */
	public static ScheduledCopy inPlace(Project loaded) throws ExchangeException {
		return schedule(loaded, loaded, null, null);
	}

	private static ScheduledCopy schedule(Project original, Project copy, View view, Map<EObject, EObject> copies) throws ExchangeException {
		try {
			ProjectSchedule schedule = ProjectSchedule.compute(copy);
			RollUp rollUp = schedule.writeToModel();
			if (view == null) {
				return new ScheduledCopy(copy, schedule, rollUp, 0, copies);
			}
			View copied = copy.getViews().get(original.getViews().indexOf(view));
			int dropped = PlanPruning.prune(copy, ViewFilter.apply(copy, copied));
			return new ScheduledCopy(copy, schedule, RollUp.of(copy), dropped, copies);
		} catch (ScheduleModelException e) {
			throw new CycleException("cannot export, the plan has no schedule: " + e.getMessage(), e);
		} catch (IllegalArgumentException e) {
			// what validation reports as a bad estimate (a negative duration read from a damaged file) stops the scheduler
			throw new ExchangeException("cannot export, the plan cannot be scheduled (" + ExchangeException.oneLine(e.getMessage()) + ")");
		}
	}

	/** How many links the view's cut dropped because one of their ends was removed (0 without a view). */
	public int droppedLinks() {
		return droppedLinks;
	}

	/** The scheduled copy: every element carries its early and late dates, floats and critical flag. */
	public Project project() {
		return project;
	}

	/**
	 * The object of the exported model a copied one stands for (itself when the model was scheduled in place), or
	 * null for one the copy made up: what values kept outside the model (a risk run's criticality) are keyed by.
	 */
	@SuppressWarnings("unchecked")
	public <T extends EObject> T original(T copied) {
		if (copies == null) {
			return copied;
		}
		if (originals == null) {
			Map<EObject, EObject> inverse = new IdentityHashMap<>(copies.size() * 2);
			for (Map.Entry<EObject, EObject> entry : copies.entrySet()) {
				inverse.put(entry.getValue(), entry.getKey());
			}
			originals = inverse;
		}
		return (T) originals.get(copied);
	}

	/** The element's roll-up (for a leaf its own figures). */
	public Totals totals(WbsElement element) {
		return rollUp.of(element);
	}

	/** The copy's outline as the roll-up walked it: codes, levels, parents and summaries in outline order. */
	public OutlineIndex outline() {
		return rollUp.outline();
	}

	/** The whole project's roll-up: MS Project's task 0. */
	public Totals projectTotals() {
		return rollUp.project();
	}

	public LocalDateTime projectStart() {
		return schedule.projectStart();
	}

	public LocalDateTime projectFinish() {
		return schedule.projectFinish();
	}

	/** When the element is planned to start, as MS Project's Start field: the late start of an ALAP leaf, else the early start. */
	public LocalDateTime start(WbsElement element) {
		return alap(element) && element.getActualStart() == null ? element.getLateStart() : element.getEarlyStart();
	}

	/** When the element is planned to finish, as MS Project's Finish field. */
	public LocalDateTime finish(WbsElement element) {
		return alap(element) && element.getActualFinish() == null ? element.getLateFinish() : element.getEarlyFinish();
	}

	/** ALAP moves an auto-scheduled task that has not started; a manual task and an actual start stay where they are. */
	private static boolean alap(WbsElement element) {
		return element.getConstraintType() == ConstraintType.ALAP && element.getLateStart() != null
				&& !(element.getTaskMode() == TaskMode.MANUAL && element.getManualStart() != null && !element.isSummary());
	}

	/** A model that cannot be exported because it cannot be scheduled: a problem of the model, not of a file. */
	public static final class CycleException extends ExchangeException {
		private static final long serialVersionUID = 1L;

		CycleException(String problem, Throwable cause) {
			super(null, 0, problem, cause);
		}
	}
}
