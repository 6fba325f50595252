package org.wbsmodeler.ui.diagram.page;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.format.Durations;
import org.wbsmodeler.model.format.PlanDates;
import org.wbsmodeler.model.util.ModelLabels;
import org.wbsmodeler.schedule.model.ProjectSchedule;
import org.wbsmodeler.schedule.model.ScheduleModelException;
import org.wbsmodeler.schedule.rollup.Totals;
import org.wbsmodeler.editing.live.LiveSchedule;
import org.wbsmodeler.ui.tasks.WhyChain;

/**
 * The tooltip of a box, worked out when it is shown (never kept from an older build): dates and float from the live
 * schedule, and for a task why it is critical (its driving chain) or not (what uses up its float), from the same
 * explanation as the Why dialog and {@code ./wbs why}.
 */
final class DiagramTooltips {

	/** Lines of a chain shown in a tooltip; the Why dialog has them all. */
	private static final int CHAIN_LINES = 4;

	private DiagramTooltips() {
	}

	static String text(LiveSchedule live, Object object) {
		if (object instanceof Dependency link && link.eContainer() instanceof WbsElement successor && link.getPredecessor() != null) {
			return ModelLabels.shortLabel(link.getPredecessor()) + " \u2192 " + ModelLabels.shortLabel(successor) + "\n" + link.getType()
					+ (link.getLag() == 0 ? "" : " lag " + Durations.lag(link.getLag())) + "\n(right-click to change type or lag)";
		}
		if (!(object instanceof WbsElement element) || element.eResource() == null) {
			return object instanceof EObject e ? ModelLabels.describe(e) : null;
		}
		StringBuilder text = new StringBuilder(ModelLabels.describe(element));
		Totals totals = live.totals(element);
		ProjectSchedule schedule = live.current();
		if (totals == null || schedule == null || totals.start() == null) {
			return text.append("\nnot scheduled").toString();
		}
		text.append("\nDuration ").append(Durations.days(totals.durationDays()));
		text.append("\nStart ").append(PlanDates.dateTime(totals.start())).append(", finish ").append(PlanDates.dateTime(totals.finish()));
		text.append("\nTotal float ").append(Durations.days(totals.totalFloatDays()));
		if (element.isSummary()) {
			return text.append(totals.critical() ? "\nCritical: one of its tasks is on the critical path" : "").toString();
		}
		try {
			WhyChain why = WhyChain.of(schedule, element);
			boolean critical = why.floatChain().isEmpty();
			text.append(critical ? "\nCritical, because:" : "\nNot critical: its float is used up by:");
			List<String> lines = critical ? why.driving() : why.floatChain();
			lines.stream().limit(CHAIN_LINES).forEach(line -> text.append("\n  ").append(line));
			if (lines.size() > CHAIN_LINES) {
				text.append("\n  \u2026 (Why? shows the whole chain)");
			}
		} catch (ScheduleModelException | RuntimeException e) {
			text.append("\n").append(e.getMessage());
		}
		return text.toString();
	}
}
