package org.wbsmodeler.risk.appraisal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.Costs;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.calendar.LocalMinutes;
import org.wbsmodeler.schedule.model.ModelNetwork;
import org.wbsmodeler.schedule.model.ScheduleModelException;

/**
 * How good the team's estimates were: for every finished or started activity with a baseline, its estimated
 * (baseline) duration and work against the actual ones, and the error and bias of those ratios by element kind,
 * phase, resource and role. A started task's actual duration is projected from its progress at the status date
 * (the working time since its actual start divided by its % complete). The measured bias can feed the next risk
 * run ({@link #calibration}), so the range comes from the team's own record.
 */
public final class EstimateAppraisal {

	/** One activity's estimate and outcome; ratios are actual ÷ estimated. */
	public record Sample(WbsElement element, boolean finished, double estimatedDays, double actualDays, double estimatedWork, double actualWork) {

		public double durationRatio() {
			return actualDays / estimatedDays;
		}

		/** NaN without estimated work. */
		public double workRatio() {
			return estimatedWork > 0 ? actualWork / estimatedWork : Double.NaN;
		}
	}

	/**
	 * The samples of one kind, phase, resource or role.
	 *
	 * @param durationBias  mean of (actual ÷ estimated − 1): +0.2 means 20 % longer than estimated on average
	 * @param durationError mean of |actual ÷ estimated − 1|
	 * @param leastRatio    the smallest actual ÷ estimated duration among them
	 * @param mostRatio     the largest
	 */
	public record Group(String dimension, String name, int count, double durationBias, double durationError, double workBias, double workError,
			double leastRatio, double mostRatio) {
	}

	private final List<Sample> samples;
	private final String baseline;

	private EstimateAppraisal(List<Sample> samples, String baseline) {
		this.samples = List.copyOf(samples);
		this.baseline = baseline;
	}

	/** Appraises against the project's latest baseline; no baseline or no progress: no samples. */
	public static EstimateAppraisal of(Project project) {
		List<Baseline> baselines = project.getBaselines();
		if (baselines.isEmpty() || project.getStart() == null) {
			return new EstimateAppraisal(List.of(), null);
		}
		Baseline baseline = baselines.get(baselines.size() - 1);
		Map<WbsElement, BaselineEntry> entries = new IdentityHashMap<>();
		for (BaselineEntry entry : baseline.getEntries()) {
			entries.put(entry.getElement(), entry);
		}
		ModelNetwork network;
		try {
			network = ModelNetwork.of(project);
		} catch (ScheduleModelException e) {
			return new EstimateAppraisal(List.of(), baseline.getName());
		}
		List<Sample> samples = new ArrayList<>();
		for (WbsElement leaf : network.activities()) {
			BaselineEntry entry = entries.get(leaf);
			if (!(leaf instanceof Activity) || entry == null || entry.getDuration() <= 0 || leaf.getActualStart() == null) {
				continue;
			}
			int a = network.activity(leaf);
			var calendar = network.network().calendarOf(a);
			double perDay = network.minutesPerDay();
			long start = LocalMinutes.of(leaf.getActualStart());
			double percent = Math.max(0, Math.min(100, leaf.getPercentComplete()));
			boolean finished = leaf.getActualFinish() != null;
			double actual;
			if (finished) {
				actual = calendar.workBetween(start, LocalMinutes.of(leaf.getActualFinish())) / perDay;
			} else if (percent > 0 && project.getStatusDate() != null) {
				actual = calendar.workBetween(start, LocalMinutes.of(project.getStatusDate())) / perDay / (percent / 100);
			} else {
				continue;
			}
			samples.add(new Sample(leaf, finished, entry.getDuration(), actual, entry.getWork(), Costs.effort(leaf)));
		}
		return new EstimateAppraisal(samples, baseline.getName());
	}

	public List<Sample> samples() {
		return samples;
	}

	/** The baseline compared with, or null. */
	public String baseline() {
		return baseline;
	}

	public Group overall() {
		return group("all", "all activities", samples);
	}

	/** Groups by kind, phase, resource and role, in that order, each in order of first appearance. */
	public List<Group> groups() {
		Map<String, Map<String, List<Sample>>> by = new LinkedHashMap<>();
		for (Sample s : samples) {
			add(by, "kind", ModelLabels.kindOf(s.element()), s);
			add(by, "phase", phase(s.element()), s);
			for (Resource r : workResources(s.element())) {
				add(by, "resource", r.getName(), s);
				if (r.getRole() != null) {
					add(by, "role", r.getRole().getName(), s);
				}
			}
		}
		List<Group> groups = new ArrayList<>();
		by.forEach((dimension, names) -> names.forEach((name, list) -> groups.add(group(dimension, name, list))));
		return groups;
	}

	/**
	 * For each activity not started yet, the record of its most specific group with at least two samples (its first
	 * work resource, that resource's role, its phase, else all activities): what the next risk run samples it from.
	 * Empty when nothing has been measured.
	 */
	public Calibration calibration(Project project) {
		if (samples.isEmpty()) {
			return new Calibration(baseline, List.of());
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Group g : groups()) {
			groups.put(g.dimension() + "\u0000" + g.name(), g);
		}
		Group all = overall();
		Map<Group, List<WbsElement>> chosenFor = new LinkedHashMap<>();
		for (var it = project.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (!(o instanceof Activity activity) || activity.getActualStart() != null) {
				continue;
			}
			List<Resource> resources = workResources(activity);
			Resource first = resources.isEmpty() ? null : resources.get(0);
			Group chosen = all;
			for (String key : new String[] { first == null ? null : "resource\u0000" + first.getName(),
					first == null || first.getRole() == null ? null : "role\u0000" + first.getRole().getName(), "phase\u0000" + phase(activity) }) {
				Group g = key == null ? null : groups.get(key);
				if (g != null && g.count() >= 2) {
					chosen = g;
					break;
				}
			}
			chosenFor.computeIfAbsent(chosen, g -> new ArrayList<>()).add(activity);
		}
		List<Calibration.Source> sources = new ArrayList<>();
		chosenFor.forEach((g, activities) -> sources.add(new Calibration.Source(g, activities)));
		return new Calibration(baseline, sources);
	}

	private static Group group(String dimension, String name, List<Sample> list) {
		double bias = 0;
		double error = 0;
		double workBias = 0;
		double workError = 0;
		int work = 0;
		double least = Double.POSITIVE_INFINITY;
		double most = Double.NEGATIVE_INFINITY;
		for (Sample s : list) {
			least = Math.min(least, s.durationRatio());
			most = Math.max(most, s.durationRatio());
			double d = s.durationRatio() - 1;
			bias += d;
			error += Math.abs(d);
			if (!Double.isNaN(s.workRatio())) {
				double w = s.workRatio() - 1;
				workBias += w;
				workError += Math.abs(w);
				work++;
			}
		}
		int n = list.size();
		return new Group(dimension, name, n, n == 0 ? 0 : bias / n, n == 0 ? 0 : error / n, work == 0 ? Double.NaN : workBias / work,
				work == 0 ? Double.NaN : workError / work, n == 0 ? Double.NaN : least, n == 0 ? Double.NaN : most);
	}

	private static void add(Map<String, Map<String, List<Sample>>> by, String dimension, String name, Sample s) {
		by.computeIfAbsent(dimension, d -> new LinkedHashMap<>()).computeIfAbsent(name == null ? "(unnamed)" : name, n -> new ArrayList<>()).add(s);
	}

	/** The element's top-level ancestor (its phase), or itself at the top. */
	static String phase(WbsElement element) {
		EObject e = element;
		while (e.eContainer() instanceof WbsElement parent) {
			e = parent;
		}
		return ((WbsElement) e).getName();
	}

	private static List<Resource> workResources(WbsElement element) {
		List<Resource> resources = new ArrayList<>();
		for (Assignment a : element.getAssignments()) {
			Resource r = a.getResource();
			if (r != null && !r.eIsProxy() && r.getType() == ResourceType.WORK && !resources.contains(r)) {
				resources.add(r);
			}
		}
		return resources;
	}
}
