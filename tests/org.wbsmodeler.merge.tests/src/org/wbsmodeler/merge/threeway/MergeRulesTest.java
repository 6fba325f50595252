package org.wbsmodeler.merge.threeway;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.wbsmodeler.merge.Plans.copy;
import static org.wbsmodeler.merge.Plans.element;
import static org.wbsmodeler.merge.Plans.id;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.Before;
import org.junit.Test;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.merge.conflict.Conflict;
import org.wbsmodeler.merge.conflict.ConflictKind;
import org.wbsmodeler.merge.index.ComparedFeatures;
import org.wbsmodeler.merge.index.PlanIndex;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Dependency;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.SummaryElement;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WbsFactory;
import org.wbsmodeler.model.util.ModelBuilder;

/** Each rule of the three-way merge on the sample plan, one test per rule. */
public class MergeRulesTest {

	private Resource base;
	private Resource ours;
	private Resource theirs;

	@Before
	public void plans() {
		base = Plans.sample();
		ours = copy(base, "ours.wbs");
		theirs = copy(base, "theirs.wbs");
	}

	private MergeResult merge() throws MergeException {
		return PlanMerge.merge(base, ours, theirs);
	}

	private static WbsElement in(MergeResult result, String name) {
		return element(result.merged(), name);
	}

	private static List<String> childNames(WbsContainer container) {
		return container.getChildren().stream().map(WbsElement::getName).toList();
	}

	@Test
	public void changesToDifferentElementsBothApply() throws MergeException {
		((Activity) element(ours, "A1")).setDuration(7);
		element(theirs, "B1").setName("B1 renamed");
		MergeResult result = merge();
		assertTrue(result.conflicts().toString(), result.isClean());
		assertEquals(7, in(result, "A1").getDuration(), 0);
		assertEquals("B1 renamed", in(result, "B1 renamed").getName());
		assertEquals(id(element(base, "B1")), id(in(result, "B1 renamed")));
	}

	@Test
	public void changesToDifferentFeaturesOfOneElementBothApply() throws MergeException {
		element(ours, "A1").setDuration(7);
		element(theirs, "A1").setOwner("Dana");
		MergeResult result = merge();
		assertTrue(result.isClean());
		assertEquals(7, in(result, "A1").getDuration(), 0);
		assertEquals("Dana", in(result, "A1").getOwner());
	}

	@Test
	public void oneFeatureSetToDifferentValuesIsAConflictWithTheThreeValuesAndOursInTheResult() throws MergeException {
		element(ours, "A1").setDuration(7);
		element(theirs, "A1").setDuration(9);
		MergeResult result = merge();
		assertEquals(1, result.conflicts().size());
		Conflict conflict = result.conflicts().get(0);
		assertEquals(ConflictKind.VALUE, conflict.kind());
		assertEquals("duration", conflict.feature());
		assertEquals(2.0, conflict.base());
		assertEquals(7.0, conflict.ours());
		assertEquals(9.0, conflict.theirs());
		assertEquals(in(result, "A1"), conflict.element());
		assertEquals(7, in(result, "A1").getDuration(), 0);
	}

	@Test
	public void oneFeatureSetToTheSameValueIsNoConflict() throws MergeException {
		element(ours, "A1").setDuration(7);
		element(theirs, "A1").setDuration(7);
		MergeResult result = merge();
		assertTrue(result.isClean());
		assertEquals(7, in(result, "A1").getDuration(), 0);
	}

	@Test
	public void forAServerOneFeatureSetToTheSameValueOnBothSidesIsAConflictButOtherChangesStillMerge() throws MergeException {
		// two read-modify-write increments from 2 to 7: for a server these are two changes, not one
		element(ours, "A1").setDuration(7);
		element(theirs, "A1").setDuration(7);
		element(theirs, "A1").setOwner("Dana");
		element(ours, "B1").setName("B1 renamed");
		element(theirs, "B1").setName("B1 renamed");
		move(theirs, "A3", "P2", 0);
		move(ours, "A3", "P2", 0);
		ComparedFeatures features = new ComparedFeatures();
		MergeResult result = PlanMerge.merge(PlanIndex.of(base, features), PlanIndex.of(ours, features), PlanIndex.of(theirs, features),
				PlanMerge.EqualChanges.CONFLICT);
		assertEquals(result.conflicts().toString(), 2, result.conflicts().size());
		Conflict duration = result.conflicts().stream().filter(c -> c.feature().equals("duration")).findFirst().orElseThrow();
		assertEquals(ConflictKind.VALUE, duration.kind());
		assertEquals(2.0, duration.base());
		assertEquals(7.0, duration.ours());
		assertEquals(7.0, duration.theirs());
		assertTrue(result.conflicts().stream().anyMatch(c -> c.feature().equals("name") && c.theirs().equals("B1 renamed")));
		assertEquals("a change of one side alone merges", "Dana", in(result, "A1").getOwner());
		assertEquals("two moves to one parent are no conflict", "P2", ((WbsElement) in(result, "A3").eContainer()).getName());
		// merging files (the default), the same edits are no conflict
		assertTrue(merge().conflicts().toString(), merge().isClean());
	}

	@Test
	public void aMoveIsAChangeOfParentAndMergesWithAnEditOfTheElement() throws MergeException {
		move(theirs, "A3", "P2", 0);
		element(ours, "A3").setDuration(6);
		MergeResult result = merge();
		assertTrue(result.isClean());
		WbsElement a3 = in(result, "A3");
		assertEquals("P2", ((WbsElement) a3.eContainer()).getName());
		assertEquals(List.of("A3", "B1", "B2"), childNames((WbsContainer) in(result, "P2")));
		assertEquals(6, a3.getDuration(), 0);
	}

	@Test
	public void movesToDifferentParentsConflictAndKeepOurs() throws MergeException {
		move(ours, "A3", "P2", 0);
		move(theirs, "A3", "P1", 1);
		MergeResult result = merge();
		assertEquals(ConflictKind.MOVE, result.conflicts().get(0).kind());
		assertEquals("P2", ((WbsElement) in(result, "A3").eContainer()).getName());
	}

	@Test
	public void concurrentMovesThatWouldFormACycleConflictAndTheResultIsATree() throws MergeException {
		move(ours, "P2", "D1", 3);
		move(theirs, "P1", "P2", 2);
		MergeResult result = merge();
		assertTrue(result.conflicts().stream().anyMatch(c -> c.kind() == ConflictKind.MOVE_CYCLE));
		// every element still reaches the project
		for (var it = result.merged().getAllContents(); it.hasNext();) {
			EObject next = it.next();
			assertTrue(next instanceof Project || next.eContainer() != null);
		}
		assertEquals(Plans.project(result.merged()), in(result, "P1").eContainer());
		assertEquals("D1", ((WbsElement) in(result, "P2").eContainer()).getName());
		assertEquals(8, countElements(result));
	}

	private static int countElements(MergeResult result) {
		int count = 0;
		for (var it = result.merged().getAllContents(); it.hasNext();) {
			count += it.next() instanceof WbsElement ? 1 : 0;
		}
		return count;
	}

	@Test
	public void bothSidesInsertionsSurviveInTheSameOrderWhicheverSideIsOurs() throws MergeException {
		new ModelBuilder().activity(container(ours, "D1"), "X", 1, 8);
		move(ours, "X", "D1", 1);
		new ModelBuilder().activity(container(theirs, "D1"), "Y", 1, 8);
		move(theirs, "Y", "D1", 1);
		MergeResult result = merge();
		assertTrue(result.isClean());
		List<String> order = childNames(container(result.merged(), "D1"));
		assertEquals(5, order.size());
		assertEquals(List.of("A1", "A2", "A3"), order.stream().filter(n -> n.startsWith("A")).toList());
		assertEquals("A1", order.get(0));
		MergeResult swapped = PlanMerge.merge(base, theirs, ours);
		assertEquals(order, childNames(container(swapped.merged(), "D1")));
	}

	@Test
	public void aReorderOnOneSideIsOneMoveAndMergesWithoutNoise() throws MergeException {
		move(ours, "A3", "D1", 0);
		element(theirs, "A2").setName("A2 renamed");
		new ModelBuilder().activity(container(theirs, "D1"), "A4", 1, 8);
		MergeResult result = merge();
		assertTrue(result.isClean());
		assertEquals(List.of("A3", "A1", "A2 renamed", "A4"), childNames(container(result.merged(), "D1")));
		assertEquals(1, org.wbsmodeler.merge.diff.PlanDiff.compare(base, ours).size());
	}

	@Test
	public void deletingAnElementTheOtherSideChangedConflictsAndKeepsIt() throws MergeException {
		EcoreDelete.delete(element(ours, "A3"));
		element(theirs, "A3").setDuration(4);
		MergeResult result = merge();
		Conflict conflict = single(result, ConflictKind.DELETE);
		assertTrue(conflict.detail(), conflict.detail().contains("deleted by ours") && conflict.detail().contains("duration"));
		assertEquals(4, in(result, "A3").getDuration(), 0);
		assertEquals(Conflict.ABSENT, conflict.ours());
	}

	@Test
	public void deletingASummaryWhileTheOtherSideChangesSomethingUnderItKeepsTheSummaryWithItsChildren() throws MergeException {
		EcoreDelete.delete(element(theirs, "D1"));
		element(ours, "A2").setDuration(8);
		MergeResult result = merge();
		assertFalse(result.isClean());
		assertTrue(result.conflicts().stream().allMatch(c -> c.kind() == ConflictKind.DELETE));
		assertEquals(List.of("A1", "A2", "A3"), childNames(container(result.merged(), "D1")));
		assertEquals(8, in(result, "A2").getDuration(), 0);
	}

	@Test
	public void deletingAnElementTheOtherSideLinksToConflictsAndKeepsIt() throws MergeException {
		EcoreDelete.delete(element(ours, "B1"));
		new ModelBuilder().link(element(theirs, "B1"), element(theirs, "B2"));
		MergeResult result = merge();
		Conflict conflict = single(result, ConflictKind.DELETE);
		assertTrue(conflict.detail(), conflict.detail().contains("newly referenced by theirs"));
		Dependency link = in(result, "B2").getPredecessors().get(0);
		assertEquals(in(result, "B1"), link.getPredecessor());
	}

	@Test
	public void deletingAnElementTheOtherSideAssignsConflicts() throws MergeException {
		EcoreDelete.delete(Plans.resource(theirs, "R2"));
		new ModelBuilder().assign(element(ours, "B2"), Plans.resource(ours, "R2"), 1, 40);
		MergeResult result = merge();
		single(result, ConflictKind.DELETE);
		assertEquals("R2", in(result, "B2").getAssignments().get(0).getResource().getName());
	}

	@Test
	public void deletingASummaryWhileTheOtherSideAddsUnderItConflictsAndKeepsBoth() throws MergeException {
		EcoreDelete.delete(element(ours, "P2"));
		new ModelBuilder().activity(container(theirs, "P2"), "B3", 1, 8);
		MergeResult result = merge();
		assertFalse(result.isClean());
		assertEquals(List.of("B1", "B2", "B3"), childNames(container(result.merged(), "P2")));
	}

	@Test
	public void aDeletionTheOtherSideDidNotTouchApplies() throws MergeException {
		EcoreDelete.delete(element(ours, "B2"));
		element(theirs, "A1").setDuration(3);
		EcoreDelete.delete(element(theirs, "A2"));
		MergeResult result = merge();
		assertTrue(result.conflicts().toString(), result.isClean());
		assertEquals(List.of("B1"), childNames(container(result.merged(), "P2")));
		assertEquals(List.of("A1", "A3"), childNames(container(result.merged(), "D1")));
	}

	@Test
	public void aDependencyCycleMadeByTheMergeIsAConflictNamingTheCycle() throws MergeException {
		new ModelBuilder().link(element(ours, "A2"), element(ours, "A3"));
		new ModelBuilder().link(element(theirs, "A3"), element(theirs, "A1"));
		MergeResult result = merge();
		Conflict conflict = single(result, ConflictKind.DEPENDENCY_CYCLE);
		assertTrue(conflict.detail(), conflict.detail().contains("A1") && conflict.detail().contains("A2") && conflict.detail().contains("A3"));
		assertTrue(conflict.detail(), conflict.detail().contains("1.1.1"));
	}

	@Test
	public void scheduledValuesAreNeitherChangesNorConflicts() throws MergeException {
		element(ours, "A1").setTotalFloat(3);
		element(ours, "A1").setCritical(true);
		element(ours, "A1").setEarlyStart(java.time.LocalDateTime.of(2027, 3, 1, 8, 0));
		element(theirs, "A1").setTotalFloat(5);
		element(theirs, "A1").setEarlyStart(java.time.LocalDateTime.of(2027, 4, 1, 8, 0));
		assertTrue(org.wbsmodeler.merge.diff.PlanDiff.compare(base, ours).isEmpty());
		assertTrue(merge().isClean());
	}

	@Test
	public void manyValuedReferencesMergeAsSets() throws MergeException {
		var view = WbsFactory.eINSTANCE.createView();
		view.setName("Team");
		Plans.project(base).getViews().add(view);
		base = copy(base, "base.wbs");
		ours = copy(base, "ours.wbs");
		theirs = copy(base, "theirs.wbs");
		Plans.project(ours).getViews().get(0).getResources().add(Plans.resource(ours, "R1"));
		Plans.project(theirs).getViews().get(0).getResources().add(Plans.resource(theirs, "R2"));
		MergeResult result = merge();
		assertTrue(result.isClean());
		assertEquals(2, Plans.project(result.merged()).getViews().get(0).getResources().size());
	}

	@Test
	public void theMergedPlanKeepsEveryElementsId() throws MergeException {
		MergeResult result = merge();
		assertTrue(result.isClean());
		for (var it = base.getAllContents(); it.hasNext();) {
			EObject original = it.next();
			EObject merged = result.merged().getEObject(id(original));
			assertNotNull(original.toString(), merged);
			assertEquals(original.eClass(), merged.eClass());
		}
		assertNull(result.merged().getEObject("no-such-id"));
	}

	static Conflict single(MergeResult result, ConflictKind kind) {
		List<Conflict> matching = result.conflicts().stream().filter(c -> c.kind() == kind).toList();
		assertEquals(result.conflicts().toString(), 1, matching.size());
		return matching.get(0);
	}

	static WbsContainer container(Resource plan, String name) {
		return (WbsContainer) element(plan, name);
	}

	/** Moves an element as the editor does: out of its parent, into another at an index. */
	static void move(Resource plan, String name, String parent, int index) {
		WbsElement element = element(plan, name);
		var children = ((SummaryElement) element(plan, parent)).getChildren();
		if (children.contains(element)) {
			children.move(index, element);
		} else {
			children.add(index, element);
		}
	}

	/** Deletes an element as the editor does: with the links that point into it. */
	static final class EcoreDelete {
		static void delete(EObject object) {
			Project project = (Project) org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(object);
			List<Dependency> links = new java.util.ArrayList<>();
			for (var it = project.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Dependency link && link.getPredecessor() != null
						&& org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(object, link.getPredecessor())) {
					links.add(link);
				}
			}
			links.forEach(org.eclipse.emf.ecore.util.EcoreUtil::remove);
			org.eclipse.emf.ecore.util.EcoreUtil.delete(object, true);
		}
	}
}
