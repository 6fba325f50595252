package org.wbsmodeler.templates.crm;

import java.util.List;

import org.wbsmodeler.model.ElementKind;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.TimescaleUnit;
import org.wbsmodeler.model.View;
import org.wbsmodeler.model.ViewColumn;
import org.wbsmodeler.model.WbsFactory;

/**
 * The views a CRM implementation is shown through, one per audience: the steering committee sees phases and
 * milestones by month, the IT team lead the integration, data migration and build work with its dates, float and
 * people by week, and everyone the critical path.
 */
final class CrmViews {

	static final String STEERING_COMMITTEE = "Steering committee";
	static final String IT_TEAM_LEAD = "IT team lead";
	static final String CRITICAL_PATH = "Critical path";

	private CrmViews() {
	}

	static void addTo(Project project) {
		View steering = view(STEERING_COMMITTEE, "Phases and milestones, by month: where the project stands.", TimescaleUnit.MONTH,
				ViewColumn.CODE, ViewColumn.NAME, ViewColumn.START, ViewColumn.FINISH);
		steering.getKinds().addAll(List.of(ElementKind.PHASE, ElementKind.MILESTONE));
		project.getViews().add(steering);

		View itLead = view(IT_TEAM_LEAD, "Integration, data migration and build work with dates, float and the people on it, by week.",
				TimescaleUnit.WEEK, ViewColumn.CODE, ViewColumn.NAME, ViewColumn.START, ViewColumn.FINISH, ViewColumn.TOTAL_FLOAT,
				ViewColumn.RESOURCES);
		itLead.setTextMatch("integrat|migrat|build and configuration");
		project.getViews().add(itLead);

		View critical = view(CRITICAL_PATH, "The activities and milestones without float: what moves the go-live date.", TimescaleUnit.WEEK,
				ViewColumn.CODE, ViewColumn.NAME, ViewColumn.START, ViewColumn.FINISH, ViewColumn.DURATION, ViewColumn.RESOURCES);
		critical.setCriticalOnly(true);
		project.getViews().add(critical);
	}

	private static View view(String name, String description, TimescaleUnit timescale, ViewColumn... columns) {
		View view = WbsFactory.eINSTANCE.createView();
		view.setName(name);
		view.setDescription(description);
		view.setTimescale(timescale);
		view.getColumns().addAll(List.of(columns));
		return view;
	}
}
