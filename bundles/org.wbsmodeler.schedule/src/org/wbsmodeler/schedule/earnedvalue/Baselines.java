package org.wbsmodeler.schedule.earnedvalue;

import java.time.LocalDateTime;
import java.util.Optional;

import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.schedule.rollup.RollUp;
import org.wbsmodeler.schedule.rollup.Totals;

/** Saving the current plan as a baseline, and finding one again by name. */
public final class Baselines {

	private Baselines() {
	}

	/**
	 * Records every element's scheduled dates, duration, work and cost under a name, replacing a baseline of the
	 * same name. The project must be scheduled (its elements carry early dates).
	 */
	public static Baseline save(Project project, String name, LocalDateTime savedOn, RollUp rollUp) {
		Baseline baseline = WbsFactory.eINSTANCE.createBaseline();
		baseline.setName(name);
		baseline.setSavedOn(savedOn);
		for (WbsElement element : rollUp.outline().elements()) {
			Totals totals = rollUp.of(element);
			BaselineEntry entry = WbsFactory.eINSTANCE.createBaselineEntry();
			entry.setElement(element);
			entry.setStart(totals.start());
			entry.setFinish(totals.finish());
			entry.setDuration(totals.durationDays());
			entry.setWork(totals.effortHours());
			entry.setCost(totals.cost());
			baseline.getEntries().add(entry);
		}
		find(project, name).ifPresent(old -> project.getBaselines().remove(old));
		project.getBaselines().add(baseline);
		return baseline;
	}

	public static Optional<Baseline> find(Project project, String name) {
		return project.getBaselines().stream().filter(b -> name.equals(b.getName())).findFirst();
	}
}
