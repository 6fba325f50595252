package org.wbsmodeler.server.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.wbsmodeler.model.WbsContainer;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.util.ModelBuilder;
import org.wbsmodeler.server.client.PlanClient;
import org.wbsmodeler.server.http.PlanServer;
import org.wbsmodeler.server.plan.Change;
import org.wbsmodeler.server.plan.ElementRow;
import org.wbsmodeler.server.plan.PlanCodec;
import org.wbsmodeler.server.plan.RowDiff;
import org.wbsmodeler.server.store.Conflict;

/**
 * Stale commits through the merge core, over HTTP as clients send them (their edits made on a model of their copy,
 * the changes found as {@code ./wbs commit} finds them): the structural rules of a three-way merge decide, not only
 * per element and feature. Each test: two clients check out one revision, the first commits, the second commits on
 * the now stale base.
 */
public class StaleCommitMergeTest {

	private static PlanServer server;
	private static PlanClient client;

	@BeforeClass
	public static void start() throws Exception {
		server = TestDatabase.newServer();
		client = new PlanClient(server.url(), TestDatabase.newUser("stale"));
	}

	@AfterClass
	public static void stop() throws Exception {
		server.close();
	}

	/** A plan shared on the server and its rows at revision 1. */
	private record Shared(long id, Map<String, ElementRow> rows) {
	}

	/** The example, shared. */
	private static Shared share() throws Exception {
		Map<String, ElementRow> rows = Plans.exampleRows();
		return new Shared(client.share("stale", rows), rows);
	}

	/** The changes a client sends after editing its copy of {@code base}: the edit runs on a model of the rows. */
	private static List<Change> edit(Map<String, ElementRow> base, Consumer<Map<String, EObject>> edit) throws Exception {
		PlanCodec codec = new PlanCodec();
		Resource model = codec.model(base, URI.createURI("copy.wbs"));
		Map<String, EObject> byName = new java.util.HashMap<>();
		for (var it = model.getAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof WbsElement element && element.getName() != null) {
				byName.putIfAbsent(element.getName(), element);
			}
		}
		edit.accept(byName);
		return RowDiff.diff(base, codec.rows(model));
	}

	private static ElementRow row(long plan, String id) throws Exception {
		return client.checkout(plan).rows().get(id);
	}

	@Test
	public void twoMovesOfOneElementToDifferentParentsConflict() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		String target1 = parentOfAnother(rows, charter, 1);
		String target2 = parentOfAnother(rows, charter, 2);
		List<Change> first = edit(rows, named -> move(named.get("Draft charter"), rows, target1));
		assertTrue(client.commit(plan, 1, "move to one", first).accepted());
		List<Change> second = edit(rows, named -> move(named.get("Draft charter"), rows, target2));
		PlanClient.Outcome outcome = client.commit(plan, 1, "move to another", second);
		assertFalse(outcome.accepted());
		Conflict conflict = only(outcome.conflicts(), charter, ElementRow.PARENT);
		assertTrue(conflict.mine().asText().startsWith(target2 + "/"));
		assertTrue(conflict.theirs().asText().startsWith(target1 + "/"));
		assertTrue("nothing of the second commit applied", row(plan, charter).parent().equals(target1));
		assertEquals(2, client.checkout(plan).revision());
	}

	@Test
	public void aMoveAndAnEditOfTheMovedElementBothApply() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		String target = parentOfAnother(rows, charter, 1);
		assertTrue(client.commit(plan, 1, "move", edit(rows, named -> move(named.get("Draft charter"), rows, target))).accepted());
		PlanClient.Outcome outcome = client.commit(plan, 1, "rename", edit(rows, named -> ((WbsElement) named.get("Draft charter")).setName("Write charter")));
		assertTrue(String.valueOf(outcome.conflicts()), outcome.accepted());
		ElementRow now = row(plan, charter);
		assertEquals(target, now.parent());
		assertEquals("Write charter", now.attrs().get("name").asText());
	}

	@Test
	public void aDeletionAgainstAnEditConflictsEitherWay() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		// a new activity nobody links to, so that deleting it is a valid commit on its own
		List<Change> add = edit(rows, named -> new ModelBuilder().activity((WbsContainer) named.get("Draft charter").eContainer(), "Spare", 1, 8));
		assertTrue(client.commit(plan, 1, "add", add).accepted());
		Map<String, ElementRow> r2 = client.checkout(plan).rows();
		String spare = Plans.idOf(r2, "Activity", "Spare");
		// one deletes, then the other (on the same base) edits: 409 on the element, nothing applied
		assertTrue(client.commit(plan, 2, "delete", edit(r2, named -> EcoreUtil.delete(named.get("Spare")))).accepted());
		PlanClient.Outcome edit = client.commit(plan, 2, "edit", edit(r2, named -> ((WbsElement) named.get("Spare")).setDescription("needed")));
		assertFalse(edit.accepted());
		Conflict conflict = only(edit.conflicts(), spare, ElementRow.KIND);
		assertNotNull("mine still has it", conflict.mine());
		assertNull("the plan does not", conflict.theirs());
		assertNull(row(plan, spare));
		// the other way: one edits, then the other (on the older base) deletes it: 409, the edit stays
		Shared again = share();
		long second = again.id();
		assertTrue(client.commit(second, 1, "add", edit(again.rows(),
				named -> new ModelBuilder().activity((WbsContainer) named.get("Draft charter").eContainer(), "Spare", 1, 8))).accepted());
		Map<String, ElementRow> s2 = client.checkout(second).rows();
		String spare2 = Plans.idOf(s2, "Activity", "Spare");
		assertTrue(client.commit(second, 2, "edit", edit(s2, named -> ((WbsElement) named.get("Spare")).setDescription("needed"))).accepted());
		PlanClient.Outcome delete = client.commit(second, 2, "delete", edit(s2, named -> EcoreUtil.delete(named.get("Spare"))));
		assertFalse(delete.accepted());
		only(delete.conflicts(), spare2, ElementRow.KIND);
		assertEquals("needed", row(second, spare2).attrs().get("description").asText());
	}

	@Test
	public void twoCommitsThatTogetherMakeADependencyCycleAreRefusedNamingIt() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		// two activities with no path between them in the example: new ones, added together first
		List<Change> add = edit(rows, named -> {
			WbsContainer parent = (WbsContainer) named.get("Draft charter").eContainer();
			new ModelBuilder().activity(parent, "Left", 1, 8);
			new ModelBuilder().activity(parent, "Right", 1, 8);
		});
		assertTrue(client.commit(plan, 1, "add", add).accepted());
		Map<String, ElementRow> r2 = client.checkout(plan).rows();
		String left = Plans.idOf(r2, "Activity", "Left");
		assertTrue(client.commit(plan, 2, "left before right",
				edit(r2, named -> new ModelBuilder().link((WbsElement) named.get("Left"), (WbsElement) named.get("Right")))).accepted());
		PlanClient.Outcome outcome = client.commit(plan, 2, "right before left",
				edit(r2, named -> new ModelBuilder().link((WbsElement) named.get("Right"), (WbsElement) named.get("Left"))));
		assertFalse("each link is fine alone, together they loop", outcome.accepted());
		assertEquals(1, outcome.conflicts().size());
		Conflict cycle = outcome.conflicts().get(0);
		assertEquals("predecessors", cycle.feature());
		assertTrue(cycle.detail(), cycle.detail().contains("Left") && cycle.detail().contains("Right") && cycle.detail().contains("cycle"));
		assertTrue(left.equals(cycle.element()) || Plans.idOf(r2, "Activity", "Right").equals(cycle.element()));
		assertEquals(3, client.checkout(plan).revision());
	}

	@Test
	public void aDeletionAgainstANewReferenceToTheElementConflicts() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		assertTrue(client.commit(plan, 1, "add", edit(rows, named -> {
			WbsContainer parent = (WbsContainer) named.get("Draft charter").eContainer();
			new ModelBuilder().activity(parent, "Spare", 1, 8);
			new ModelBuilder().activity(parent, "Later", 1, 8);
		})).accepted());
		Map<String, ElementRow> r2 = client.checkout(plan).rows();
		String spare = Plans.idOf(r2, "Activity", "Spare");
		// one links Later after Spare; the other, not knowing it, deletes Spare: a conflict, not a dangling link
		assertTrue(client.commit(plan, 2, "link", edit(r2, named -> new ModelBuilder().link((WbsElement) named.get("Spare"), (WbsElement) named.get("Later"))))
				.accepted());
		PlanClient.Outcome delete = client.commit(plan, 2, "delete", edit(r2, named -> EcoreUtil.delete(named.get("Spare"))));
		assertFalse(delete.accepted());
		Conflict conflict = only(delete.conflicts(), spare, ElementRow.KIND);
		assertTrue(conflict.detail(), conflict.detail().contains("referenced"));
		assertNotNull("the element stays", row(plan, spare));
	}

	@Test
	public void movesThatTogetherPutAnElementUnderItselfConflict() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		assertTrue(client.commit(plan, 1, "add", edit(rows, named -> {
			WbsContainer parent = (WbsContainer) named.get("Draft charter").eContainer().eContainer();
			new ModelBuilder().deliverable(parent, "Outer", null);
			new ModelBuilder().deliverable(parent, "Inner", null);
		})).accepted());
		Map<String, ElementRow> r2 = client.checkout(plan).rows();
		String outer = Plans.idOf(r2, "Deliverable", "Outer");
		String inner = Plans.idOf(r2, "Deliverable", "Inner");
		assertTrue(client.commit(plan, 2, "inner under outer", edit(r2, named -> into(named.get("Outer"), named.get("Inner")))).accepted());
		PlanClient.Outcome outcome = client.commit(plan, 2, "outer under inner", edit(r2, named -> into(named.get("Inner"), named.get("Outer"))));
		assertFalse("each move is fine alone, together they make a loop", outcome.accepted());
		assertTrue(String.valueOf(outcome.conflicts()), outcome.conflicts().stream().allMatch(c -> c.feature().equals(ElementRow.PARENT)));
		assertTrue(outcome.conflicts().stream().anyMatch(c -> c.element().equals(outer)));
		assertEquals(outer, row(plan, inner).parent());
	}

	@Test
	public void bothSidesInsertingAmongTheSameSiblingsKeepsBoth() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		String parentId = rows.get(Plans.idOf(rows, "Activity", "Draft charter")).parent();
		assertTrue(client.commit(plan, 1, "one", edit(rows, named -> insertFirst(named.get("Draft charter"), "From one"))).accepted());
		PlanClient.Outcome outcome = client.commit(plan, 1, "other", edit(rows, named -> insertFirst(named.get("Draft charter"), "From other")));
		assertTrue(String.valueOf(outcome.conflicts()), outcome.accepted());
		Map<String, ElementRow> now = client.checkout(plan).rows();
		ElementRow one = now.get(Plans.idOf(now, "Activity", "From one"));
		ElementRow other = now.get(Plans.idOf(now, "Activity", "From other"));
		ElementRow charter = now.get(Plans.idOf(now, "Activity", "Draft charter"));
		assertEquals(parentId, one.parent());
		assertEquals(parentId, other.parent());
		assertTrue("both insertions before the element they were put before", one.ord() < charter.ord() && other.ord() < charter.ord());
		assertTrue("distinct places", one.ord() != other.ord());
	}

	@Test
	public void oneFeatureSetToTheSameValueByTwoStaleCommitsConflicts() throws Exception {
		Shared shared = share();
		long plan = shared.id();
		Map<String, ElementRow> rows = shared.rows();
		String charter = Plans.idOf(rows, "Activity", "Draft charter");
		assertTrue(client.commit(plan, 1, "one", edit(rows, named -> ((WbsElement) named.get("Draft charter")).setDescription("6"))).accepted());
		PlanClient.Outcome outcome = client.commit(plan, 1, "other", edit(rows, named -> ((WbsElement) named.get("Draft charter")).setDescription("6")));
		assertFalse("two increments from 5 to 6 are not one", outcome.accepted());
		only(outcome.conflicts(), charter, "description");
	}

	private static Conflict only(List<Conflict> conflicts, String element, String feature) {
		assertEquals(String.valueOf(conflicts), 1, conflicts.size());
		Conflict conflict = conflicts.get(0);
		assertEquals(element, conflict.element());
		assertEquals(feature, conflict.feature());
		return conflict;
	}

	/** The n-th other container of the element's parent's kind (where the element may go). */
	private static String parentOfAnother(Map<String, ElementRow> rows, String element, int n) {
		ElementRow parent = rows.get(rows.get(element).parent());
		return rows.values().stream().filter(r -> r.kind().equals(parent.kind()) && !r.id().equals(parent.id())).skip(n - 1).findFirst()
				.orElseThrow(() -> new AssertionError("fewer than " + n + " other " + parent.kind())).id();
	}

	@SuppressWarnings("unchecked")
	private static void move(EObject element, Map<String, ElementRow> rows, String targetId) {
		EObject target = null;
		for (var it = EcoreUtil.getRootContainer(element).eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (targetId.equals(PlanCodec.idOf(next))) {
				target = next;
			}
		}
		((List<EObject>) target.eGet(element.eContainmentFeature())).add(element);
	}

	private static void into(EObject container, EObject element) {
		((WbsContainer) container).getChildren().add((WbsElement) element);
	}

	private static void insertFirst(EObject sibling, String name) {
		WbsContainer parent = (WbsContainer) sibling.eContainer();
		WbsElement added = new ModelBuilder().activity(parent, name, 1, 8);
		parent.getChildren().move(0, added);
	}
}
