package org.wbsmodeler.risk.appraisal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDateTime;

import org.junit.Test;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Assignment;
import org.wbsmodeler.model.Baseline;
import org.wbsmodeler.model.BaselineEntry;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.Resource;
import org.wbsmodeler.model.WbsFactory;

/** Estimated against actual durations on the standard calendar (8 h days, Monday to Friday). */
public class EstimateAppraisalTest {

	private static final WbsFactory F = WbsFactory.eINSTANCE;
	private static final LocalDateTime MONDAY = LocalDateTime.of(2027, 2, 1, 8, 0);

	@Test
	public void biasAndErrorByPhaseAndResourceAndCalibrationOfTheRest() {
		Project p = F.createProject();
		p.setName("appraisal");
		p.setStart(MONDAY);
		p.setStatusDate(MONDAY.plusDays(14).withHour(17));
		Resource ann = F.createResource();
		ann.setName("Ann");
		p.getResources().add(ann);
		Phase design = F.createPhase();
		design.setName("Design");
		p.getChildren().add(design);
		Baseline baseline = F.createBaseline();
		baseline.setName("plan");
		p.getBaselines().add(baseline);
		// estimated 5 days, took 10 (Mon 1 .. Fri 12): ratio 2
		Activity a = task(design, baseline, "A", 5, ann);
		a.setActualStart(MONDAY);
		a.setActualFinish(LocalDateTime.of(2027, 2, 12, 17, 0));
		a.setPercentComplete(100);
		// estimated 4 days, took 4 (Mon 1 .. Thu 4): ratio 1
		Activity b = task(design, baseline, "B", 4, ann);
		b.setActualStart(MONDAY);
		b.setActualFinish(LocalDateTime.of(2027, 2, 4, 17, 0));
		b.setPercentComplete(100);
		// started, estimated 10 days, 5 of 10 working days to the status date (Mon 8 .. Fri 12 by Monday 15's evening = 6 days) at 50 %
		Activity c = task(design, baseline, "C", 10, null);
		c.setActualStart(LocalDateTime.of(2027, 2, 8, 8, 0));
		c.setPercentComplete(50);
		Activity later = task(design, baseline, "Later", 3, ann);

		EstimateAppraisal appraisal = EstimateAppraisal.of(p);
		assertEquals(3, appraisal.samples().size());
		assertEquals("plan", appraisal.baseline());
		// C: 6 working days (8–12 and 15 Feb) at 50 % → projected 12 of 10 estimated: ratio 1.2
		double biasAll = ((2 - 1) + (1 - 1) + (1.2 - 1)) / 3;
		assertEquals(biasAll, appraisal.overall().durationBias(), 1e-9);
		assertEquals(biasAll, appraisal.overall().durationError(), 1e-9);
		EstimateAppraisal.Group annGroup = appraisal.groups().stream().filter(g -> g.dimension().equals("resource")).findFirst().orElseThrow();
		assertEquals("Ann", annGroup.name());
		assertEquals(2, annGroup.count());
		assertEquals(0.5, annGroup.durationBias(), 1e-9);
		assertTrue(appraisal.groups().stream().anyMatch(g -> g.dimension().equals("phase") && g.name().equals("Design") && g.count() == 3));
		// the task not started yet inherits Ann's record
		var biases = appraisal.calibration(p).biases();
		assertEquals(1.5, biases.get(later).mean(), 1e-9);
		assertEquals(1.0, biases.get(later).least(), 1e-9); // B: on time
		assertEquals(2.0, biases.get(later).most(), 1e-9); // A: twice as long
		assertTrue(!biases.containsKey(a));
	}

	private static Activity task(Phase phase, Baseline baseline, String name, double days, Resource resource) {
		Activity a = F.createActivity();
		a.setName(name);
		a.setDuration(days);
		phase.getChildren().add(a);
		if (resource != null) {
			Assignment as = F.createAssignment();
			as.setResource(resource);
			as.setUnits(1);
			a.getAssignments().add(as);
		}
		BaselineEntry entry = F.createBaselineEntry();
		entry.setElement(a);
		entry.setDuration(days);
		entry.setWork(days * 8);
		baseline.getEntries().add(entry);
		return a;
	}
}
