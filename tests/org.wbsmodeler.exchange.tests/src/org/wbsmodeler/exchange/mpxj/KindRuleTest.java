package org.wbsmodeler.exchange.mpxj;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.wbsmodeler.model.WbsPackage;

/** The documented rule for element kinds of imported tasks. */
public class KindRuleTest {

	@Test
	public void summariesFollowTheWbsLevels() {
		assertEquals(WbsPackage.Literals.PHASE, KindRule.kindOf(null, 1, true, false));
		assertEquals(WbsPackage.Literals.DELIVERABLE, KindRule.kindOf(null, 2, true, false));
		assertEquals(WbsPackage.Literals.WORK_PACKAGE, KindRule.kindOf(null, 3, true, false));
		assertEquals(WbsPackage.Literals.WORK_PACKAGE, KindRule.kindOf(null, 7, true, false));
	}

	@Test
	public void leavesAreActivitiesOrMilestones() {
		assertEquals(WbsPackage.Literals.ACTIVITY, KindRule.kindOf(null, 1, false, false));
		assertEquals(WbsPackage.Literals.MILESTONE, KindRule.kindOf(null, 4, false, true));
	}

	@Test
	public void theKindFieldWinsWhereItFitsTheOutline() {
		assertEquals(WbsPackage.Literals.DELIVERABLE, KindRule.kindOf("Deliverable", 1, true, false));
		assertEquals("an empty deliverable stays one", WbsPackage.Literals.DELIVERABLE, KindRule.kindOf("Deliverable", 2, false, false));
		assertEquals(WbsPackage.Literals.WORK_PACKAGE, KindRule.kindOf(" work package ", 2, true, false));
		assertEquals("a milestone flag does not beat the field", WbsPackage.Literals.ACTIVITY, KindRule.kindOf("Activity", 3, false, true));
		assertEquals("an activity given subtasks in MS Project becomes a summary", WbsPackage.Literals.DELIVERABLE, KindRule.kindOf("Activity", 2, true, false));
		assertEquals("garbage falls back to the rule", WbsPackage.Literals.PHASE, KindRule.kindOf("Project", 1, true, false));
	}
}
