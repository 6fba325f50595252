package org.wbsmodeler.merge.threeway;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.wbsmodeler.merge.Plans.copy;
import static org.wbsmodeler.merge.Plans.element;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.model.Activity;

/**
 * An unsettable feature (an activity's three-point estimate) is merged with whether it is set: an estimate no side
 * gave stays unset (the risk analysis treats an unset estimate as none, a set one as a range), and giving or taking
 * one back is a change like any other.
 */
public class UnsetValuesTest {

	private Resource base;
	private Resource ours;
	private Resource theirs;

	@Before
	public void plans() {
		base = Plans.sample();
		ours = copy(base, "ours.wbs");
		theirs = copy(base, "theirs.wbs");
	}

	private Activity merged(String name) throws MergeException {
		MergeResult result = PlanMerge.merge(base, ours, theirs);
		assertTrue(result.conflicts().toString(), result.isClean());
		// as the merged file would be read back
		return (Activity) element(Plans.reload(result.merged(), "merged.wbs"), name);
	}

	@Test
	public void anEstimateNoSideGaveStaysUnset() throws MergeException {
		((Activity) element(ours, "A1")).setDuration(7);
		element(theirs, "B1").setName("B1 renamed");
		for (String name : new String[] { "A1", "A2", "B1 renamed" }) {
			Activity activity = merged(name);
			assertFalse(name, activity.isSetOptimisticDuration());
			assertFalse(name, activity.isSetMostLikelyDuration());
			assertFalse(name, activity.isSetPessimisticDuration());
		}
	}

	@Test
	public void anEstimateOneSideGivesIsTakenEvenWhenZero() throws MergeException {
		((Activity) element(ours, "A1")).setOptimisticDuration(0);
		((Activity) element(theirs, "A1")).setPessimisticDuration(6);
		Activity a1 = merged("A1");
		assertTrue(a1.isSetOptimisticDuration());
		assertEquals(0, a1.getOptimisticDuration(), 0);
		assertTrue(a1.isSetPessimisticDuration());
		assertEquals(6, a1.getPessimisticDuration(), 0);
		assertFalse(a1.isSetMostLikelyDuration());
	}

	@Test
	public void anEstimateOneSideTakesBackIsUnset() throws MergeException {
		((Activity) element(base, "A1")).setOptimisticDuration(1);
		((Activity) element(base, "A2")).setOptimisticDuration(2);
		ours = copy(base, "ours.wbs");
		theirs = copy(base, "theirs.wbs");
		((Activity) element(ours, "A1")).unsetOptimisticDuration();
		element(theirs, "A1").setOwner("Dana");
		assertFalse(merged("A1").isSetOptimisticDuration());
		assertEquals("Dana", merged("A1").getOwner());
		assertTrue(merged("A2").isSetOptimisticDuration());
		assertEquals(2, merged("A2").getOptimisticDuration(), 0);
	}
}
