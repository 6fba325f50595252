package org.wbsmodeler.merge.threeway;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Test;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;

/** Plans that cannot be merged are refused with one line, before anything is built. */
public class BadInputTest {

	private static String refusal(Resource base, Resource ours, Resource theirs) {
		try {
			PlanMerge.merge(base, ours, theirs);
			fail("merged");
			return null;
		} catch (MergeException e) {
			assertTrue(e.getMessage(), !e.getMessage().contains("\n"));
			return e.getMessage();
		}
	}

	@Test
	public void aBaseThatSharesNoIdsIsRefused() {
		Resource ours = Plans.sample();
		String message = refusal(Plans.sample(), ours, Plans.copy(ours, "theirs.wbs"));
		assertTrue(message, message.contains("shares no element ids") && message.contains("not their common ancestor"));
	}

	@Test
	public void plansWithDifferentRootsAreRefused() {
		Resource base = Plans.sample();
		Resource theirs = Plans.copy(base, "theirs.wbs");
		// same elements, but the root is another project's
		((org.eclipse.emf.ecore.xmi.XMLResource) theirs).setID(theirs.getContents().get(0), "another-root");
		String message = refusal(base, Plans.copy(base, "ours.wbs"), theirs);
		assertTrue(message, message.startsWith("different plans") && message.contains("theirs.wbs"));
	}

	@Test
	public void aPlanWithoutIdsIsRefused() {
		Resource base = Plans.sample();
		Resource ours = Plans.copy(base, "ours.wbs");
		((org.eclipse.emf.ecore.xmi.XMLResource) ours).setID(Plans.element(ours, "A2"), null);
		String message = refusal(base, ours, Plans.copy(base, "theirs.wbs"));
		assertTrue(message, message.contains("ours.wbs") && message.contains("without an id"));
	}
}
