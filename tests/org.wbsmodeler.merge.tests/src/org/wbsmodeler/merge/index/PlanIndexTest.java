package org.wbsmodeler.merge.index;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.wbsmodeler.merge.Plans.copy;
import static org.wbsmodeler.merge.Plans.element;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.Test;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.Plans;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.util.ModelBuilder;

/** The index's positions say what the EMF tree and the id maps say, and indexing at once refuses as one by one. */
public class PlanIndexTest {

	private final Resource base = Plans.sample();

	@Test
	public void positionsFollowTheTreeInDocumentOrder() throws MergeException {
		PlanIndex index = PlanIndex.of(base, new ComparedFeatures());
		List<EObject> inOrder = new ArrayList<>();
		inOrder.add(index.root());
		base.getContents().get(0).eAllContents().forEachRemaining(inOrder::add);
		assertEquals(inOrder.size(), index.size());
		for (int i = 0; i < index.size(); i++) {
			EObject object = index.objectAt(i);
			assertSame(inOrder.get(i), object);
			assertEquals(((XMLResource) base).getID(object), index.idAt(i));
			assertEquals(i, index.position(object));
			assertEquals(i, index.position(index.idAt(i)));
			assertEquals(object.eContainmentFeature(), index.containmentAt(i));
			int parent = index.parentAt(i);
			assertSame(object.eContainer(), parent < 0 ? null : index.objectAt(parent));
			for (EReference containment : object.eClass().getEAllContainments()) {
				assertEquals(index.childIds(object, containment), index.childIdsAt(i, containment));
			}
		}
		assertEquals(-1, index.position(element(copy(base, "other.wbs"), "A1")));
		assertEquals(-1, index.position("no such id"));
	}

	@Test
	public void everyWayOfFindingAPositionAgrees() throws MergeException {
		// a plan large enough that the first lookups go down the containers and the later ones through the table
		ModelBuilder build = new ModelBuilder();
		org.wbsmodeler.model.Project project = build.project("Positions", java.time.LocalDate.of(2027, 2, 1));
		for (int p = 0; p < 4; p++) {
			org.wbsmodeler.model.Phase phase = build.phase(project, "P" + p, null);
			org.wbsmodeler.model.Activity previous = null;
			for (int a = 0; a < 30; a++) {
				org.wbsmodeler.model.Activity activity = build.activity(phase, "A" + p + "." + a, 1, 8);
				if (previous != null) {
					build.link(previous, activity);
				}
				previous = activity;
			}
		}
		Resource plan = org.wbsmodeler.model.io.ModelFiles.newResourceSet().createResource(org.eclipse.emf.common.util.URI.createURI("positions.wbs"));
		plan.getContents().add(project);
		Resource other = copy(plan, "other.wbs");
		PlanIndex index = PlanIndex.of(plan, new ComparedFeatures());
		java.util.Random random = new java.util.Random(7);
		for (int round = 0; round < 3; round++) {
			for (int i = index.size() - 1; i >= 0; i--) {
				EObject object = index.objectAt(i);
				assertEquals(i, index.position(object));
				assertEquals(i, index.position(object, random.nextInt(index.size())));
				assertEquals(i, index.position(object, i));
				assertEquals(-1, index.position(((XMLResource) other).getEObject(index.idAt(i)), i));
			}
		}
		assertEquals(-1, index.position(other.getContents().get(0)));
	}

	@Test
	public void positionsOfAnotherPlanMatchEveryIdWhateverTheOrder() throws MergeException {
		Resource other = copy(base, "other.wbs");
		WbsContainer p1 = (WbsContainer) element(other, "P1");
		WbsContainer p2 = (WbsContainer) element(other, "P2");
		// a phase moved first, an activity moved to the other phase, one deleted, one created: nothing lines up
		Plans.project(other).getChildren().move(0, (org.wbsmodeler.model.WbsElement) p2);
		p1.getChildren().add(element(other, "B1"));
		EcoreUtil.delete(element(other, "A3"), true);
		new ModelBuilder().activity(p2, "New", 1, 8);
		ComparedFeatures features = new ComparedFeatures();
		PlanIndex from = PlanIndex.of(base, features);
		PlanIndex to = PlanIndex.of(other, features);
		int[] fromOf = from.positionsOf(to);
		assertEquals(to.size(), fromOf.length);
		int missing = 0;
		for (int j = 0; j < to.size(); j++) {
			EObject before = from.object(to.idAt(j));
			assertEquals(to.idAt(j), before == null ? -1 : from.position(before), fromOf[j]);
			missing += fromOf[j] < 0 ? 1 : 0;
		}
		assertEquals("the new activity only", 1, missing);
		int[] self = from.positionsOf(from);
		for (int i = 0; i < self.length; i++) {
			assertEquals(i, self[i]);
		}
	}

	@Test
	public void indexingAtOnceGivesTheIndexesOfOneByOne() throws MergeException {
		Resource other = copy(base, "other.wbs");
		PlanIndex[] both = PlanIndexes.of(new ComparedFeatures(), base, other);
		for (int k = 0; k < 2; k++) {
			PlanIndex alone = PlanIndex.of(k == 0 ? base : other, new ComparedFeatures());
			assertEquals(alone.idList(), both[k].idList());
			assertEquals(alone.objects(), both[k].objects());
		}
	}

	@Test
	public void indexingAtOnceNamesTheFirstBadPlanInTheOrderGiven() {
		Resource noIds = copy(base, "noids.wbs");
		((XMLResource) noIds).setID(element(noIds, "A2"), null);
		Resource empty = copy(base, "empty.wbs");
		empty.getContents().clear();
		try {
			PlanIndexes.of(new ComparedFeatures(), base, noIds, empty);
			fail("a plan without ids was indexed");
		} catch (MergeException e) {
			assertTrue(e.getMessage(), e.getMessage().startsWith("noids.wbs: "));
		}
		try {
			PlanIndexes.of(new ComparedFeatures(), base, empty, noIds);
			fail("an empty plan was indexed");
		} catch (MergeException e) {
			assertEquals("empty.wbs: empty plan", e.getMessage());
		}
	}
}
