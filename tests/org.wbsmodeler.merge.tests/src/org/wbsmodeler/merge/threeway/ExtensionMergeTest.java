package org.wbsmodeler.merge.threeway;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.wbsmodeler.merge.Plans.copy;
import static org.wbsmodeler.merge.Plans.element;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Test;
import org.wbsmodeler.example.risk.Risk;
import org.wbsmodeler.example.risk.RiskFactory;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.diff.ChangeKind;
import org.wbsmodeler.merge.diff.PlanDiff;

/** A plug-in's classes (the risk example) diff and merge with no code of theirs. */
public class ExtensionMergeTest {

	private static Risk risk(String title, double probability) {
		Risk risk = RiskFactory.eINSTANCE.createRisk();
		risk.setTitle(title);
		risk.setProbability(probability);
		return risk;
	}

	@Test
	public void risksAreDiffedAndMergedFeatureByFeature() throws MergeException {
		Resource start = Plans.sample();
		element(start, "A1").getAnnotations().add(risk("Data quality", 0.3));
		Resource base = copy(start, "base.wbs");
		Resource ours = copy(base, "ours.wbs");
		Resource theirs = copy(base, "theirs.wbs");
		Risk oursRisk = (Risk) element(ours, "A1").getAnnotations().get(0);
		oursRisk.setProbability(0.5);
		((Risk) element(theirs, "A1").getAnnotations().get(0)).setTitle("Poor data quality");
		element(theirs, "B1").getAnnotations().add(risk("Vendor late", 0.2));

		var changes = PlanDiff.compare(base, ours);
		assertEquals(1, changes.size());
		assertEquals(ChangeKind.SET, changes.get(0).kind());
		assertEquals("probability", changes.get(0).feature().getName());

		MergeResult result = PlanMerge.merge(base, ours, theirs);
		assertTrue(result.conflicts().toString(), result.isClean());
		Risk merged = (Risk) element(result.merged(), "A1").getAnnotations().get(0);
		assertEquals(0.5, merged.getProbability(), 0);
		assertEquals("Poor data quality", merged.getTitle());
		assertEquals("Vendor late", ((Risk) element(result.merged(), "B1").getAnnotations().get(0)).getTitle());

		((Risk) element(theirs, "A1").getAnnotations().get(0)).setProbability(0.9);
		MergeResult conflicting = PlanMerge.merge(base, ours, theirs);
		assertEquals(ConflictKind.VALUE, MergeRulesTest.single(conflicting, ConflictKind.VALUE).kind());
		assertEquals("probability", conflicting.conflicts().get(0).feature());
		assertEquals(0.5, ((Risk) element(conflicting.merged(), "A1").getAnnotations().get(0)).getProbability(), 0);
	}
}
