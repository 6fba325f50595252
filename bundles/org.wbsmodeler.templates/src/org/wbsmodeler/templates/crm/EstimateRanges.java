package org.wbsmodeler.templates.crm;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.CorrelationGroup;
import org.wbsmodeler.model.DurationDistribution;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsFactory;

/**
 * Three-point estimates for the template's activities, by the kind of work (whose it is): integrations run over
 * most (interfaces to other systems hold the surprises), data migration next (data quality is found out late),
 * configuration less, workshops and documents least. The most likely duration is the estimate; Beta-PERT where the
 * tail is long, triangular elsewhere. Work of one specialist moves together: a correlation group per specialist
 * team.
 */
final class EstimateRanges {

	private final Project project;
	private final CrmTeam team;
	private CorrelationGroup integration;
	private CorrelationGroup migration;

	EstimateRanges(Project project, CrmTeam team) {
		this.project = project;
		this.team = team;
	}

	/** A new group, added when its first member comes: groups stand in the order of their first activity, as MSPDI brings them back. */
	private CorrelationGroup group(String name, double correlation) {
		CorrelationGroup group = WbsFactory.eINSTANCE.createCorrelationGroup();
		group.setName(name);
		group.setCorrelation(correlation);
		project.getCorrelationGroups().add(group);
		return group;
	}

	void estimate(Activity activity, double days, Resource who) {
		if (who == team.developer) {
			set(activity, days, 0.8, 2.0, DurationDistribution.BETA_PERT);
			if (integration == null) {
				integration = group("Integration team", 0.6);
			}
			integration.getActivities().add(activity);
		} else if (who == team.dataSpecialist) {
			set(activity, days, 0.9, 1.8, DurationDistribution.BETA_PERT);
			if (migration == null) {
				migration = group("Data migration team", 0.6);
			}
			migration.getActivities().add(activity);
		} else if (who == team.consultant) {
			set(activity, days, 0.8, 1.5, DurationDistribution.TRIANGULAR);
		} else {
			set(activity, days, 0.9, 1.3, DurationDistribution.TRIANGULAR);
		}
	}

	/** Optimistic and pessimistic as factors of the most likely, rounded to half days. */
	private static void set(Activity activity, double days, double low, double high, DurationDistribution distribution) {
		activity.setOptimisticDuration(Math.min(days, Math.round(days * low * 2) / 2.0));
		activity.setMostLikelyDuration(days);
		activity.setPessimisticDuration(Math.max(days, Math.round(days * high * 2) / 2.0));
		activity.setDurationDistribution(distribution);
	}
}
