package org.wbsmodeler.risk.analysis;

import java.time.LocalDateTime;
import java.util.List;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Calendar;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.Weekday;
import org.wbsmodeler.model.WorkingPeriod;

/**
 * Small plans for the closed-form tests, on a calendar that works around the clock every day, so a day of duration
 * is a day of finish and nothing waits for the next working morning.
 */
final class Plans {

	static final LocalDateTime START = LocalDateTime.of(2027, 2, 1, 8, 0);
	private static final WbsFactory F = WbsFactory.eINSTANCE;

	private Plans() {
	}

	static Project project() {
		Project p = F.createProject();
		p.setName("risk test");
		p.setStart(START);
		Calendar always = F.createCalendar();
		always.setName("24/7");
		always.getWorkingDays().addAll(List.of(Weekday.VALUES.toArray(Weekday[]::new)));
		WorkingPeriod day = F.createWorkingPeriod();
		day.setStartMinute(0);
		day.setEndMinute(1440);
		always.getPeriods().add(day);
		p.getCalendars().add(always);
		p.setDefaultCalendar(always);
		return p;
	}

	static Activity task(Project p, String name, double days) {
		Activity a = F.createActivity();
		a.setName(name);
		a.setDuration(days);
		p.getChildren().add(a);
		return a;
	}

	static Activity range(Activity a, double o, double m, double pes, DurationDistribution d) {
		a.setOptimisticDuration(o);
		a.setMostLikelyDuration(m);
		a.setPessimisticDuration(pes);
		a.setDurationDistribution(d);
		return a;
	}

	/** {@code n} tasks of {@code days}, each with the range given, linked finish to start one after the other. */
	static List<Activity> chain(Project p, int n, double days, double o, double m, double pes, DurationDistribution d) {
		List<Activity> tasks = new java.util.ArrayList<>();
		for (int k = 0; k < n; k++) {
			Activity a = range(task(p, "C" + k, days), o, m, pes, d);
			if (k > 0) {
				link(tasks.get(k - 1), a);
			}
			tasks.add(a);
		}
		return tasks;
	}

	static void link(WbsElement from, WbsElement to) {
		Dependency d = F.createDependency();
		d.setPredecessor(from);
		d.setType(DependencyType.FS);
		to.getPredecessors().add(d);
	}

	static CorrelationGroup group(Project p, double correlation, Activity... members) {
		CorrelationGroup g = F.createCorrelationGroup();
		g.setName("team");
		g.setCorrelation(correlation);
		for (Activity a : members) {
			g.getActivities().add(a);
		}
		p.getCorrelationGroups().add(g);
		return g;
	}

	/** Days after the project start, from minutes. */
	static double days(double minutes) {
		return minutes / 1440;
	}
}
