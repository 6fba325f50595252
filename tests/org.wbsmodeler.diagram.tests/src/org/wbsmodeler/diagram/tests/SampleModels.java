package org.wbsmodeler.diagram.tests;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Milestone;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Process;
import org.wbsmodeler.model.ProcessBreakdown;
import org.wbsmodeler.model.ProcessKind;
import org.wbsmodeler.model.ProcessStep;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.Role;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.model.util.ModelDates;

/**
 * A small CRM plan built in code: two phases, a deliverable with four activities and a milestone, dependencies of
 * every type, a scheduled critical path (dates written as the scheduler would save them) and a sales process whose
 * steps are linked to WBS elements.
 */
final class SampleModels {

    final Project project;
    final Phase analysis;
    final Phase build;
    final Deliverable salesModule;
    final Activity requirements;
    final Activity configure;
    final Activity reports;
    final Activity test;
    final Milestone live;
    final Role consultant;

    SampleModels() {
        ModelBuilder b = new ModelBuilder();
        project = b.project("CRM <pilot> & rollout", LocalDate.of(2027, 2, 1));
        project.setCurrency("USD");
        Resource analyst = b.resource(project, "Analyst", ResourceType.WORK, 80);
        analysis = b.phase(project, "Analysis", "Find out what the business needs");
        requirements = b.activity(analysis, "Gather sales requirements", 5, 40);
        b.assign(requirements, analyst, 1, 40);
        build = b.phase(project, "Build", "Configure the system");
        salesModule = b.deliverable(build, "Sales module configured", "Leads, pipeline, forecasts");
        configure = b.activity(salesModule, "Configure leads and pipeline", 6, 48);
        reports = b.activity(salesModule, "Build forecast reports", 4, 32);
        test = b.activity(salesModule, "Test the sales module", 3, 24);
        live = b.milestone(salesModule, "Sales module ready");
        b.link(requirements, configure);
        b.link(configure, reports, DependencyType.SS, 2);
        b.link(configure, test);
        b.link(reports, test, DependencyType.FF, -1);
        b.link(test, live);

        // scheduled results, as "wbs schedule --save" would leave them
        schedule(requirements, 0, 5, 0, 5, 0);
        schedule(configure, 5, 11, 5, 11, 0);
        schedule(reports, 7, 11, 8, 12, 1);
        schedule(test, 11, 14, 11, 14, 0);
        schedule(live, 14, 14, 14, 14, 0);

        WbsFactory f = WbsFactory.eINSTANCE;
        consultant = f.createRole();
        consultant.setName("Sales consultant");
        Role manager = f.createRole();
        manager.setName("Sales manager");
        project.getRoles().add(consultant);
        project.getRoles().add(manager);
        ProcessBreakdown pbs = f.createProcessBreakdown();
        pbs.setName("Customer-facing processes");
        project.setProcessBreakdown(pbs);
        Process sales = f.createProcess();
        sales.setName("Sales process");
        sales.setKind(ProcessKind.SALES);
        sales.setOwner(manager);
        pbs.getProcesses().add(sales);
        String[] steps = { "Identify prospect", "Follow up", "Negotiate", "Sign order" };
        for (int i = 0; i < steps.length; i++) {
            ProcessStep step = f.createProcessStep();
            step.setName(steps[i]);
            step.setOwner(i == 3 ? manager : consultant);
            step.setTiming(i == 1 ? "within 2 days" : null);
            step.setCycleTime(i + 1);
            step.getResources().add(analyst);
            sales.getSteps().add(step);
            if (i < 2) {
                step.getWbsElements().add(configure);
            }
            if (i == 1) {
                step.getWbsElements().add(reports);
            }
        }
        Process empty = f.createProcess();
        empty.setName("Marketing campaign");
        pbs.getProcesses().add(empty);
    }

    private static void schedule(WbsElement e, int es, int ef, int ls, int lf, double totalFloat) {
        e.setEarlyStart(day(es));
        e.setEarlyFinish(day(ef));
        e.setLateStart(day(ls));
        e.setLateFinish(day(lf));
        e.setTotalFloat(totalFloat);
        e.setCritical(totalFloat == 0);
    }

    static LocalDateTime day(int offset) {
        return ModelDates.atWorkStart(LocalDate.of(2027, 2, 1).plusDays(offset));
    }
}
