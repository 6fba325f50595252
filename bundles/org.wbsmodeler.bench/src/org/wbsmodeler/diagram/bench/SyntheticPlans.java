package org.wbsmodeler.diagram.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.wbsmodeler.model.DependencyType;
import org.wbsmodeler.model.Deliverable;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.ResourceType;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * Plans for the Gantt benchmark: phases of deliverables of 20 leaves (activities, the last a milestone), a chain of
 * finish-to-start links in each deliverable, every fifth activity also linked SS, FF or SF (with a lag) to one of a
 * neighbouring deliverable, a deliverable's first activity after the previous deliverable's milestone, people on
 * the activities. Exactly {@code rows} WBS elements; the same seed gives the same plan. Not scheduled: the caller
 * schedules.
 */
public final class SyntheticPlans {

    private static final int LEAVES = 20;
    private static final int DELIVERABLES = 10;
    private static final DependencyType[] CROSS = { DependencyType.SS, DependencyType.FF, DependencyType.SF };

    private SyntheticPlans() {
    }

    public static Project plan(int rows, long seed) {
        Random random = new Random(seed);
        ModelBuilder b = new ModelBuilder();
        Project project = b.project("Generated plan of " + rows + " rows", LocalDate.of(2027, 2, 1));
        List<Resource> people = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(b.resource(project, "Person " + (i + 1), ResourceType.WORK, 80));
        }
        int made = 0;
        List<WbsElement> previousDeliverable = List.of();
        Phase phase = null;
        Deliverable deliverable = null;
        int deliverables = 0;
        List<WbsElement> current = new ArrayList<>();
        while (made < rows) {
            if (phase == null || deliverables == DELIVERABLES) {
                phase = b.phase(project, "Phase " + (project.getChildren().size() + 1), null);
                deliverables = 0;
                made++;
                continue;
            }
            if (deliverable == null || current.size() == LEAVES) {
                if (!current.isEmpty()) {
                    previousDeliverable = current;
                }
                deliverable = b.deliverable(phase, "Deliverable " + (made + 1), null);
                deliverables++;
                current = new ArrayList<>();
                made++;
                continue;
            }
            WbsElement leaf;
            if (current.size() == LEAVES - 1 || made == rows - 1) {
                leaf = b.milestone(deliverable, "Milestone " + (made + 1));
            } else {
                leaf = b.activity(deliverable, "Activity " + (made + 1), 1 + random.nextInt(9), 8 * (1 + random.nextInt(9)));
                b.assign(leaf, people.get(random.nextInt(people.size())), 1, 0);
            }
            if (!current.isEmpty()) {
                b.link(current.get(current.size() - 1), leaf);
            } else if (!previousDeliverable.isEmpty()) {
                b.link(previousDeliverable.get(previousDeliverable.size() - 1), leaf);
            }
            if (current.size() % 5 == 2 && previousDeliverable.size() > current.size()) {
                b.link(previousDeliverable.get(current.size()), leaf, CROSS[random.nextInt(CROSS.length)], random.nextInt(3));
            }
            current.add(leaf);
            made++;
        }
        return project;
    }
}
