package org.wbsmodeler.merge.diff;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.wbsmodeler.merge.Plans.copy;
import static org.wbsmodeler.merge.Plans.element;

import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Test;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.model.WbsPackage;
import org.wbsmodeler.model.util.ModelBuilder;

/** The diff by element id and feature: one change per edit, none for computed values or shifted siblings. */
public class PlanDiffTest {

	private final Resource base = Plans.sample();
	private final Resource other = copy(base, "other.wbs");

	@Test
	public void equalPlansHaveNoChanges() throws MergeException {
		assertTrue(PlanDiff.compare(base, other).isEmpty());
	}

	@Test
	public void anAttributeSetIsOneChangeWithOldAndNewValue() throws MergeException {
		element(other, "A2").setDuration(6);
		List<Change> changes = PlanDiff.compare(base, other);
		assertEquals(1, changes.size());
		Change change = changes.get(0);
		assertEquals(ChangeKind.SET, change.kind());
		assertEquals(WbsPackage.Literals.WBS_ELEMENT__DURATION, change.feature());
		assertEquals(3.0, change.oldValue());
		assertEquals(6.0, change.newValue());
		assertSame(element(other, "A2"), change.element());
	}

	@Test
	public void aCreatedSubtreeIsOneChangeAtItsTop() throws MergeException {
		var builder = new ModelBuilder();
		var wp = builder.workPackage((org.wbsmodeler.model.WbsContainer) element(other, "P2"), "W", null);
		builder.activity(wp, "W1", 1, 8);
		builder.activity(wp, "W2", 1, 8);
		List<Change> changes = PlanDiff.compare(base, other);
		assertEquals(changes.toString(), 1, changes.size());
		assertEquals(ChangeKind.CREATED, changes.get(0).kind());
		assertEquals(new Location(Plans.id(element(other, "P2")), "children", 2), changes.get(0).newValue());
	}

	@Test
	public void aDeletedSubtreeIsOneChangeAtItsTop() throws MergeException {
		org.eclipse.emf.ecore.util.EcoreUtil.delete(element(other, "P2"), true);
		List<Change> changes = PlanDiff.compare(base, other);
		assertEquals(changes.toString(), 1, changes.size());
		assertEquals(ChangeKind.DELETED, changes.get(0).kind());
		assertSame(element(base, "P2"), changes.get(0).element());
	}

	@Test
	public void movingOneSiblingIsOneMoveNotOnePerShiftedSibling() throws MergeException {
		((org.wbsmodeler.model.WbsContainer) element(other, "D1")).getChildren().move(2, 0);
		List<Change> changes = PlanDiff.compare(base, other);
		assertEquals(changes.toString(), 1, changes.size());
		assertEquals(ChangeKind.MOVED, changes.get(0).kind());
		assertEquals("A1", ((org.wbsmodeler.model.WbsElement) changes.get(0).element()).getName());
	}

	@Test
	public void aNewParentIsAMove() throws MergeException {
		((org.wbsmodeler.model.WbsContainer) element(other, "P2")).getChildren().add(element(other, "A3"));
		List<Change> changes = PlanDiff.compare(base, other);
		assertEquals(changes.toString(), 1, changes.size());
		Change move = changes.get(0);
		assertEquals(ChangeKind.MOVED, move.kind());
		assertEquals(Plans.id(element(base, "D1")), ((Location) move.oldValue()).parentId());
		assertEquals(Plans.id(element(base, "P2")), ((Location) move.newValue()).parentId());
	}

	@Test
	public void referencesAddedAndRemovedNameTheirTargets() throws MergeException {
		var link = element(other, "A2").getPredecessors().get(0);
		link.setPredecessor(element(other, "A3"));
		List<Change> changes = PlanDiff.compare(base, other);
		assertEquals(1, changes.size());
		assertSame(element(base, "A1"), changes.get(0).oldValue());
		assertSame(element(other, "A3"), changes.get(0).newValue());
	}

	@Test
	public void scheduledValuesAreNotChanges() throws MergeException {
		element(other, "B1").setLateFinish(java.time.LocalDateTime.of(2027, 5, 1, 17, 0));
		element(other, "B1").setFreeFloat(2);
		assertTrue(PlanDiff.compare(base, other).isEmpty());
	}

	@Test
	public void plansWithDifferentRootsAreRefused() {
		try {
			PlanDiff.compare(base, Plans.sample());
			fail();
		} catch (MergeException e) {
			assertTrue(e.getMessage(), e.getMessage().startsWith("different plans"));
		}
	}
}
