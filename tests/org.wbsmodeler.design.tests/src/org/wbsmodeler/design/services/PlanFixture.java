package org.wbsmodeler.design.services;

import java.time.LocalDate;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WorkPackage;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * A small plan for the service tests: phase 1 "Build" with deliverable 1.1 "CRM", its work package 1.1.1 "Setup"
 * holding activities A (1.1.1.1), B (1.1.1.2) and milestone M (1.1.1.3), linked A → B → M; phase 2 "Run" is empty.
 */
final class PlanFixture {

	final ModelBuilder build = new ModelBuilder();
	final Project project = build.project("Plan", LocalDate.of(2027, 2, 1));
	final Phase buildPhase = build.phase(project, "Build", null);
	final Deliverable crm = build.deliverable(buildPhase, "CRM", null);
	final WorkPackage setup = build.workPackage(crm, "Setup", null);
	final Activity a = build.activity(setup, "A", 2, 16);
	final Activity b = build.activity(setup, "B", 3, 24);
	final Milestone m = build.milestone(setup, "M");
	final Phase run = build.phase(project, "Run", null);

	PlanFixture() {
		build.link(a, b);
		build.link(b, m);
	}
}
