package org.wbsmodeler.exchange.mpxj;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mpxj.Duration;
import org.mpxj.FieldType;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Task;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.WbsElement;

/**
 * An activity's three-point estimate in MS Project: optimistic, most likely (MS Project's "expected") and
 * pessimistic duration in Duration1..3 with their aliases, as its PERT analysis kept them, and the distribution in a
 * text field; its correlation group as "name (correlation)" in another. On import the fields are found by alias.
 */
final class ThreePointFields {

	private static final Pattern GROUP = Pattern.compile("(.*) \\(([0-9]*\\.?[0-9]+)\\)");

	private final FieldType optimistic;
	private final FieldType likely;
	private final FieldType pessimistic;
	private final FieldType distribution;

	private ThreePointFields(ProjectFile file) {
		optimistic = ModelField.OPTIMISTIC_DURATION.in(file);
		likely = ModelField.MOST_LIKELY_DURATION.in(file);
		pessimistic = ModelField.PESSIMISTIC_DURATION.in(file);
		distribution = ModelField.DURATION_DISTRIBUTION.in(file);
	}

	static ThreePointFields of(ProjectFile file) {
		return new ThreePointFields(file);
	}

	static void write(Task task, WbsElement element, WorkingTime time) {
		if (!(element instanceof Activity a)) {
			return;
		}
		boolean elapsed = a.isDurationElapsed();
		if (a.isSetOptimisticDuration()) {
			task.set(ModelField.OPTIMISTIC_DURATION.exportField(), duration(a.getOptimisticDuration(), elapsed, time));
		}
		if (a.isSetMostLikelyDuration()) {
			task.set(ModelField.MOST_LIKELY_DURATION.exportField(), duration(a.getMostLikelyDuration(), elapsed, time));
		}
		if (a.isSetPessimisticDuration()) {
			task.set(ModelField.PESSIMISTIC_DURATION.exportField(), duration(a.getPessimisticDuration(), elapsed, time));
		}
		if (a.isSetOptimisticDuration() || a.isSetPessimisticDuration()) {
			task.set(ModelField.DURATION_DISTRIBUTION.exportField(), a.getDurationDistribution().getName());
		}
	}

	private static Duration duration(double days, boolean elapsed, WorkingTime time) {
		return elapsed ? WorkingTime.elapsed(days) : time.duration(days);
	}

	void read(Task task, WbsElement element, WorkingTime time, ProjectProperties properties) {
		if (!(element instanceof Activity a)) {
			return;
		}
		Double o = days(task, optimistic, time, properties);
		Double m = days(task, likely, time, properties);
		Double p = days(task, pessimistic, time, properties);
		if (o != null) {
			a.setOptimisticDuration(o);
		}
		if (m != null) {
			a.setMostLikelyDuration(m);
		}
		if (p != null) {
			a.setPessimisticDuration(p);
		}
		Object shape = distribution == null ? null : task.get(distribution);
		DurationDistribution d = shape == null ? null : DurationDistribution.get(shape.toString().strip());
		if (d != null) {
			a.setDurationDistribution(d);
		}
	}

	/** Each member's correlation group, as "name (correlation)". */
	static void writeGroups(Project project, Map<WbsElement, Task> tasks) {
		for (CorrelationGroup group : project.getCorrelationGroups()) {
			String text = group.getName() + " (" + group.getCorrelation() + ")";
			for (Activity member : group.getActivities()) {
				Task task = tasks.get(member);
				if (task != null) {
					task.set(ModelField.CORRELATION_GROUP.exportField(), text);
				}
			}
		}
	}

	/** The correlation groups of the tasks, in order of first appearance, on {@code project}. */
	static void readGroups(Project project, ProjectFile file, Map<Task, WbsElement> elements) {
		FieldType field = ModelField.CORRELATION_GROUP.in(file);
		if (field == null) {
			return;
		}
		Map<String, CorrelationGroup> groups = new LinkedHashMap<>();
		elements.forEach((task, element) -> {
			Object value = task.get(field);
			if (!(element instanceof Activity activity) || value == null || value.toString().isBlank()) {
				return;
			}
			String text = value.toString().strip();
			Matcher m = GROUP.matcher(text);
			String name = m.matches() ? m.group(1) : text;
			double correlation = m.matches() ? Double.parseDouble(m.group(2)) : 1;
			CorrelationGroup group = groups.computeIfAbsent(text, t -> {
				CorrelationGroup g = WbsFactory.eINSTANCE.createCorrelationGroup();
				g.setName(name);
				g.setCorrelation(correlation);
				return g;
			});
			group.getActivities().add(activity);
		});
		project.getCorrelationGroups().addAll(groups.values());
	}

	private static Double days(Task task, FieldType field, WorkingTime time, ProjectProperties properties) {
		if (field == null || !(task.get(field) instanceof Duration duration)) {
			return null;
		}
		return WorkingTime.isElapsed(duration) ? WorkingTime.toElapsedDays(duration, properties) : time.toDays(duration, properties);
	}
}
