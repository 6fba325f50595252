package org.wbsmodeler.exchange.mpxj;

import java.util.List;
import java.util.Map;

import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.wbsmodeler.exchange.ExchangeWarnings;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;

/**
 * Baselines as MS Project keeps them: the n-th baseline of the model is MS Project's baseline n ("Baseline" for 0,
 * then "Baseline 1" to "Baseline 10"), stored per task. MS Project has no room for a twelfth baseline, nor for a
 * baseline's name or date: those travel in the {@link ScopeAppendix}.
 */
public final class Baselines {

	/** MS Project's baselines 0 to 10. */
	public static final int MS_PROJECT_BASELINES = 11;

	private Baselines() {
	}

	static void write(Project project, Map<WbsElement, Task> tasks, WorkingTime time, ExchangeWarnings warnings) {
		List<Baseline> baselines = project.getBaselines();
		if (baselines.size() > MS_PROJECT_BASELINES) {
			warnings.warn("the project has " + baselines.size() + " baselines; MS Project keeps " + MS_PROJECT_BASELINES + ", the others are not exported");
		}
		for (int n = 0; n < Math.min(MS_PROJECT_BASELINES, baselines.size()); n++) {
			for (BaselineEntry entry : baselines.get(n).getEntries()) {
				Task task = entry.getElement() == null ? null : tasks.get(entry.getElement());
				if (task == null) {
					continue;
				}
				set(task, n, entry, time);
			}
		}
	}

	private static void set(Task task, int n, BaselineEntry entry, WorkingTime time) {
		Duration duration = entry.getDuration() == 0 ? null : time.duration(entry.getDuration());
		Duration work = entry.getWork() == 0 ? null : WorkingTime.work(entry.getWork());
		Double cost = entry.getCost() == 0 ? null : entry.getCost();
		if (n == 0) {
			task.setBaselineStart(entry.getStart());
			task.setBaselineFinish(entry.getFinish());
			task.setBaselineDuration(duration);
			task.setBaselineWork(work);
			task.setBaselineCost(cost);
		} else {
			task.setBaselineStart(n, entry.getStart());
			task.setBaselineFinish(n, entry.getFinish());
			task.setBaselineDuration(n, duration);
			task.setBaselineWork(n, work);
			task.setBaselineCost(n, cost);
		}
	}

	/** The highest baseline number any task of the file has a value for, or -1. */
	static int highestUsed(ProjectFile file) {
		int highest = -1;
		for (Task task : file.getTasks()) {
			for (int n = MS_PROJECT_BASELINES - 1; n > highest; n--) {
				if (has(task, n)) {
					highest = n;
					break;
				}
			}
		}
		return highest;
	}

	private static boolean has(Task task, int n) {
		return start(task, n) != null || finish(task, n) != null || duration(task, n) != null || work(task, n) != null || cost(task, n) != null;
	}

	/** The task's values of baseline n as an entry of the given baseline, if it has any. */
	static void read(Task task, int n, WbsElement element, Baseline baseline, WorkingTime time, ProjectFile file) {
		if (!has(task, n)) {
			return;
		}
		BaselineEntry entry = WbsFactory.eINSTANCE.createBaselineEntry();
		entry.setElement(element);
		entry.setStart(start(task, n));
		entry.setFinish(finish(task, n));
		entry.setDuration(time.toDays(duration(task, n), file.getProjectProperties()));
		entry.setWork(WorkingTime.toHours(work(task, n), file.getProjectProperties()));
		Number cost = cost(task, n);
		entry.setCost(cost == null || !Double.isFinite(cost.doubleValue()) ? 0 : cost.doubleValue());
		baseline.getEntries().add(entry);
	}

	private static java.time.LocalDateTime start(Task task, int n) {
		return n == 0 ? task.getBaselineStart() : task.getBaselineStart(n);
	}

	private static java.time.LocalDateTime finish(Task task, int n) {
		return n == 0 ? task.getBaselineFinish() : task.getBaselineFinish(n);
	}

	private static Duration duration(Task task, int n) {
		return n == 0 ? task.getBaselineDuration() : task.getBaselineDuration(n);
	}

	private static Duration work(Task task, int n) {
		return n == 0 ? task.getBaselineWork() : task.getBaselineWork(n);
	}

	private static Number cost(Task task, int n) {
		return n == 0 ? task.getBaselineCost() : task.getBaselineCost(n);
	}
}
